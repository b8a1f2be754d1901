package org.gongkai.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.shared.WithholdingGround;

/** The working copy of a record as its unit's staff see it, with where it stands in review. */
public record GovernmentInformation(
        long id,
        long organizationId,
        List<Long> jointIssuerIds,
        String title,
        String documentNumber,
        LocalDate writtenDate,
        LocalDate formedDate,
        DocumentType documentType,
        String topicCode,
        DisclosureColumn column,
        String keywords,
        String summary,
        String bodyHtml,
        DisclosureAttribute attribute,
        WithholdingGround withholdingGround,
        String withholdingReason,
        RecordStatus status,
        Instant scheduledAt,
        String indexNumber,
        Integer publishedRevision,
        Instant firstPublishedAt,
        Validity validity,
        LocalDate validityDate,
        Long validityRecordId,
        String withdrawnReason,
        Instant createdAt,
        String createdBy,
        String submittedBy,
        String correctionNote,
        Boolean interpretationNeeded,
        Interpretation interpretation,
        Long consultationId,
        int lockVersion) {

    /**
     * Whether this policy needs a 政策解读 signed off with it (三同步): as the unit decided, else as its type says; never
     * for an interpretation itself.
     */
    public boolean needsInterpretation() {
        if (documentType == DocumentType.INTERPRETATION) {
            return false;
        }
        return interpretationNeeded != null ? interpretationNeeded : documentType.needsInterpretationByDefault();
    }

    public boolean isInterpretation() {
        return documentType == DocumentType.INTERPRETATION;
    }

    public boolean isPublic() {
        return publishedRevision != null && status != RecordStatus.WITHDRAWN;
    }

    /** A correction of published information is under way: the public still sees the last revision. */
    public boolean isCorrection() {
        return publishedRevision != null && status != RecordStatus.PUBLISHED && status != RecordStatus.WITHDRAWN;
    }

    /** The 20-working-day clock of 第二十六条 runs for proactive information not yet (re)published. */
    public boolean hasStatutoryClock() {
        return attribute == DisclosureAttribute.PROACTIVE
                && status != RecordStatus.PUBLISHED
                && status != RecordStatus.WITHDRAWN
                && status != RecordStatus.FILED;
    }

    public InformationDraft toDraft() {
        return new InformationDraft(
                title,
                documentNumber,
                writtenDate,
                formedDate,
                documentType,
                topicCode,
                column,
                keywords,
                summary,
                bodyHtml,
                attribute,
                withholdingGround,
                withholdingReason,
                jointIssuerIds,
                correctionNote,
                interpretationNeeded);
    }
}
