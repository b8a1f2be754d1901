package org.gongkai.bench;

import static org.gongkai.bench.BenchSupport.actAs;
import static org.gongkai.bench.BenchSupport.ms;
import static org.gongkai.bench.BenchSupport.tableThreeAggregate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.request.RequestCases;
import org.gongkai.request.RequestStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * bench/requests.sh (issue 11 "Performance"): 1,000,000 request cases over the demo county's addressees and five
 * years (95% concluded), then (1) the open-case list of one unit as its handler sees it, p50/p95 over 200 calls, and
 * (2) table 三 of one unit and year through {@link RequestStatistics} against one hand-written SQL aggregate over the
 * same table in the same run, as a ratio of medians. Prints BENCH lines; no assertion on time.
 */
@SpringBootTest(args = "--demo")
class RequestBenchmark {

    static final int CASES = Integer.getInteger("gongkai.bench.cases", 1_000_000);

    @DynamicPropertySource
    static void benchData(DynamicPropertyRegistry registry) {
        registry.add("gongkai.data-dir", () -> System.getProperty("gongkai.bench.dir", "/tmp/gongkai-bench-requests"));
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    RequestCases cases;

    @Autowired
    RequestStatistics statistics;

    @Test
    void openListAndStatisticsOnAMillionCases() {
        long unit = id("select id from organization where name = '示范县民政局'");
        long existing = id("select count(*) from information_request");
        if (existing < CASES) {
            generate(CASES - (int) existing);
        }
        System.out.println("BENCH cases " + id("select count(*) from information_request") + ", of the unit "
                + id("select count(*) from information_request where organization_id = " + unit) + ", open in the unit "
                + id("select count(*) from information_request where organization_id = " + unit
                        + " and status not in ('CONCLUDED', 'ARCHIVED')"));

        actAs(jdbc, "mz_handler");
        for (int i = 0; i < 20; i++) {
            cases.open();
        }
        long[] list = new long[200];
        for (int i = 0; i < list.length; i++) {
            long t = System.nanoTime();
            cases.open();
            list[i] = System.nanoTime() - t;
        }
        System.out.printf(
                "BENCH open-case list of one unit (200 rows): p50 %.1f ms, p95 %.1f ms%n", ms(list, 50), ms(list, 95));

        // each (unit, year) once per side: H2 reuses the result of an identical query on unchanged tables, so a
        // repeated
        // query would measure that cache, not the aggregate
        actAs(jdbc, "gkb");
        List<Long> units = jdbc.sql("select distinct organization_id from information_request order by organization_id")
                .query(Long.class)
                .list();
        int thisYear = LocalDate.now().getYear();
        List<long[]> pairs = new ArrayList<>();
        for (long u : units) {
            for (int y = thisYear - 4; y < thisYear; y++) {
                pairs.add(new long[] {u, y});
            }
        }
        java.util.Collections.shuffle(pairs, new Random(7));
        for (int i = 0; i < 10; i++) { // warm-up on other figures than the ones timed
            statistics.grid(pairs.get(i)[0], (int) pairs.get(i)[1] - 10);
            tableThreeAggregate(jdbc, pairs.get(i)[0], (int) pairs.get(i)[1] - 10);
        }
        long[] grid = new long[pairs.size()];
        long[] raw = new long[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            long u = pairs.get(i)[0];
            int y = (int) pairs.get(i)[1];
            long t = System.nanoTime();
            if (i % 2 == 0) {
                statistics.grid(u, y);
                grid[i] = System.nanoTime() - t;
                t = System.nanoTime();
                tableThreeAggregate(jdbc, u, y);
                raw[i] = System.nanoTime() - t;
            } else {
                tableThreeAggregate(jdbc, u, y);
                raw[i] = System.nanoTime() - t;
                t = System.nanoTime();
                statistics.grid(u, y);
                grid[i] = System.nanoTime() - t;
            }
        }
        System.out.printf(
                "BENCH table 三, %d (unit, year) pairs each once: grid p50 %.1f ms p95 %.1f ms, hand-written aggregate p50 %.1f ms p95 %.1f ms, ratio of medians %.2f%n",
                pairs.size(), ms(grid, 50), ms(grid, 95), ms(raw, 50), ms(raw, 95), ms(grid, 50) / ms(raw, 50));
    }

    private void generate(int n) {
        List<Long> units = jdbc.sql("select id from organization where kind in "
                        + "('PEOPLES_GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP', 'SUBDISTRICT') order by id")
                .query(Long.class)
                .list();
        String[] kinds = {
            "NATURAL_PERSON",
            "NATURAL_PERSON",
            "NATURAL_PERSON",
            "COMMERCIAL_ENTERPRISE",
            "RESEARCH_INSTITUTION",
            "PUBLIC_WELFARE_ORGANIZATION",
            "LEGAL_SERVICE_ORGANIZATION",
            "OTHER_ORGANIZATION"
        };
        String[] outcomes = {
            "DISCLOSED",
            "DISCLOSED",
            "PARTIALLY_DISCLOSED",
            "WITHHELD",
            "UNAVAILABLE_NOT_HELD",
            "NOT_PROCESSED_PETITION",
            "OTHER_CORRECTION_LAPSED",
            "OTHER"
        };
        String[] grounds = {"STATE_SECRET", "THIRD_PARTY_RIGHTS", "PROCESS_INFORMATION", "INTERNAL_AFFAIRS"};
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        long start = System.nanoTime();
        String sql = "insert into information_request (organization_id, tracking_code, case_number, channel, status, "
                + "applicant_kind, applicant_name, id_type, id_number_sealed, id_lookup, phone_sealed, phone_last4, "
                + "provision_form, obtain_way, submitted_at, received_on, due_on, due_kind, outcome, withholding_ground, "
                + "concluded_on, created_by) values (?, ?, ?, 'IN_PERSON', ?, ?, '基准测试', 'RESIDENT_ID', 'sm4:x', ?, "
                + "'sm4:x', '0000', 'PAPER', 'POST', ?, ?, ?, ?, ?, ?, ?, 'bench')";
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long unit = units.get(random.nextInt(units.size()));
            LocalDate received = today.minusDays(random.nextInt(5 * 365));
            boolean open = random.nextInt(100) < 5 || received.isAfter(today.minusDays(20)) && random.nextBoolean();
            String outcome = open ? null : outcomes[random.nextInt(outcomes.length)];
            batch.add(new Object[] {
                unit,
                String.format("B%011d", i + 1),
                received.getYear() + "-B" + (i + 1),
                open ? "HANDLING" : "CONCLUDED",
                kinds[random.nextInt(kinds.length)],
                "bench" + random.nextInt(200_000),
                Timestamp.valueOf(received.atTime(9, 0)),
                Date.valueOf(received),
                open ? Date.valueOf(received.plusDays(28)) : null,
                open ? "REPLY" : null,
                outcome,
                "WITHHELD".equals(outcome) ? grounds[random.nextInt(grounds.length)] : null,
                open ? null : Date.valueOf(received.plusDays(5 + random.nextInt(25)))
            });
            if (batch.size() == 5_000) {
                template.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            template.batchUpdate(sql, batch);
        }
        System.out.printf("BENCH generated %,d cases in %.0f s%n", n, (System.nanoTime() - start) / 1e9);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
