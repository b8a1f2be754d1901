package org.gongkai.information;

import java.time.Instant;
import java.util.List;

/**
 * What full-text search needs of one public record, read in bulk for an index rebuild: the current revision's
 * texts with its attachments' extracted text, every issuing unit (the lead one first) and the filter fields.
 */
public record PublicText(
        long recordId,
        String indexNumber,
        String title,
        String documentNumber,
        String summary,
        String bodyText,
        String attachmentText,
        List<Long> organizationIds,
        String topicCode,
        DocumentType documentType,
        Validity validity,
        Instant firstPublishedAt) {}
