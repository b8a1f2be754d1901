package org.gongkai.search;

import java.util.List;

/**
 * How a search's hits divide by issuing unit, year of publication, topic category (the first two digits) and document
 * type, most hits first: the counts beside the results that narrow a search (issue 14 §1).
 */
public record SearchGroups(List<Count> units, List<Count> years, List<Count> topics, List<Count> types) {

    /** At most this many values of one kind are counted (the units of a province run to thousands). */
    public static final int MAX_VALUES = 200;

    public static final SearchGroups NONE = new SearchGroups(List.of(), List.of(), List.of(), List.of());

    /** Each kind most hits first, equal counts by value: both engines list the same counts alike. */
    public SearchGroups {
        units = sorted(units);
        years = sorted(years);
        topics = sorted(topics);
        types = sorted(types);
    }

    private static List<Count> sorted(List<Count> counts) {
        return counts.stream()
                .sorted(java.util.Comparator.comparingLong(Count::hits)
                        .reversed()
                        .thenComparing(Count::value))
                .toList();
    }

    /** One value and how many hits have it. */
    public record Count(String value, long hits) {}
}
