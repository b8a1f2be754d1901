package org.gongkai.bench;

import static org.gongkai.bench.BenchSupport.actAs;
import static org.gongkai.bench.BenchSupport.fillReportingUnits;
import static org.gongkai.bench.BenchSupport.ms;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.assessment.Indicators;
import org.gongkai.assessment.Period;
import org.gongkai.catalog.CatalogCoverage;
import org.gongkai.consultation.ParticipationFigures;
import org.gongkai.information.SupervisionFigures;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.report.AnnualReporting;
import org.gongkai.request.RequestFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * bench/indicators.sh (issue 16 "Performance"): the supervision indicators of 60 units × 12 months on a county with
 * 100,000 records published last year, 100,000 request cases and 10,000 inquiries (generated once, by SQL, into
 * $GONGKAI_BENCH_DIR): (1) cold — the twelve monthly boards as the first calls after the start, then the year's board;
 * (2) warm — the year's board, p50 of 7, against one hand-written aggregate per table (records, cases, inquiries) over the
 * same year, as a ratio of medians from the same run. H2 keeps the result of an identical query on unchanged tables,
 * so a row of each table is touched before every timed call on both sides. Prints BENCH lines; no assertion on time.
 */
@SpringBootTest(args = "--demo")
class IndicatorBenchmark {

    static final int RECORDS = Integer.getInteger("gongkai.bench.records", 100_000);
    static final int CASES = Integer.getInteger("gongkai.bench.cases", 100_000);
    static final int UNITS = 60;

    @DynamicPropertySource
    static void benchData(DynamicPropertyRegistry registry) {
        registry.add(
                "gongkai.data-dir", () -> System.getProperty("gongkai.bench.dir", "/tmp/gongkai-bench-indicators"));
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    Indicators indicators;

    @Autowired
    CountyAdministration administration;

    @Autowired
    SupervisionFigures information;

    @Autowired
    RequestFigures requests;

    @Autowired
    ParticipationFigures participation;

    @Autowired
    CatalogCoverage coverage;

    @Autowired
    AnnualReporting reports;

    @Test
    void sixtyUnitsTwelveMonths() {
        int year = LocalDate.now().getYear() - 1;
        fillReportingUnits(jdbc, administration, UNITS);
        List<Long> all = jdbc.sql("select id from organization where kind in "
                        + "('PEOPLES_GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP', 'SUBDISTRICT') order by id")
                .query(Long.class)
                .list();
        String from = "'" + year + "-01-01'";
        if (id("select count(*) from information_record where created_by = 'bench'") < RECORDS) {
            records(all, RECORDS, year);
            cases(all, CASES, year);
            inquiries(all, CASES / 10, year);
        }
        System.out.printf(
                "BENCH indicators data: %d units, %,d records (%,d first published in %d), %,d request cases, %,d inquiries%n",
                all.size(),
                id("select count(*) from information_record"),
                id("select count(*) from information_record where first_published_at >= " + from
                        + " and first_published_at < '" + (year + 1) + "-01-01'"),
                year,
                id("select count(*) from information_request"),
                id("select count(*) from inquiry"));

        actAs(jdbc, "gkb");
        Period whole = Period.parse(String.valueOf(year));
        long t = System.nanoTime();
        int rows = 0;
        StringBuilder each = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            long one = System.nanoTime();
            rows = indicators.board(Period.month(YearMonth.of(year, m))).rows().size();
            each.append(m == 1 ? "" : " ").append(Math.round((System.nanoTime() - one) / 1e6));
        }
        long months = System.nanoTime() - t;
        t = System.nanoTime();
        indicators.board(whole);
        long cold = System.nanoTime() - t;
        System.out.printf(
                "BENCH indicators cold: the 12 monthly boards of %d units %.0f ms (the first calls after the start; aim: 60 units × 12 months <= 2 s cold; each month in ms: %s), then the year's board %.0f ms%n",
                rows, months / 1e6, each, cold / 1e6);

        sources(whole);
        int runs = 7;
        long[] board = new long[runs];
        long[] raw = new long[runs];
        for (int i = 0; i < runs; i++) {
            touch();
            t = System.nanoTime();
            indicators.board(whole);
            board[i] = System.nanoTime() - t;
            touch();
            t = System.nanoTime();
            reference(year);
            raw[i] = System.nanoTime() - t;
        }
        System.out.printf(
                "BENCH indicators warm: the year's board p50 %.0f ms (max %.0f ms), hand-written aggregates p50 %.0f ms, ratio of medians %.2f%n",
                ms(board, 50), ms(board, 100), ms(raw, 50), ms(board, 50) / ms(raw, 50));
    }

    /** Where the board's time goes: each module's figures for the period, timed apart (after the cold calls). */
    private void sources(Period p) {
        StringBuilder out = new StringBuilder("BENCH indicators sources (warm, year):");
        time(out, "records", () -> information.publication(p.from(), p.to()));
        time(out, "cleanup", () -> information.cleanup(p.from(), p.to()));
        time(out, "requests", () -> requests.figures(p.from(), p.to()));
        time(out, "participation", () -> participation.figures(p.from(), p.to()));
        time(out, "catalogs", () -> coverage.byUnit());
        time(out, "reports", () -> reports.statusesOfEveryUnit(p.year() - 1));
        System.out.println(out);
    }

    private void time(StringBuilder out, String name, Runnable r) {
        touch();
        long t = System.nanoTime();
        r.run();
        out.append(String.format(" %s %.0f ms", name, (System.nanoTime() - t) / 1e6));
    }

    /** What a DBA would write for the same figures: one grouped scan of each table over the year. */
    private void reference(int year) {
        Timestamp from = Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay());
        Timestamp to = Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay());
        jdbc.sql("select organization_id, count(*), sum(case when attribute = 'PROACTIVE' then 1 else 0 end) "
                        + "from information_record where first_published_at >= ? and first_published_at < ? "
                        + "group by organization_id")
                .params(from, to)
                .query()
                .listOfRows();
        Date first = Date.valueOf(LocalDate.of(year, 1, 1));
        Date last = Date.valueOf(LocalDate.of(year, 12, 31));
        jdbc.sql("select organization_id, count(*), sum(case when concluded_on <= reply_due_on then 1 else 0 end) "
                        + "from information_request where concluded_on between ? and ? group by organization_id")
                .params(first, last)
                .query()
                .listOfRows();
        jdbc.sql(
                        "select organization_id, count(*), sum(case when answered_on <= due_on then 1 else 0 end) "
                                + "from inquiry where status = 'ANSWERED' and answered_on between ? and ? group by organization_id")
                .params(first, last)
                .query()
                .listOfRows();
    }

    private void touch() {
        jdbc.sql(
                        "update information_record set created_by = created_by where id = (select min(id) from information_record)")
                .update();
        jdbc.sql(
                        "update information_request set created_by = created_by where id = (select min(id) from information_request)")
                .update();
    }

    private void records(List<Long> units, int n, int year) {
        Random random = new Random(16L);
        long start = System.nanoTime();
        String[] types = {"NOTICE", "NOTICE", "NOTICE", "WORK_REPORT", "NORMATIVE_DOCUMENT", "PENALTY_DECISION"};
        String sql = "insert into information_record (organization_id, title, formed_date, document_type, attribute, "
                + "status, created_at, created_by, first_published_at, submitted_at, index_number, needs_interpretation) "
                + "values (?, ?, ?, ?, 'PROACTIVE', 'PUBLISHED', ?, 'bench', ?, ?, ?, ?)";
        List<Object[]> batch = new ArrayList<>();
        long base = id("select count(*) from information_record");
        for (int i = 0; i < n; i++) {
            LocalDate formed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(350));
            Timestamp published =
                    Timestamp.valueOf(formed.plusDays(1 + random.nextInt(40)).atTime(10, 0));
            String type = types[random.nextInt(types.length)];
            batch.add(new Object[] {
                units.get(i % units.size()),
                "基准测试信息 " + (base + i),
                Date.valueOf(formed),
                type,
                published,
                published,
                random.nextInt(10) == 0 ? null : published,
                "BENCH" + year + "-" + (base + i),
                "NORMATIVE_DOCUMENT".equals(type) ? Boolean.TRUE : Boolean.FALSE
            });
            if (batch.size() == 5_000) {
                template.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            template.batchUpdate(sql, batch);
        }
        System.out.printf("BENCH generated %,d records in %.0f s%n", n, (System.nanoTime() - start) / 1e9);
    }

    private void cases(List<Long> units, int n, int year) {
        Random random = new Random(17L);
        long start = System.nanoTime();
        long base = id("select count(*) from information_request");
        String sql = "insert into information_request (organization_id, tracking_code, case_number, channel, status, "
                + "applicant_kind, applicant_name, id_type, id_number_sealed, id_lookup, phone_sealed, phone_last4, "
                + "provision_form, obtain_way, submitted_at, received_on, due_on, due_kind, outcome, concluded_on, "
                + "reply_due_on, created_by) values (?, ?, ?, 'IN_PERSON', ?, 'NATURAL_PERSON', '基准测试', 'RESIDENT_ID', "
                + "'sm4:x', ?, 'sm4:x', '0000', 'PAPER', 'POST', ?, ?, ?, ?, ?, ?, ?, 'bench')";
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate received = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            LocalDate due = received.plusDays(28);
            boolean open = random.nextInt(100) < 3;
            LocalDate concluded = open ? null : received.plusDays(3 + random.nextInt(30));
            batch.add(new Object[] {
                units.get(i % units.size()),
                String.format("I%011d", base + i + 1),
                year + "-I" + (base + i + 1),
                open ? "HANDLING" : "CONCLUDED",
                "bench" + random.nextInt(200_000),
                Timestamp.valueOf(received.atTime(9, 0)),
                Date.valueOf(received),
                open ? Date.valueOf(due) : null,
                open ? "REPLY" : null,
                open ? null : "DISCLOSED",
                concluded == null ? null : Date.valueOf(concluded),
                open ? null : Date.valueOf(due)
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

    private void inquiries(List<Long> units, int n, int year) {
        Random random = new Random(18L);
        long base = id("select count(*) from inquiry");
        String sql = "insert into inquiry (organization_id, tracking_code, subject, question, publication_consent, "
                + "personal_found, status, submitted_at, received_on, due_on, answer, answered_at, answered_on, published) "
                + "values (?, ?, '基准测试留言', '请问……', true, false, 'ANSWERED', ?, ?, ?, '答复。', ?, ?, true)";
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate received = LocalDate.of(year, 1, 1).plusDays(random.nextInt(350));
            LocalDate answered = received.plusDays(1 + random.nextInt(16));
            batch.add(new Object[] {
                units.get(i % units.size()),
                String.format("Q%011d", base + i + 1),
                Timestamp.valueOf(received.atTime(9, 0)),
                Date.valueOf(received),
                Date.valueOf(received.plusDays(14)),
                Timestamp.valueOf(answered.atTime(16, 0)),
                Date.valueOf(answered)
            });
            if (batch.size() == 5_000) {
                template.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            template.batchUpdate(sql, batch);
        }
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
