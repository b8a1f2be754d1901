package org.gongkai.information;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a public listing. {@code writtenKey} is what the listing sorts by 成文日期 on: the 成文日期, or the
 * date the record was formed when it has none.
 */
public record PublishedSummary(
        long recordId,
        String indexNumber,
        String title,
        String documentNumber,
        long organizationId,
        LocalDate writtenDate,
        Instant publishedAt,
        DocumentType documentType,
        String topicCode,
        DisclosureColumn column,
        Validity validity,
        LocalDate writtenKey) {}
