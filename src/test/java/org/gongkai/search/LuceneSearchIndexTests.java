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
}
