package org.gongkai.information;

import java.util.List;

/**
 * One page of a listing, how many there are in all, and the cursor of the page after it (null on the last
 * page). Pages up to {@link #maxNumbered()} can be addressed by number; further ones only by cursor.
 */
public record Page<T>(List<T> items, long total, int page, int size, ListingCursor next) {

    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages() && next != null;
    }

    /** Whether the previous page can be asked for by number (otherwise the browser's back button serves). */
    public boolean previousNumbered() {
        return page > 1 && page - 1 <= maxNumbered();
    }

    /** Page numbers to link around this one: a window within the pages that can be asked for by number. */
    public List<Integer> numbers() {
        int last = Math.min(pages(), maxNumbered());
        int from = Math.max(1, Math.min(page - 4, last - 8));
        List<Integer> out = new java.util.ArrayList<>();
        for (int n = from; n <= last && out.size() < 9; n++) {
            out.add(n);
        }
        return out;
    }

    /** The highest page number that may be asked for directly at this page size. */
    public int maxNumbered() {
        return Math.max(1, PublicListing.MAX_OFFSET / size + 1);
    }
}
