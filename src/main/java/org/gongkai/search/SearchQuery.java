package org.gongkai.search;

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
        Long scopeId) {

    public enum Sort {
        RELEVANCE,
        DATE
    }

    /** Longer input is cut here; Chinese search phrases are short. */
    public static final int MAX_TEXT = 100;

    public static final int MAX_SIZE = 50;

    public SearchQuery {
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, Math.min(page, 500));
        size = size <= 0 ? 10 : Math.min(size, MAX_SIZE);
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
        return new SearchQuery(text, organizationId, year, topicCode, documentType, validity, sort, page, size, scope);
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
                text, organizationId, year, topicCode, documentType, validity, sort, newPage, size, scopeId);
    }
}
