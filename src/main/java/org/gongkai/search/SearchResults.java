package org.gongkai.search;

import java.util.List;

/** A page of hits, how many matched in all, and whether the query text was cut to its maximum length. */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, boolean truncated) {

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
