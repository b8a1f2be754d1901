package org.gongkai.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;

/**
 * bench/rebuild.sh's reference, measured in the same run as the platform's {@code --rebuild-search-index}: the
 * published titles and bodies of the benchmark county read in one query, then (1) raw Lucene indexing them —
 * one text field each, the platform's analyzer, every core, the platform's rebuild buffer — into a scratch
 * directory, and (2) word segmentation alone on one thread, SmartChineseAnalyzer against the platform's
 * {@link ChineseWordAnalyzer} (which must give the same number of words). The platform must be stopped (H2 is
 * opened as a file). No assertion on time; prints BENCH lines.
 */
class RebuildBenchmark {

    @Test
    void rawLuceneAndSegmentation() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(
                        System.getProperty("gongkai.bench.jdbc"),
                        System.getProperty("gongkai.bench.user", "sa"),
                        System.getProperty("gongkai.bench.password", ""));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "select title, body_text from information_record where first_published_at is not null")) {
            while (rs.next()) {
                texts.add(rs.getString(1));
                texts.add(rs.getString(2) == null ? "" : rs.getString(2));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.println("texts " + texts.size() / 2 + " records, " + chars + " characters");

        Analyzer words = new ChineseWordAnalyzer();
        Path scratch = Files.createTempDirectory("rebuild-reference");
        long t0 = System.nanoTime();
        try (IndexWriter writer = new IndexWriter(
                FSDirectory.open(scratch),
                new IndexWriterConfig(words).setRAMBufferSizeMB(64).setUseCompoundFile(false))) {
            int threads = Runtime.getRuntime().availableProcessors();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (int r = next.getAndIncrement(); 2 * r < texts.size(); r = next.getAndIncrement()) {
                        Document d = new Document();
                        d.add(new TextField("title", texts.get(2 * r), Field.Store.NO));
                        d.add(new TextField("body", texts.get(2 * r + 1), Field.Store.NO));
                        writer.addDocument(d);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            pool.shutdown();
            writer.commit();
        } finally {
            IOUtils.rm(scratch);
        }
        System.out.printf("BENCH raw Lucene indexing %.1f s%n", (System.nanoTime() - t0) / 1e9);

        Analyzer smartChinese = new SmartChineseAnalyzer();
        for (int round = 0; round < 2; round++) {
            long a = System.nanoTime();
            long smartWords = count(smartChinese, texts);
            double smart = (System.nanoTime() - a) / 1e9;
            long b = System.nanoTime();
            long ourWords = count(words, texts);
            double ours = (System.nanoTime() - b) / 1e9;
            System.out.printf(
                    "BENCH segmentation on one thread: SmartChineseAnalyzer %.1f s (%d words), ChineseWordAnalyzer"
                            + " %.1f s (%d words), %.2f×%n",
                    smart, smartWords, ours, ourWords, smart / ours);
        }
    }

    private static long count(Analyzer analyzer, List<String> texts) throws Exception {
        long n = 0;
        for (String text : texts) {
            try (TokenStream stream = analyzer.tokenStream("f", text)) {
                stream.reset();
                while (stream.incrementToken()) {
                    n++;
                }
                stream.end();
            }
        }
        return n;
    }
}
