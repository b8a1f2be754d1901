package org.gongkai.information;

import java.util.List;
import org.gongkai.organization.Organization;

/**
 * Everything the console's record page shows, read by {@link RecordPages} with one access decision and a bounded
 * number of statements (issue 10 §3). The redaction parts are null while nothing of the record is published; the
 * linkable catalog items are null unless the signed-in staff member may edit the record now.
 */
public record RecordPage(
        GovernmentInformation record,
        Organization unit,
        List<Organization> jointIssuers,
        String topicPath,
        List<Attachment> attachments,
        List<Finding> findings,
        List<ReviewDecision> reviews,
        PublicationDeadline deadline,
        List<Long> unconfirmedIssuers,
        List<Organization> confirmable,
        List<CatalogLink> catalogLinks,
        List<CatalogLink> linkable,
        List<Redactions.Redaction> redactions,
        List<Redactions.RevisionFindings> revisionFindings,
        Interpretations.Panel interpretation,
        Decisions.Panel consultation,
        Allowed allowed) {

    /** What the signed-in staff member may do on the record as it stands. */
    public record Allowed(
            boolean edit,
            boolean correct,
            boolean abandonCorrection,
            boolean clear,
            boolean signOff,
            boolean withdraw,
            boolean changeValidity,
            boolean proposeRedaction,
            boolean decideRedaction) {}

    public List<Redactions.RevisionFile> withholdableFiles() {
        return revisionFindings == null ? List.of() : Redactions.withholdable(revisionFindings);
    }
}
