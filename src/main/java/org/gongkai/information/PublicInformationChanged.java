package org.gongkai.information;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What the public can see of a record changed. Each change is its own past-tense event carrying the record's id —
 * {@link InformationPublished} (a first publication or a correction's revision), {@link InformationWithdrawn},
 * {@link InformationValidityChanged} (有效性 marked, or marked by another record's amendment or repeal),
 * {@link AmendedRecordMarked}, {@link InterpretationLinkChanged}, {@link InformationRedacted}, {@link JointIssueConfirmed}, {@link IssuingUnitMoved} — and listeners that only need to follow the record's
 * public state (the search index, the render cache, static record pages) listen to this type. Published through the
 * event publication registry: listeners run after the commit, and one that did not finish runs again (resubmitted
 * while the node runs, and at restart). A publication stored before the events were typed (under this type's name,
 * with {@code recordId} only) is read back as {@link StoredBeforeTyping}, which makes listeners follow the record just
 * the same. Each event type names its own deserialization, so it does not inherit the interface's.
 */
@JsonDeserialize(as = PublicInformationChanged.StoredBeforeTyping.class)
public sealed interface PublicInformationChanged {

    long recordId();

    /** Published: its first revision, or a correction's next one ({@code revision} > 1). */
    @JsonDeserialize
    record InformationPublished(long recordId, int revision) implements PublicInformationChanged {}

    /** Withdrawn from the public (the reason stays internal). */
    @JsonDeserialize
    record InformationWithdrawn(long recordId) implements PublicInformationChanged {}

    /** Its validity was marked, by itself or by the record that amended or repealed it. */
    @JsonDeserialize
    record InformationValidityChanged(long recordId, Validity validity) implements PublicInformationChanged {}

    /** A record it amended or repealed was marked so, and its page now links to that record. */
    @JsonDeserialize
    record AmendedRecordMarked(long recordId, long markedRecordId) implements PublicInformationChanged {}

    /**
     * Its page's links between a policy and its 政策解读 changed: an interpretation of it, or a policy it interprets,
     * was published, corrected or withdrawn (issue 15).
     */
    @JsonDeserialize
    record InterpretationLinkChanged(long recordId, long linkedRecordId) implements PublicInformationChanged {}

    /** A published revision's personal information was masked or files withheld (第十五条). */
    @JsonDeserialize
    record InformationRedacted(long recordId, int revision) implements PublicInformationChanged {}

    /** A joint issuer confirmed, so the record now also lists under that unit. */
    @JsonDeserialize
    record JointIssueConfirmed(long recordId, long organizationId) implements PublicInformationChanged {}

    /**
     * A unit that issued it moved to another place in the directory: the sites (网站群) that list it, the units above
     * its issuers, changed.
     */
    @JsonDeserialize
    record IssuingUnitMoved(long recordId, long organizationId) implements PublicInformationChanged {}

    /** A change stored by the registry before the events were typed: which record, no more. */
    @JsonDeserialize
    record StoredBeforeTyping(long recordId) implements PublicInformationChanged {}
}
