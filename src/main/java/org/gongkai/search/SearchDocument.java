package org.gongkai.search;

import java.time.Instant;
import java.util.List;

/** What the index holds of one public record. */
public record SearchDocument(
        long recordId,
        String indexNumber,
        String title,
        String documentNumber,
        String summary,
        String body,
        String attachments,
        List<Long> organizationIds,
        String topicCode,
        String documentType,
        String validity,
        Instant publishedAt,
        int year) {}
