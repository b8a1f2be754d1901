package org.gongkai.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index holds of one public record. {@code scopeIds} are its issuing units and every unit above them: a site
 * of a county (网站群) finds the records of the county's units by its own unit.
 */
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
        int year,
        List<Long> scopeIds) {

    /** The topic and its category (the first two digits), so that a search by either finds the record. */
    public List<String> topicCodes() {
        if (topicCode == null) {
            return List.of();
        }
        return topicCode.length() > 2 ? List.of(topicCode, topicCode.substring(0, 2)) : List.of(topicCode);
    }
}
