package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search contract on OpenSearch: a real node with the smartcn plugin, started by bin/test (bin/opensearch) and
 * named by {@code gongkai.test.opensearch-url}; each run uses an alias of its own and deletes its indexes.
 */
class OpenSearchSearchIndexTests extends SearchIndexContract {

    static OpenSearchSearchIndex index;

    @BeforeAll
    static void open() {
        index = new OpenSearchSearchIndex(OpenSearchNode.url(), OpenSearchNode.freshAlias());
    }

    @AfterAll
    static void close() throws IOException {
        index.dropAll();
        index.destroy();
    }

    @Override
    SearchIndex index() {
        return index;
    }

    private static List<Long> ids(SearchIndex index, String text) {
        return index.search(SearchQuery.of(text)).hits().stream()
                .map(SearchHit::recordId)
                .toList();
    }

    /**
     * While one node rebuilds, another node publishes, corrects and withdraws: after the alias moves, the new index
     * has every change, none undone by the rebuild's older copies, and searches answered all along.
     */
    @Test
    void changesFromAnotherNodeDuringARebuildAreKept() throws IOException {
        OpenSearchSearchIndex otherNode = new OpenSearchSearchIndex(OpenSearchNode.url(), aliasOf(index));
        try {
            List<SearchDocument> corpus = SearchCorpus.documents();
            SearchDocument grants = corpus.get(0);
            SearchDocument allowance = corpus.get(1);
            Iterator<SearchDocument> read = corpus.iterator();
            Iterator<SearchDocument> rebuild = new Iterator<>() {
                int served;

                @Override
                public boolean hasNext() {
                    return read.hasNext();
                }

                @Override
                public SearchDocument next() {
                    SearchDocument d = read.next();
                    if (++served == 3) {
                        // the rebuild has read GRANTS and ALLOWANCE as they were; the other node now changes them
                        otherNode.remove(grants.recordId());
                        otherNode.put(SearchCorpus.doc(
                                allowance.recordId(),
                                "关于再次调整城乡低保标准的通知",
                                allowance.documentNumber(),
                                null,
                                "城市低保标准调整为每人每月七百五十元。",
                                null,
                                allowance.organizationIds(),
                                allowance.topicCode(),
                                allowance.documentType(),
                                "EFFECTIVE",
                                allowance.publishedAt()));
                        otherNode.put(SearchCorpus.doc(
                                999,
                                "示范县秋季森林草原防灭火工作通告",
                                null,
                                null,
                                "严禁野外用火。",
                                null,
                                List.of(SearchCorpus.TOWN),
                                "0301",
                                "NOTICE",
                                "EFFECTIVE",
                                allowance.publishedAt()));
                        assertThat(ids(index, "森林草原防灭火"))
                                .as("searches go on during the rebuild")
                                .containsExactly(999L);
                    }
                    return d;
                }
            };
            index.replaceAll(rebuild);
            assertThat(ids(index, "困难学生资助")).as("withdrawn during the rebuild").doesNotContain(grants.recordId());
            assertThat(ids(index, "再次调整城乡低保标准")).containsExactly(allowance.recordId());
            assertThat(ids(index, "森林草原防灭火")).containsExactly(999L);
            assertThat(index.count()).isEqualTo(corpus.size());
            assertThat(otherNode.count()).isEqualTo(corpus.size());
        } finally {
            otherNode.destroy();
        }
    }

    @Test
    void theIndexCarriesItsFormat() {
        assertThat(index.current()).isTrue();
    }

    @Test
    void aSearchTheClusterCannotAnswerSaysSoInChinese() throws IOException {
        OpenSearchSearchIndex gone = new OpenSearchSearchIndex(OpenSearchNode.url(), OpenSearchNode.freshAlias());
        try {
            gone.dropAll();
            assertThat(gone.current()).as("no index: not current").isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> gone.search(SearchQuery.of("预算公开")))
                    .isInstanceOf(org.gongkai.shared.ServiceUnavailable.class)
                    .hasMessageContaining("检索服务暂时不可用");
            org.assertj.core.api.Assertions.assertThatThrownBy(gone::facets)
                    .isInstanceOf(org.gongkai.shared.ServiceUnavailable.class);
        } finally {
            gone.destroy();
        }
    }

    private static String aliasOf(OpenSearchSearchIndex index) {
        return index.alias();
    }
}
