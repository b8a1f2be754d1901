package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lucene and OpenSearch give the same hits, in the same order, with the same totals, for the same records and the
 * same queries: a county that grows into a province cluster keeps its search.
 */
class SearchEnginesAgreeTests {

    @TempDir
    static Path dir;

    static LuceneSearchIndex lucene;
    static OpenSearchSearchIndex opensearch;

    @BeforeAll
    static void load() throws IOException {
        lucene = new LuceneSearchIndex(dir.toString());
        opensearch = new OpenSearchSearchIndex(OpenSearchNode.url(), OpenSearchNode.freshAlias());
        lucene.replaceAll(SearchCorpus.documents().iterator());
        opensearch.replaceAll(SearchCorpus.documents().iterator());
    }

    @AfterAll
    static void close() throws IOException {
        lucene.destroy();
        opensearch.dropAll();
        opensearch.destroy();
    }

    private static List<String> answer(SearchIndex index, SearchQuery q) {
        SearchResults results = index.search(q);
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("total " + results.total(), "groups " + index.groups(q)),
                        results.hits().stream().map(h -> h.recordId() + " " + h.indexNumber() + " " + h.title()))
                .toList();
    }

    @Test
    void everyQueryGetsTheSameHitsInTheSameOrder() {
        int compared = 0;
        for (SearchQuery q : SearchCorpus.queries()) {
            assertThat(answer(opensearch, q)).as(q.toString()).isEqualTo(answer(lucene, q));
            compared++;
        }
        assertThat(compared).isGreaterThan(60);
        assertThat(SearchCorpus.queries().stream()
                        .filter(q -> !lucene.search(q).hits().isEmpty()))
                .as("most queries find something")
                .hasSizeGreaterThan(55);
    }

    @Test
    void theFiltersOfTheSearchFormAreTheSame() {
        assertThat(opensearch.facets()).isEqualTo(lucene.facets());
    }
}
