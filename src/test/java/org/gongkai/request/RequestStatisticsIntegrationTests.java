package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.shared.WithholdingGround;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Table 三 from the case files (issue 11 §9, "Tests"): each case lands in the cell of its applicant kind and its row,
 * the grid equals a count made case by case from the table, and its 勾稽关系 hold (RULES §2.5).
 */
class RequestStatisticsIntegrationTests extends IntegrationTest {

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestHandling handling;

    @Autowired
    RequestCases requestCases;

    @Autowired
    RequestStatistics statistics;

    private void on(String day) {
        clock.set(Instant.parse(day + "T02:00:00Z"));
    }

    private long registered(String day, ApplicantKind kind, String name) {
        on(day);
        actAs("cg_handler");
        Application base = RequestIntakeIntegrationTests.application(organizationId("示范县城关镇人民政府"), name);
        Application a = kind == ApplicantKind.NATURAL_PERSON
                ? base
                : new Application(
                        base.organizationId(),
                        kind,
                        name,
                        "联系人",
                        IdDocumentType.CREDIT_CODE,
                        "91510100MA6123456W",
                        base.phone(),
                        base.email(),
                        base.address(),
                        base.postalCode(),
                        base.items(),
                        base.provisionForm(),
                        base.obtainWay());
        return intake.register(a, IntakeChannel.IN_PERSON, LocalDate.parse(day), null)
                .id();
    }

    private void replied(long id, String day, ReplyDraft draft) {
        on(day);
        actAs("cg_handler");
        handling.submitReply(id, version(id), draft);
        actAs("cg_signer");
        handling.approveReply(id, version(id));
        actAs("cg_handler");
        handling.sendReply(id, version(id), LocalDate.parse(day), ObtainWay.POST);
    }

    private int version(long id) {
        return requestCases.page(id).request().version();
    }

    @Test
    void eachCaseLandsInItsCell_andTheGridEqualsADirectCount() {
        long unit = organizationId("示范县城关镇人民政府");
        // 2024: received in December, replied in January 2025 (carried over into 2025)
        long carried = registered("2024-12-20", ApplicantKind.NATURAL_PERSON, "甲结转");
        // 2025: a firm withheld on 第十五条, a person disclosed, a research institute still open at year end
        long withheld = registered("2025-03-03", ApplicantKind.COMMERCIAL_ENTERPRISE, "乙企业");
        long disclosed = registered("2025-06-02", ApplicantKind.NATURAL_PERSON, "丙个人");
        registered("2025-12-29", ApplicantKind.RESEARCH_INSTITUTION, "丁研究所");
        RequestStatistics.Grid before = grid(unit);

        replied(carried, "2025-01-10", new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "见附件", null, null));
        replied(
                withheld,
                "2025-03-20",
                new ReplyDraft(
                        ReplyOutcome.WITHHELD,
                        WithholdingGround.THIRD_PARTY_RIGHTS,
                        "涉及商业秘密，第三方不同意公开",
                        null,
                        null,
                        null));
        replied(
                disclosed,
                "2025-06-20",
                new ReplyDraft(
                        ReplyOutcome.PARTIALLY_DISCLOSED,
                        WithholdingGround.STATE_SECRET,
                        "部分内容属于国家秘密",
                        "可以公开的部分见附件",
                        null,
                        null));

        RequestStatistics.Grid after = grid(unit);
        assertThat(after.inconsistencies()).isEmpty();
        assertThat(diff(after, before, StatisticsRow.DISCLOSED, ApplicantKind.NATURAL_PERSON))
                .isEqualTo(1);
        assertThat(diff(after, before, StatisticsRow.WITHHELD_THIRD_PARTY_RIGHTS, ApplicantKind.COMMERCIAL_ENTERPRISE))
                .isEqualTo(1);
        assertThat(diff(after, before, StatisticsRow.PARTIALLY_DISCLOSED, ApplicantKind.NATURAL_PERSON))
                .isEqualTo(1);
        assertThat(after.cell(StatisticsRow.CARRIED_OVER, ApplicantKind.NATURAL_PERSON))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.cell(StatisticsRow.CARRIED_FORWARD, ApplicantKind.RESEARCH_INSTITUTION))
                .isGreaterThanOrEqualTo(1);

        // the same figures counted case by case
        List<Object[]> rows = jdbc.sql("select applicant_kind, received_on, concluded_on, outcome, withholding_ground "
                        + "from information_request where organization_id = ?")
                .param(unit)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5)
                })
                .list();
        LocalDate first = LocalDate.of(2025, 1, 1);
        LocalDate last = LocalDate.of(2025, 12, 31);
        for (ApplicantKind kind : ApplicantKind.values()) {
            long newThisYear = 0;
            long carriedOver = 0;
            long carriedForward = 0;
            long[] results = new long[StatisticsRow.values().length];
            for (Object[] r : rows) {
                LocalDate received = (LocalDate) r[1];
                LocalDate concluded = (LocalDate) r[2];
                if (!kind.name().equals(r[0]) || received == null) {
                    continue;
                }
                if (!received.isBefore(first) && !received.isAfter(last)) {
                    newThisYear++;
                }
                if (received.isBefore(first) && (concluded == null || !concluded.isBefore(first))) {
                    carriedOver++;
                }
                if (!received.isAfter(last) && (concluded == null || concluded.isAfter(last))) {
                    carriedForward++;
                }
                if (concluded != null && !concluded.isBefore(first) && !concluded.isAfter(last)) {
                    results[
                            StatisticsRow.of(
                                            ReplyOutcome.valueOf((String) r[3]),
                                            r[4] == null ? null : WithholdingGround.valueOf((String) r[4]))
                                    .ordinal()]++;
                }
            }
            assertThat(after.cell(StatisticsRow.NEW_THIS_YEAR, kind))
                    .as(kind + " 一")
                    .isEqualTo(newThisYear);
            assertThat(after.cell(StatisticsRow.CARRIED_OVER, kind))
                    .as(kind + " 二")
                    .isEqualTo(carriedOver);
            assertThat(after.cell(StatisticsRow.CARRIED_FORWARD, kind))
                    .as(kind + " 四")
                    .isEqualTo(carriedForward);
            for (StatisticsRow row : StatisticsRow.RESULTS) {
                assertThat(after.cell(row, kind)).as(kind + " " + row.label()).isEqualTo(results[row.ordinal()]);
            }
        }
    }

    @Autowired
    RequestRemedies remedies;

    /** Table 四: each remedy filed in the year counts in its group by its result at year end (尚未审结 until decided). */
    @Test
    void remediesFiledInTheYearFillTableFour() {
        long unit = organizationId("示范县城关镇人民政府");
        long a = registered("2025-04-01", ApplicantKind.NATURAL_PERSON, "戊复议");
        replied(
                a,
                "2025-04-10",
                new ReplyDraft(ReplyOutcome.WITHHELD, WithholdingGround.INTERNAL_AFFAIRS, "内部事务", null, null, null));
        actAs("gkb");
        long[] before = statistics.tableFour(unit, 2025);

        on("2025-05-06");
        actAs("cg_handler");
        long upheld =
                remedies.record(a, Remedy.Kind.RECONSIDERATION, null, LocalDate.parse("2025-05-06"), "示范县人民政府", null);
        long direct = remedies.record(
                a, Remedy.Kind.LITIGATION, Remedy.Route.DIRECT, LocalDate.parse("2025-05-06"), "示范县人民法院", null);
        long after = remedies.record(
                a,
                Remedy.Kind.LITIGATION,
                Remedy.Route.AFTER_RECONSIDERATION,
                LocalDate.parse("2025-05-06"),
                "示范县人民法院",
                null);
        on("2025-08-01");
        remedies.decide(upheld, 0, Remedy.Result.UPHELD, LocalDate.parse("2025-08-01"), "复议维持");
        remedies.decide(after, 0, Remedy.Result.CORRECTED, LocalDate.parse("2025-08-01"), null);
        assertThatThrownBy(() -> remedies.decide(after, 0, Remedy.Result.OTHER, LocalDate.parse("2025-08-01"), null))
                .isInstanceOf(org.gongkai.shared.RuleViolation.class);
        on("2026-02-02");
        remedies.decide(direct, 0, Remedy.Result.UPHELD, LocalDate.parse("2026-02-02"), null); // decided next year

        actAs("gkb");
        long[] now = statistics.tableFour(unit, 2025);
        long[] expected = new long[15];
        expected[0] = 1; // 行政复议 维持
        expected[4] = 1;
        expected[5 + 3] = 1; // 直接起诉 尚未审结 at 2025-12-31
        expected[5 + 4] = 1;
        expected[10 + 1] = 1; // 复议后起诉 纠正
        expected[10 + 4] = 1;
        for (int i = 0; i < 15; i++) {
            assertThat(now[i] - before[i]).as("cell " + i).isEqualTo(expected[i]);
        }
        for (int group = 0; group < 3; group++) {
            assertThat(now[group * 5] + now[group * 5 + 1] + now[group * 5 + 2] + now[group * 5 + 3])
                    .as("RULES §2.5 check 4, group " + group)
                    .isEqualTo(now[group * 5 + 4]);
        }
    }

    private RequestStatistics.Grid grid(long unit) {
        actAs("gkb");
        return statistics.grid(unit, 2025);
    }

    private static long diff(RequestStatistics.Grid a, RequestStatistics.Grid b, StatisticsRow row, ApplicantKind k) {
        return a.cell(row, k) - b.cell(row, k);
    }
}
