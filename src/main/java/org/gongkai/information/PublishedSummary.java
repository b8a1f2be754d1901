package org.gongkai.information;

import java.time.Instant;
import java.time.LocalDate;

/** A line of a public listing. */
public record PublishedSummary(long recordId, String indexNumber, String title, String documentNumber,
        long organizationId, LocalDate writtenDate, Instant publishedAt, DocumentType documentType, String topicCode,
        DisclosureColumn column, Validity validity) {
}
