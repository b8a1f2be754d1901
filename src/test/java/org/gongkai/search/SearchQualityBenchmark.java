package org.gongkai.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search quality on the demo county (issue 14 §1), run by bench/search-quality.sh, not by the suite: each query of
 * bench/search-judged.tsv runs through the portal's search (检索词典 and the loose fallback included, first page of
 * 10), and its hits are judged by the records the line's pattern names. Prints recall@10 and nDCG@10 over all queries
 * and by kind, and the queries that miss. The demo is generated for today (the system clock), as a visitor would see
 * it; a query whose pattern names no record of that demo is counted as skipped. No assertion.
 */
@SpringBootTest(args = "--demo")
class SearchQualityBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    PublicSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    record Judged(String query, Pattern relevant, String kind) {}

    @Test
    void measure() throws IOException {
        int year = LocalDate.now(clock).getYear();
        List<Judged> judged = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("bench/search-judged.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            judged.add(
                    new Judged(years(f[0], year), Pattern.compile(years(f[1], year)), f.length > 2 ? f[2] : "other"));
        }
        Map<Long, String> records = new LinkedHashMap<>();
        jdbc.sql("select record_id, title, document_number, index_number from public_listing where scope_id = 0")
                .query(rs -> {
                    String number = rs.getString(3);
                    records.put(
                            rs.getLong(1),
                            rs.getString(2) + " " + (number == null ? "" : number) + " " + rs.getString(4));
                });
        Map<String, double[]> byKind = new LinkedHashMap<>(); // recall sum, ndcg sum, count
        double recallSum = 0;
        double ndcgSum = 0;
        int measured = 0;
        List<String> skipped = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Judged j : judged) {
            Set<Long> relevant = new HashSet<>();
            records.forEach((id, text) -> {
                if (j.relevant().matcher(text).find()) {
                    relevant.add(id);
                }
            });
            if (relevant.isEmpty()) {
                skipped.add(j.query());
                continue;
            }
            SearchQuery q = search.expanded(new SearchQuery(j.query(), null, null, null, null, null, null, 1, 10));
            List<SearchHit> hits = search.search(q).hits();
            int ideal = Math.min(relevant.size(), 10);
            int found = 0;
            double dcg = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (relevant.contains(hits.get(i).recordId())) {
                    found++;
                    dcg += 1 / log2(i + 2);
                }
            }
            double idcg = 0;
            for (int i = 0; i < ideal; i++) {
                idcg += 1 / log2(i + 2);
            }
            double recall = (double) Math.min(found, ideal) / ideal;
            double ndcg = dcg / idcg;
            recallSum += recall;
            ndcgSum += ndcg;
            measured++;
            double[] k = byKind.computeIfAbsent(j.kind(), x -> new double[3]);
            k[0] += recall;
            k[1] += ndcg;
            k[2]++;
            if (recall < 1 || ndcg < 0.9) {
                missed.add(String.format(
                        "  %s  recall %.2f nDCG %.2f (%d relevant, %d hits; first: %s)",
                        j.query(),
                        recall,
                        ndcg,
                        relevant.size(),
                        hits.size(),
                        hits.isEmpty() ? "-" : hits.get(0).title()));
            }
        }
        System.out.printf(
                "quality %d judged queries, %d measured, %d skipped (no such record in today's demo: %s)%n",
                judged.size(), measured, skipped.size(), skipped);
        byKind.forEach((kind, k) -> System.out.printf(
                "quality  %-16s %3d queries  recall@10 %.3f  nDCG@10 %.3f%n",
                kind, (int) k[2], k[0] / k[2], k[1] / k[2]));
        System.out.println("quality queries below recall 1 or nDCG 0.9:");
        missed.forEach(System.out::println);
        double recall = recallSum / measured;
        double ndcg = ndcgSum / measured;
        System.out.printf(
                "BENCH search quality: %d queries, recall@10 %.3f, nDCG@10 %.3f; aim recall@10 >= 0.9: %s%n",
                measured, recall, ndcg, recall >= 0.9 ? "met" : "NOT met");
    }

    private static String years(String s, int year) {
        return s.replace("{Y-1}", Integer.toString(year - 1)).replace("{Y}", Integer.toString(year));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
