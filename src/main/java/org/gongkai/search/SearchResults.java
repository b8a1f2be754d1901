package org.gongkai.search;

import java.util.List;

/**
 * A page of hits, how many matched in all, whether the query text was cut to its maximum length, how all the hits
 * divide by unit, year, topic and type, and whether the search asked less than every word ({@link SearchQuery#loosely}).
 */
public record SearchResults(
        List<SearchHit> hits, long total, int page, int size, boolean truncated, SearchGroups groups, boolean loose) {

    /** A page without the counts of its groups, of a search that asked for every word. */
    public SearchResults(List<SearchHit> hits, long total, int page, int size, boolean truncated) {
        this(hits, total, page, size, truncated, SearchGroups.NONE, false);
    }

    /** The same page with the counts of its groups. */
    public SearchResults counted(SearchGroups counts) {
        return new SearchResults(hits, total, page, size, truncated, counts, loose);
    }

    public static SearchResults empty(SearchQuery q) {
        return new SearchResults(List.of(), 0, q.page(), q.size(), q.isTruncated());
    }

    public int pages() {
        return (int) Math.max(1, Math.min(500, (total + size - 1) / size));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
