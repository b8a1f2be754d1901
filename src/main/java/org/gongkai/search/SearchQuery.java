package org.gongkai.search;

import java.util.List;

/**
 * A search as the public asks it: words typed freely (never parsed as query syntax, so nothing typed can
 * fail), filters, sort and page.
 */
public record SearchQuery(
        String text,
        Long organizationId,
        Integer year,
        String topicCode,
        String documentType,
        String validity,
        Sort sort,
        int page,
        int size,
        Long scopeId,
        List<String> alternatives,
        boolean loose) {

    public enum Sort {
        RELEVANCE,
        DATE
    }

    /** Longer input is cut here; Chinese search phrases are short. */
    public static final int MAX_TEXT = 100;

    public static final int MAX_SIZE = 50;

    /** At most this many other wordings of one search (the synonym dictionary's full forms). */
    public static final int MAX_ALTERNATIVES = 8;

    public SearchQuery {
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, Math.min(page, 500));
        size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
        alternatives = alternatives == null
                ? List.of()
                : alternatives.stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(a -> a.length() > MAX_TEXT ? a.substring(0, MAX_TEXT) : a)
                        .limit(MAX_ALTERNATIVES)
                        .toList();
    }

    /** A search that asks for every word of the text or of one of its other wordings. */
    public SearchQuery(
            String text,
            Long organizationId,
            Integer year,
            String topicCode,
            String documentType,
            String validity,
            Sort sort,
            int page,
            int size,
            Long scopeId,
            List<String> alternatives) {
        this(
                text,
                organizationId,
                year,
                topicCode,
                documentType,
                validity,
                sort,
                page,
                size,
                scopeId,
                alternatives,
                false);
    }

    /**
     * The same search asking less (issue 14 §1, when it finds too little): records with most of the words that carry
     * meaning, or most of the text's two-character sequences, also match; records with every word still rank first.
     */
    public SearchQuery loosely() {
        return new SearchQuery(
                text,
                organizationId,
                year,
                topicCode,
                documentType,
                validity,
                sort,
                page,
                size,
                scopeId,
                alternatives,
                true);
    }

    /** A search within a scope ({@code scopeId}: a site's unit tree, or null for every site), with no other wording. */
    public SearchQuery(
            String text,
            Long organizationId,
            Integer year,
            String topicCode,
            String documentType,
            String validity,
            Sort sort,
            int page,
            int size,
            Long scopeId) {
        this(text, organizationId, year, topicCode, documentType, validity, sort, page, size, scopeId, List.of());
    }

    /**
     * The same search, also finding records that have every word of any of these other wordings (issue 14 §1: "低保"
     * finds records that say 最低生活保障).
     */
    public SearchQuery withAlternatives(List<String> others) {
        return new SearchQuery(
                text,
                organizationId,
                year,
                topicCode,
                documentType,
                validity,
                sort,
                page,
                size,
                scopeId,
                others,
                loose);
    }

    /** A search of every site (no {@code scopeId}). */
    public SearchQuery(
            String text,
            Long organizationId,
            Integer year,
            String topicCode,
            String documentType,
            String validity,
            Sort sort,
            int page,
            int size) {
        this(text, organizationId, year, topicCode, documentType, validity, sort, page, size, null);
    }

    /** The same search within the records of this unit and the units under it (a site of the 网站群). */
    public SearchQuery within(Long scope) {
        return new SearchQuery(
                text,
                organizationId,
                year,
                topicCode,
                documentType,
                validity,
                sort,
                page,
                size,
                scope,
                alternatives,
                loose);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, 1, 10);
    }

    /** The words to search for: control characters removed, blanks collapsed, at most {@value #MAX_TEXT} characters. */
    public String cleanText() {
        if (text == null) {
            return "";
        }
        String t = text.replaceAll("[\\p{Cntrl}\\p{Cs}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    public boolean isTruncated() {
        return text != null && text.strip().length() > MAX_TEXT;
    }

    public SearchQuery withPage(int newPage) {
        return new SearchQuery(
                text,
                organizationId,
                year,
                topicCode,
                documentType,
                validity,
                sort,
                newPage,
                size,
                scopeId,
                alternatives,
                loose);
    }
}
