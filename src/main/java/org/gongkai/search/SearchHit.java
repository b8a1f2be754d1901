package org.gongkai.search;

import java.time.Instant;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which only the matched
 * words are wrapped in {@code <mark>}; everything else comes from the record as published.
 */
public record SearchHit(
        long recordId,
        String indexNumber,
        String title,
        String titleHtml,
        String snippetHtml,
        String documentNumber,
        long organizationId,
        Instant publishedAt,
        String validity,
        float score) {}
