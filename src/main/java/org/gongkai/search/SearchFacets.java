package org.gongkai.search;

import java.util.List;
import java.util.Set;

/** The filter choices the index can answer: years with records (newest first) and the units that issued any. */
public record SearchFacets(List<Integer> years, Set<Long> organizationIds) {}
