package org.gongkai.search;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The search contract on the embedded Lucene index. */
class LuceneSearchIndexTests extends SearchIndexContract {

    @TempDir
    static Path dir;

    static LuceneSearchIndex index;

    @BeforeAll
    static void open() throws IOException {
        index = new LuceneSearchIndex(dir.toString());
    }

    @AfterAll
    static void close() throws IOException {
        index.destroy();
    }

    @Override
    SearchIndex index() {
        return index;
    }

    /** An index written by an earlier version (no format in its commit) is found out of date until rebuilt. */
    @org.junit.jupiter.api.Test
    void anIndexOfAnEarlierFormatIsRebuilt(@TempDir Path old) throws IOException {
        try (var directory = org.apache.lucene.store.FSDirectory.open(old.resolve("search"));
                var writer = new org.apache.lucene.index.IndexWriter(
                        directory, new org.apache.lucene.index.IndexWriterConfig())) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField("id", "1", org.apache.lucene.document.Field.Store.YES));
            writer.addDocument(doc);
            writer.commit();
        }
        LuceneSearchIndex earlier = new LuceneSearchIndex(old.toString());
        try {
            org.assertj.core.api.Assertions.assertThat(earlier.count()).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(earlier.current()).isFalse();
            earlier.put(SearchCorpus.documents().get(0));
            org.assertj.core.api.Assertions.assertThat(earlier.current())
                    .as("a change does not make it current")
                    .isFalse();
            earlier.replaceAll(SearchCorpus.documents().iterator());
            org.assertj.core.api.Assertions.assertThat(earlier.current()).isTrue();
        } finally {
            earlier.destroy();
        }
        LuceneSearchIndex reopened = new LuceneSearchIndex(old.toString());
        try {
            org.assertj.core.api.Assertions.assertThat(reopened.current()).isTrue();
        } finally {
            reopened.destroy();
        }
    }
}
