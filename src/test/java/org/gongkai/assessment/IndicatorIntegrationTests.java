package org.gongkai.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.consultation.Inquiries;
import org.gongkai.information.CivilAffairsPublishing;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationMigration;
import org.gongkai.information.InformationReview;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.Application;
import org.gongkai.request.IdDocumentType;
import org.gongkai.request.IntakeChannel;
import org.gongkai.request.ObtainWay;
import org.gongkai.request.ProvisionForm;
import org.gongkai.request.ReplyDraft;
import org.gongkai.request.ReplyOutcome;
import org.gongkai.request.RequestMigration;
import org.gongkai.request.RequestMigration.PastCase;
import org.gongkai.request.RequestMigration.PastStep;
import org.gongkai.request.TimelineKind;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The supervision indicators (issue 16 §1) of 2025 Q4, built through the modules' own services on a fixed clock: records
 * published in time and late, one brought in from the old site (a policy without interpretation, counted apart from
 * timeliness), requests answered in time, late and left open past their period, and inquiries answered in time, late
 * and never. The demo county and other tests share the database, so each figure is checked as the change these steps
 * make to it; the records behind each figure are the ones made here.
 */
class IndicatorIntegrationTests extends IntegrationTest {

    private static final Period Q4 = Period.parse("2025-Q4");

    @Autowired
    Indicators indicators;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    InformationMigration informationMigration;

    @Autowired
    RequestMigration requestMigration;

    @Autowired
    Inquiries inquiries;

    private void on(String day) {
        clock.set(Instant.parse(day + "T02:00:00Z")); // 10:00 in Beijing
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private Indicators.Row row(long unit) {
        actAs("gkb");
        return indicators.board(Q4).rows().stream()
                .filter(r -> r.unit().id() == unit)
                .findFirst()
                .orElseThrow();
    }

    private static long count(Indicators.Row r, Indicator i) {
        return r.values().get(i).count();
    }

    private static long of(Indicators.Row r, Indicator i) {
        Long of = r.values().get(i).of();
        return of == null ? 0 : of;
    }

    private long publish(long unit, String title, LocalDate formed) {
        return CivilAffairsPublishing.publish(jdbc, editing, review, unit, title, formed);
    }

    private PastCase pastCase(long unit, String name, List<PastStep> steps, boolean replied) {
        return new PastCase(
                new Application(
                        unit,
                        ApplicantKind.NATURAL_PERSON,
                        name,
                        null,
                        IdDocumentType.RESIDENT_ID,
                        "11010519491231002X",
                        "138 1234 5678",
                        null,
                        "示范县人民路 8 号",
                        null,
                        List.of(new Application.Item("考核指标测试所需信息", null, null)),
                        ProvisionForm.PAPER,
                        ObtainWay.POST),
                IntakeChannel.IN_PERSON,
                steps,
                replied ? new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "见附件", null, null) : null,
                replied ? ObtainWay.POST : null);
    }

    private static List<PastStep> replied(String received, String sent) {
        return List.of(
                PastStep.of(TimelineKind.REGISTERED, d(received)),
                PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d(received)),
                PastStep.of(TimelineKind.REPLY_SUBMITTED, d(sent)),
                PastStep.of(TimelineKind.REPLY_APPROVED, d(sent)),
                PastStep.of(TimelineKind.REPLY_SENT, d(sent)));
    }

    @Test
    void aQuarterOfRecordsRequestsAndInquiriesGivesItsIndicators_andTheRecordsBehindThem() {
        long unit = organizationId("示范县民政局");
        on("2026-03-02");
        Indicators.Row before = row(unit);

        // information: formed 10-09 and published 10-20 is within 20 working days; formed 09-01, published 10-20 is
        // not (the National Day holiday does not stretch it that far); one record from the old site
        on("2025-10-20");
        long timely = publish(unit, "考核测试：按时发布的通知", d("2025-10-09"));
        long late = publish(unit, "考核测试：逾期发布的通知", d("2025-09-01"));
        on("2026-03-02");
        actAs("gkb");
        long migrated = informationMigration
                .importPublished(
                        unit,
                        List.of(new InformationMigration.PublishedBefore(
                                InformationDrafts.draft("考核测试：迁移的行政规范性文件")
                                        .documentNumber("示民规〔2025〕9号")
                                        .type(DocumentType.NORMATIVE_DOCUMENT)
                                        .needsInterpretation(null)
                                        .formedDate(d("2025-11-01"))
                                        .build(),
                                null,
                                Instant.parse("2025-11-03T02:00:00Z"))),
                        true)
                .get(0);

        // requests: answered 10-22 against a 11-04 deadline, 11-06 against the same; received 10-09 and left open
        // past its period; received 12-15, still within its period on 12-31
        requestMigration.importCase(pastCase(unit, "按期", replied("2025-09-30", "2025-10-22"), true));
        long lateCase = requestMigration.importCase(pastCase(unit, "逾期", replied("2025-09-30", "2025-11-06"), true));
        long openCase = requestMigration.importCase(pastCase(
                unit,
                "未办结",
                List.of(
                        PastStep.of(TimelineKind.REGISTERED, d("2025-10-09")),
                        PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d("2025-10-09"))),
                false));
        requestMigration.importCase(pastCase(
                unit,
                "期限内",
                List.of(
                        PastStep.of(TimelineKind.REGISTERED, d("2025-12-15")),
                        PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d("2025-12-15"))),
                false));

        // inquiries: one answered in time, one late, one asked in August and never answered (the inspection's veto)
        on("2025-08-01");
        SecurityContextHolder.clearContext();
        var never = inquiries.ask(unit, "考核测试：一直未答复", "请问……", null, null, true);
        on("2025-10-09");
        SecurityContextHolder.clearContext();
        var inTime = inquiries.ask(unit, "考核测试：按期答复", "请问……", null, null, true);
        var lateAnswer = inquiries.ask(unit, "考核测试：超期答复", "请问……", null, null, true);
        on("2025-10-15");
        actAs("mz_editor");
        inquiries.answer(inTime.id(), version(inTime.id()), "答复。", true, null);
        on("2025-11-20");
        actAs("mz_editor");
        inquiries.answer(lateAnswer.id(), version(lateAnswer.id()), "答复。", true, null);

        on("2026-03-02");
        Indicators.Row after = row(unit);
        assertThat(count(after, Indicator.PUBLISHED) - count(before, Indicator.PUBLISHED))
                .isEqualTo(3);
        assertThat(of(after, Indicator.TIMELINESS) - of(before, Indicator.TIMELINESS))
                .as("the two published on the platform; the migrated one is not judged")
                .isEqualTo(2);
        assertThat(count(after, Indicator.TIMELINESS) - count(before, Indicator.TIMELINESS))
                .isEqualTo(1);
        assertThat(after.caveats()).anyMatch(c -> c.contains("从原网站迁移"));
        assertThat(of(after, Indicator.INTERPRETATION) - of(before, Indicator.INTERPRETATION))
                .as("the migrated 行政规范性文件 needs an interpretation it does not have")
                .isEqualTo(1);
        assertThat(count(after, Indicator.INTERPRETATION) - count(before, Indicator.INTERPRETATION))
                .isZero();
        assertThat(of(after, Indicator.REQUEST_ON_TIME) - of(before, Indicator.REQUEST_ON_TIME))
                .isEqualTo(2);
        assertThat(count(after, Indicator.REQUEST_ON_TIME) - count(before, Indicator.REQUEST_ON_TIME))
                .isEqualTo(1);
        assertThat(of(after, Indicator.REQUEST_CLOSURE) - of(before, Indicator.REQUEST_CLOSURE))
                .as("received in the quarter: the open one past its period counts, the one still within it does not")
                .isEqualTo(1);
        assertThat(count(after, Indicator.REQUEST_CLOSURE) - count(before, Indicator.REQUEST_CLOSURE))
                .isZero();
        assertThat(of(after, Indicator.INQUIRY_IN_TIME) - of(before, Indicator.INQUIRY_IN_TIME))
                .isEqualTo(2);
        assertThat(count(after, Indicator.INQUIRY_IN_TIME) - count(before, Indicator.INQUIRY_IN_TIME))
                .isEqualTo(1);
        assertThat(count(after, Indicator.INQUIRY_VETO) - count(before, Indicator.INQUIRY_VETO))
                .isEqualTo(1);
        assertThat(after.values().get(Indicator.INQUIRY_VETO).verdict()).isEqualTo(Indicators.Verdict.SHORT);

        // the records behind the figures
        actAs("gkb");
        assertThat(indicators.drill(unit, Indicator.TIMELINESS, Q4).lines())
                .anyMatch(e -> e.href().equals("/console/information/" + late))
                .noneMatch(e -> e.href().equals("/console/information/" + timely));
        assertThat(indicators.drill(unit, Indicator.PUBLISHED, Q4).lines())
                .anyMatch(e -> e.href().equals("/console/information/" + migrated)
                        && e.detail().contains("迁移"));
        assertThat(indicators.drill(unit, Indicator.INTERPRETATION, Q4).lines())
                .anyMatch(e -> e.href().equals("/console/information/" + migrated));
        assertThat(indicators.drill(unit, Indicator.REQUEST_ON_TIME, Q4).lines())
                .anyMatch(e -> e.href().equals("/console/requests/" + lateCase));
        assertThat(indicators.drill(unit, Indicator.REQUEST_CLOSURE, Q4).lines())
                .extracting(Indicators.Evidence::href)
                .contains("/console/requests/" + openCase);
        assertThat(indicators.drill(unit, Indicator.INQUIRY_IN_TIME, Q4).lines())
                .extracting(Indicators.Evidence::href)
                .contains("/console/inquiries/" + lateAnswer.id())
                .doesNotContain("/console/inquiries/" + inTime.id());
        assertThat(indicators.drill(unit, Indicator.INQUIRY_VETO, Q4).lines())
                .extracting(Indicators.Evidence::href)
                .contains("/console/inquiries/" + never.id());
    }

    @Test
    void aUnitsStaffSeeTheirUnitOnly_andTheCasesOnlyWhenTheyMayReadThem() {
        on("2026-03-02");
        long mz = organizationId("示范县民政局");
        long edu = organizationId("示范县教育局");
        actAs("edu_editor");
        assertThat(indicators.board(Q4).rows()).extracting(r -> r.unit().id()).containsExactly(edu);
        assertThatThrownBy(() -> indicators.drill(mz, Indicator.PUBLISHED, Q4))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(indicators.drill(edu, Indicator.REQUEST_ON_TIME, Q4).withheld())
                .as("an editor sees the rate, not the applicants' cases")
                .isNotNull();
        actAs("gkb");
        assertThat(indicators.board(Q4).rows()).extracting(r -> r.unit().id()).contains(mz, edu);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> indicators.board(Q4)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void periodsAreTypedAsYearQuarterOrMonth_andAnythingElseIsExplained() {
        assertThat(Period.parse("2025-Q4").from()).isEqualTo(d("2025-10-01"));
        assertThat(Period.parse("2025-Q4").to()).isEqualTo(d("2025-12-31"));
        assertThat(Period.parse("2026-02").to()).isEqualTo(d("2026-02-28"));
        assertThat(Period.parse("2025").label()).isEqualTo("2025 年");
        assertThat(Period.lastMonth(d("2026-01-05")).code()).isEqualTo("2025-12");
        assertThatThrownBy(() -> Period.parse("2025-13")).hasMessageContaining("月份");
        assertThatThrownBy(() -> Period.parse("2025-Q5")).hasMessageContaining("格式");
        assertThatThrownBy(() -> Period.parse("1999")).hasMessageContaining("2008");
        assertThat(Indicators.Value.percent(1899, 2000))
                .as("rounded down: 94.95% does not read as 95.0%")
                .isEqualTo("94.9%");
    }

    private int version(long inquiryId) {
        return jdbc.sql("select version from inquiry where id = ?")
                .param(inquiryId)
                .query(Integer.class)
                .single();
    }
}
