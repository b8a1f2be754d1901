package org.gongkai.search;

import org.springframework.stereotype.Service;

/**
 * The search the public runs (portal and API): the text with its other wordings from the 检索词典, and, when that
 * finds fewer than {@value #FEW} records, the same search asking less ({@link SearchQuery#loosely}), so that a
 * misspelling, a question or a word cut differently still finds the records (issue 14 §1). Records with every word
 * rank first either way.
 */
@Service
public class PublicSearch {

    /** Fewer hits than this for every word and the search also asks for most of them. */
    static final int FEW = 5;

    private final SearchIndex index;
    private final Synonyms synonyms;

    PublicSearch(SearchIndex index, Synonyms synonyms) {
        this.index = index;
        this.synonyms = synonyms;
    }

    /** The query as it will run: with the other wordings of its text. */
    public SearchQuery expanded(SearchQuery q) {
        return synonyms.expanded(q);
    }

    /** Runs a query {@link #expanded} returned: a page of hits, and how all of them divide (when there are any). */
    public SearchResults search(SearchQuery expanded) {
        SearchResults results = index.search(expanded);
        SearchQuery ran = expanded;
        if (results.total() < FEW && !expanded.cleanText().isEmpty() && !expanded.loose()) {
            SearchQuery loosely = expanded.loosely();
            SearchResults loose = index.search(loosely);
            if (loose.total() > results.total()) {
                results = loose;
                ran = loosely;
            }
        }
        return results.total() == 0 ? results : results.counted(index.groups(ran));
    }
}
