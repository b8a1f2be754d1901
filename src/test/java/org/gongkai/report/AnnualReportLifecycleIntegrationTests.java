package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12 §2–§5, the statute step by step (国务院令第711号 第四十九、五十条): a township's report for the demo year is
 * started, refused while a check fails, its missing cells entered with their sources (wrong entries refused naming the
 * cell), written, submitted (figures frozen), returned, resubmitted, approved by the unit's signer — never by its
 * submitter — published, read on the portal, and corrected as a new edition that supersedes the first, which stays
 * readable.
 */
class AnnualReportLifecycleIntegrationTests extends IntegrationTest {

    @Autowired
    AnnualReporting reporting;

    @Autowired
    AnnualReports reports;

    @Autowired
    PublishedReports published;

    @Autowired
    ReportDeadlines deadlines;

    @Test
    void aTownshipsReportFromDraftToCorrection() {
        long unit = organizationId("示范县城关镇人民政府");
        actAs("cg_editor");
        long id = reporting.start(unit, 2025);
        assertThatThrownBy(() -> reporting.start(unit, 2025))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已经存在");

        AnnualReporting.ReportView draft = reporting.view(id);
        assertThat(draft.report().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.deadline().dueOn())
                .as("townships: the office's date, by default 1月31日")
                .isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(draft.late()).as("the test clock stands at 2026-03-02").isTrue();
        actAs("gkb");
        ReportTables computed = reports.tables(unit, 2025);
        actAs("cg_editor");
        assertThat(ReportCells.of(draft.tables())).isEqualTo(ReportCells.of(computed));
        assertThat(draft.tables().three().total(StatisticsRow.NEW_THIS_YEAR)).isPositive();
        assertThat(draft.problems())
                .anyMatch(p -> p.contains("行政事业性收费"))
                .anyMatch(p -> p.contains("一、总体情况"))
                .anyMatch(p -> p.contains("六、其他需要报告的事项"));
        assertThat(draft.notes()).anyMatch(n -> n.contains("2024年度报告不在本平台"));
        int v0 = draft.report().version();
        assertThatThrownBy(() -> reporting.submit(id, v0))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能提交审核")
                .hasMessageContaining("行政事业性收费");

        // wrong entries are refused naming the cell; nothing is stored
        assertThatThrownBy(() -> reporting.enter(id, v0, EnteredCell.FEE_AMOUNT, "-3", "县财政局"))
                .hasMessageContaining("行政事业性收费")
                .hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> reporting.enter(id, v0, EnteredCell.PENALTY_DECISIONS, "12.5", "台账"))
                .hasMessageContaining("行政处罚")
                .hasMessageContaining("整数");
        assertThatThrownBy(() -> reporting.enter(id, v0, EnteredCell.FEE_AMOUNT, "一万", "台账"))
                .hasMessageContaining("不是数字");
        assertThatThrownBy(() -> reporting.enter(id, v0, EnteredCell.FEE_AMOUNT, "1.5", " "))
                .hasMessageContaining("数据来源");
        assertThatThrownBy(() -> reporting.enter(id, v0, EnteredCell.FEE_AMOUNT, "1.23456", "台账"))
                .hasMessageContaining("四位小数");
        assertThatThrownBy(() -> reporting.enter(id, v0, EnteredCell.FEE_AMOUNT, "1".repeat(100_000), "台账"))
                .hasMessageContaining("过长");
        assertThat(reporting.view(id).entries()).isEmpty();

        reporting.enter(id, v0, EnteredCell.FEE_AMOUNT, "1.25", "镇财政所非税收入台账");
        assertThatThrownBy(() -> reporting.enter(id, v0, EnteredCell.PENALTY_DECISIONS, "7", "台账"))
                .as("a page read before the first entry is stale")
                .hasMessageContaining("已被他人修改");
        reporting.enter(id, v0 + 1, EnteredCell.PENALTY_DECISIONS, "7", "镇综合执法办行政处罚案件台账");
        reporting.saveSections(
                id,
                v0 + 2,
                "（一）主动公开\n本年通过政府网站主动公开政府信息。\n（二）依申请公开\n依法办理政府信息公开申请。",
                "一是公开内容不够全面。\n二是解读形式单一。",
                "本年未收取信息处理费。");
        AnnualReporting.ReportView ready = reporting.view(id);
        assertThat(ready.problems()).isEmpty();
        assertThat(ready.tables().two().penaltyDecisions()).isEqualTo(7);
        assertThat(ready.tables().two().feeAmount()).isEqualByComparingTo("1.25");
        assertThat(ready.entries()).containsKeys(EnteredCell.FEE_AMOUNT, EnteredCell.PENALTY_DECISIONS);

        // the editor cannot approve; the signer returns it, the editor resubmits, the signer approves
        reporting.submit(id, ready.report().version());
        AnnualReport submitted = reporting.view(id).report();
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.figuresAt()).isNotNull();
        assertThatThrownBy(() -> reporting.approve(id, submitted.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reporting.saveSections(id, submitted.version(), "x", "y", "z"))
                .hasMessageContaining("不能再修改");
        actAs("cg_signer");
        assertThatThrownBy(() -> reporting.returnToDraft(id, submitted.version(), " "))
                .hasMessageContaining("退回理由");
        reporting.returnToDraft(id, submitted.version(), "请补充政府信息公开平台建设情况。");
        actAs("cg_editor");
        AnnualReport returned = reporting.view(id).report();
        assertThat(returned.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(returned.returnReason()).contains("平台建设");
        reporting.submit(id, returned.version());
        actAs("cg_signer");
        reporting.approve(id, reporting.view(id).report().version());
        assertThat(published.list(unit, 2025))
                .as("approved is not yet published")
                .isEmpty();
        reporting.publish(id, reporting.view(id).report().version());

        PublishedReports.ReportPage page = published.page(id).orElseThrow();
        assertThat(page.title()).isEqualTo("示范县城关镇人民政府2025年政府信息公开工作年度报告");
        assertThat(page.tables().two().penaltyDecisions()).isEqualTo(7);
        assertThat(ReportCells.of(page.tables()))
                .containsAllEntriesOf(Map.of(
                        ReportCells.three(StatisticsRow.NEW_THIS_YEAR, null),
                        BigDecimal.valueOf(computed.three().total(StatisticsRow.NEW_THIS_YEAR))));
        assertThat(published.list(unit, null)).extracting(l -> l.report().id()).containsExactly(id);

        // a correction is a new edition with its reason; the first stays published until the correction is
        actAs("cg_editor");
        AnnualReport first = reporting.view(id).report();
        assertThatThrownBy(() -> reporting.correct(id, first.version(), "改")).hasMessageContaining("更正理由");
        long correction = reporting.correct(id, first.version(), "行政处罚决定数少计一件，予以更正。");
        assertThatThrownBy(
                        () -> reporting.correct(id, reporting.view(id).report().version(), "再次更正行政处罚数。"))
                .hasMessageContaining("更正正在编写");
        AnnualReporting.ReportView second = reporting.view(correction);
        assertThat(second.report().edition()).isEqualTo(2);
        assertThat(second.report().overview()).startsWith("（一）主动公开");
        assertThat(second.entries()).containsKeys(EnteredCell.FEE_AMOUNT, EnteredCell.PENALTY_DECISIONS);
        assertThat(published.page(id).orElseThrow().current().id()).isEqualTo(id);
        reporting.enter(
                correction, second.report().version(), EnteredCell.PENALTY_DECISIONS, "8", "镇综合执法办行政处罚案件台账（复核）");
        reporting.submit(correction, reporting.view(correction).report().version());
        actAs("cg_signer");
        reporting.approve(correction, reporting.view(correction).report().version());
        reporting.publish(correction, reporting.view(correction).report().version());

        PublishedReports.ReportPage before = published.page(id).orElseThrow();
        assertThat(before.superseded()).isTrue();
        assertThat(before.current().id()).isEqualTo(correction);
        assertThat(before.tables().two().penaltyDecisions())
                .as("the earlier edition keeps its figures")
                .isEqualTo(7);
        PublishedReports.ReportPage after = published.page(correction).orElseThrow();
        assertThat(after.report().correctionReason()).contains("少计一件");
        assertThat(after.tables().two().penaltyDecisions()).isEqualTo(8);
        assertThat(published.list(unit, null)).extracting(l -> l.report().id()).containsExactly(correction);
        assertThat(jdbc.sql("select count(*) from audit_entry where target = ? and action = 'REPORT_PUBLISH'")
                        .param("annual-report:" + correction)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // 第四十九条 sets no date for townships: the supervising office sets when they report
        long county = organizationId("示范县人民政府");
        actAs("cg_editor");
        assertThatThrownBy(() -> deadlines.setCollectionDate(county, 2, 20, null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        assertThatThrownBy(() -> deadlines.setCollectionDate(county, 4, 1, null))
                .hasMessageContaining("3月31日之间");
        assertThatThrownBy(() -> deadlines.setCollectionDate(county, 2, 30, null))
                .hasMessageContaining("有效的月和日");
        deadlines.setCollectionDate(county, 2, 20, null);
        assertThatThrownBy(() -> deadlines.setCollectionDate(county, 2, 25, null))
                .as("a second office date written unseen")
                .hasMessageContaining("已被他人修改");
        assertThat(deadlines.collectionDate(county).own()).isTrue();
        actAs("cg_editor");
        assertThat(reporting.view(correction).deadline().dueOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(reporting.view(correction).late())
                .as("published 2026-03-02, after the date")
                .isTrue();
    }

    /** RULES §2.5 check 5: this year's 上年结转 equals last year's published 结转下年度继续办理, column by column. */
    @Test
    void carriedOverMustEqualLastYearsCarriedForward() {
        // a year on (2027-03): the figures of the years other tests read are left alone
        java.time.Instant start = clock.instant();
        advance(java.time.Duration.ofDays(366));
        long unit = organizationId("示范县民政局");
        actAs("gkb");
        ReportTables lastYear = reports.tables(unit, 2026);
        // last year's report as imported from the earlier site: published, its cells as they were printed
        jdbc.sql("insert into annual_report (organization_id, report_year, edition, report_format, origin, status, "
                        + "created_by, created_at, published_at) values (?, 2026, 1, '2021', 'IMPORTED', 'PUBLISHED', "
                        + "'test', current_timestamp, current_timestamp)")
                .params(unit)
                .update();
        long imported = jdbc.sql("select id from annual_report where organization_id = ? and report_year = 2026")
                .params(unit)
                .query(Long.class)
                .single();
        ReportCells.of(lastYear)
                .forEach((k, v) -> jdbc.sql("insert into annual_report_cell (report_id, cell, amount) values (?, ?, ?)")
                        .params(imported, k, v)
                        .update());
        long id = reporting.start(unit, 2027);
        assertThat(reporting.view(id).problems()).noneMatch(p -> p.contains("上年结转"));
        assertThat(reporting.view(id).notes()).noneMatch(n -> n.contains("未核对"));

        jdbc.sql("update annual_report_cell set amount = amount + 1 where report_id = ? and cell in (?, ?)")
                .params(
                        imported,
                        ReportCells.three(StatisticsRow.CARRIED_FORWARD, ApplicantKind.NATURAL_PERSON),
                        ReportCells.three(StatisticsRow.CARRIED_FORWARD, null))
                .update();
        assertThat(reporting.view(id).problems())
                .filteredOn(p -> p.contains("上年结转"))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("“自然人”列").contains("2026年度报告"))
                .anySatisfy(p -> assertThat(p).contains("“总计”列"));
        clock.set(start);
    }

    /**
     * Issue 12 §5: a department's report published before 1月31日 is on time, in its view and in the office's list, and
     * stays on time afterwards (judged on its first publication); one not published by then shows as late.
     */
    @Test
    void aDepartmentsReportPublishedBeforeItsDateIsOnTime() {
        java.time.Instant start = clock.instant();
        clock.set(java.time.Instant.parse("2027-01-20T02:00:00Z"));
        long unit = organizationId("示范县教育局");
        actAs("edu_editor");
        long id = reporting.start(unit, 2026);
        int v = reporting.view(id).report().version();
        reporting.enter(id, v, EnteredCell.FEE_AMOUNT, "0", "县财政局非税收入台账：本年无收费");
        reporting.saveSections(id, v + 1, "（一）主动公开\n依法主动公开。", "一是解读不足。", "本年未收取信息处理费。");
        reporting.submit(id, v + 2);
        actAs("edu_signer");
        reporting.approve(id, v + 3);
        reporting.publish(id, v + 4);
        AnnualReporting.ReportView view = reporting.view(id);
        assertThat(view.deadline().dueOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(view.late()).isFalse();

        clock.set(java.time.Instant.parse("2027-03-02T02:00:00Z"));
        assertThat(reporting.view(id).late()).as("published on 2027-01-20").isFalse();
        actAs("gkb");
        assertThat(reporting.statuses(2026))
                .filteredOn(s -> s.unit().id() == unit)
                .singleElement()
                .satisfies(s -> assertThat(s.late()).isFalse());
        assertThat(reporting.statuses(2026))
                .filteredOn(s -> s.unit().name().equals("示范县住房和城乡建设局"))
                .singleElement()
                .satisfies(s ->
                        assertThat(s.late()).as("not published by 2027-01-31").isTrue());
        clock.set(start);
    }
}
