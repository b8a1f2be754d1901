package org.gongkai.information;

import java.util.Optional;

/**
 * Where the next page of a listing starts: the sort key of the last record shown (its first publication in
 * epoch milliseconds, or its 成文日期 as an epoch day) and its id. Deep pages go by cursor, so a page
 * costs the same at the 5,000th page as at the first. Written in addresses as {@code key-id}.
 */
public record ListingCursor(long key, long recordId) {

    /** The cursor of an address, or empty when the text is not one (so a hand-edited address shows page 1). */
    public static Optional<ListingCursor> parse(String text) {
        if (text == null || text.length() > 41) {
            return Optional.empty();
        }
        int dash = text.lastIndexOf('-');
        if (dash <= 0 || dash == text.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ListingCursor(
                    Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return key + "-" + recordId;
    }
}
