package org.gongkai.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One published revision of a record as the public sees it, with the metadata block of the portal
 * (索引号, 发布机构, 成文日期, 发布日期, 文号, 主题分类, 有效性) and the links that validity changes make.
 */
public record PublishedInformation(
        long recordId,
        String indexNumber,
        long organizationId,
        List<Long> jointIssuerIds,
        int revision,
        int latestRevision,
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
        String bodyText,
        String correctionNote,
        Instant firstPublishedAt,
        Instant publishedAt,
        Validity validity,
        LocalDate validityDate,
        RelatedRecord validityRecord,
        List<Attachment> attachments,
        Instant redactedAt) {

    /** Whether personal information in this revision was redacted after publication (issue 9 §15). */
    public boolean redacted() {
        return redactedAt != null;
    }

    /** Another published record this one links to, by its index number and title. */
    public record RelatedRecord(long recordId, String indexNumber, String title) {}

    /** A public 政策解读 of a record, by its index number, title and form. */
    public record InterpretationLink(long recordId, String indexNumber, String title, InterpretationForm form) {}

    public boolean isLatest() {
        return revision == latestRevision;
    }
}
