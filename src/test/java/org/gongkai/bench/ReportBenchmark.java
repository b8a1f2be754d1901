package org.gongkai.bench;

import static org.gongkai.bench.BenchSupport.actAs;
import static org.gongkai.bench.BenchSupport.fillReportingUnits;
import static org.gongkai.bench.BenchSupport.ms;
import static org.gongkai.bench.BenchSupport.tableThreeAggregate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.CountyRollup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * bench/reports.sh (issue 12 "Performance"): 1,000,000 request cases of 民政局 in last year (generated once), then
 * (1) the unit's report tables for that year through {@link AnnualReports#tables} (table 二 from the records, table 三
 * from the cases, table 四 from the remedies) against one hand-written SQL aggregate of table 三 over the same table in
 * the same run, as a ratio of medians; (2) the county roll-up of 60 reporting units (44 departments added to the demo
 * county, 5,000 cases each). H2 keeps the result of an identical query on unchanged tables, so one row is touched
 * before every timed call on both sides. Prints BENCH lines; no assertion on time.
 */
@SpringBootTest(args = "--demo")
class ReportBenchmark {

    static final int CASES = Integer.getInteger("gongkai.bench.cases", 1_000_000);
    static final int UNITS = 60;

    @DynamicPropertySource
    static void benchData(DynamicPropertyRegistry registry) {
        registry.add("gongkai.data-dir", () -> System.getProperty("gongkai.bench.dir", "/tmp/gongkai-bench-reports"));
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    AnnualReports reports;

    @Autowired
    CountyRollup rollup;

    @Autowired
    CountyAdministration administration;

    @Test
    void tablesOfAMillionCasesAndTheCountyRollup() {
        int year = LocalDate.now().getYear() - 1;
        long unit = id("select id from organization where name = '示范县民政局'");
        long county = id("select id from organization where name = '示范县人民政府'");
        fillReportingUnits(jdbc, administration, UNITS);
        long inYear = id("select count(*) from information_request where organization_id = " + unit
                + " and received_on between '" + year + "-01-01' and '" + year + "-12-31'");
        if (inYear < CASES) {
            generate(List.of(unit), CASES - (int) inYear, year);
            List<Long> others = jdbc.sql("select id from organization where name like '基准测试部门%' order by id")
                    .query(Long.class)
                    .list();
            generate(others, others.size() * 5_000, year);
        }
        System.out.println("BENCH cases in " + year + " of the unit "
                + id("select count(*) from information_request where organization_id = " + unit
                        + " and received_on between '" + year + "-01-01' and '" + year + "-12-31'")
                + ", all cases " + id("select count(*) from information_request") + ", reporting units "
                + id("select count(*) from organization where kind in "
                        + "('PEOPLES_GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP', 'SUBDISTRICT')"));

        actAs(jdbc, "gkb");
        for (int i = 0; i < 2; i++) { // warm-up
            reports.tables(unit, year);
            tableThreeAggregate(jdbc, unit, year);
        }
        int runs = 7;
        long[] tables = new long[runs];
        long[] raw = new long[runs];
        for (int i = 0; i < runs; i++) {
            touch();
            long t = System.nanoTime();
            reports.tables(unit, year);
            tables[i] = System.nanoTime() - t;
            touch();
            t = System.nanoTime();
            tableThreeAggregate(jdbc, unit, year);
            raw[i] = System.nanoTime() - t;
        }
        System.out.printf(
                "BENCH report tables of one unit with %,d cases in the year, %d runs: p50 %.0f ms (max %.0f ms), hand-written aggregate p50 %.0f ms, ratio of medians %.2f%n",
                CASES, runs, ms(tables, 50), ms(tables, 100), ms(raw, 50), ms(tables, 50) / ms(raw, 50));

        long[] rolled = new long[3];
        int parts = 0;
        for (int i = 0; i < rolled.length; i++) {
            touch();
            long t = System.nanoTime();
            parts = rollup.rollup(county, year).units().size();
            rolled[i] = System.nanoTime() - t;
        }
        System.out.printf(
                "BENCH county roll-up of %d units (%,d cases in the year): p50 %.0f ms (max %.0f ms)%n",
                parts,
                id("select count(*) from information_request where received_on between '" + year + "-01-01' and '"
                        + year + "-12-31'"),
                ms(rolled, 50),
                ms(rolled, 100));
    }

    /** A change to the cases table, so that no side is served from H2's cache of an identical query's result. */
    private void touch() {
        jdbc.sql(
                        "update information_request set created_by = created_by where id = (select min(id) from information_request)")
                .update();
    }

    private void generate(List<Long> units, int n, int year) {
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
        Random random = new Random(12L + n);
        long base = id("select count(*) from information_request");
        long start = System.nanoTime();
        String sql = "insert into information_request (organization_id, tracking_code, case_number, channel, status, "
                + "applicant_kind, applicant_name, id_type, id_number_sealed, id_lookup, phone_sealed, phone_last4, "
                + "provision_form, obtain_way, submitted_at, received_on, due_on, due_kind, outcome, withholding_ground, "
                + "concluded_on, created_by) values (?, ?, ?, 'IN_PERSON', ?, ?, '基准测试', 'RESIDENT_ID', 'sm4:x', ?, "
                + "'sm4:x', '0000', 'PAPER', 'POST', ?, ?, ?, ?, ?, ?, ?, 'bench')";
        List<Object[]> batch = new ArrayList<>();
        LocalDate first = LocalDate.of(year, 1, 1);
        for (int i = 0; i < n; i++) {
            long unit = units.get(i % units.size());
            LocalDate received = first.plusDays(random.nextInt(365));
            // 4% still open at the year's end: carried forward, concluded next year
            boolean late = random.nextInt(100) < 4;
            LocalDate concluded = late ? LocalDate.of(year + 1, 1, 10) : received.plusDays(5 + random.nextInt(20));
            if (!late && concluded.getYear() > year) {
                concluded = LocalDate.of(year, 12, 31);
            }
            String outcome = outcomes[random.nextInt(outcomes.length)];
            batch.add(new Object[] {
                unit,
                String.format("R%011d", base + i + 1),
                year + "-R" + (base + i + 1),
                "CONCLUDED",
                kinds[random.nextInt(kinds.length)],
                "bench" + random.nextInt(200_000),
                Timestamp.valueOf(received.atTime(9, 0)),
                Date.valueOf(received),
                null,
                null,
                outcome,
                "WITHHELD".equals(outcome) ? grounds[random.nextInt(grounds.length)] : null,
                Date.valueOf(concluded)
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
