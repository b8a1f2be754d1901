package org.gongkai.search;

import java.util.Iterator;

/**
 * The search index. The embedded implementation is Lucene on local disk; a province cluster can provide
 * OpenSearch behind the same interface. Every method is safe to call again: the index only follows the
 * database, which stays the source of truth.
 */
public interface SearchIndex {

    /** Adds or replaces the record's document; visible to searches when this returns. */
    void put(SearchDocument document);

    /** Removes the record (withdrawn); visible to searches when this returns. */
    void remove(long recordId);

    /** Replaces the whole index with these documents; searches see the old index until the new one is complete. */
    void replaceAll(Iterator<SearchDocument> documents);

    /** Documents in the index, or -1 if there is no index yet. */
    long count();

    /** A page of hits; its {@link SearchResults#groups} are {@link SearchGroups#NONE} (see {@link #groups}). */
    SearchResults search(SearchQuery query);

    /** How all the hits of the query divide by unit, year, topic category and type (a pass over every hit). */
    SearchGroups groups(SearchQuery query);

    /** The years and units present in the index, for the search form's filters. */
    SearchFacets facets();

    /**
     * Whether the index holds the fields this version searches by ({@value #FORMAT}); an index built by an earlier
     * version is rebuilt at start.
     */
    boolean current();

    /**
     * The version of what a document holds: 2 added the units above the issuers (sites of the 网站群), 3 the bigrams of
     * title and body and the values hits are counted by, 4 the record's id as the tie-break of hits published at the same
     * moment (so an index built record by record and one rebuilt in bulk answer in the same order).
     */
    String FORMAT = "4";

    /** Whether every node uses this one index (OpenSearch), so that one node rebuilds it for all. */
    default boolean shared() {
        return false;
    }
}
