package org.gongkai.demo;

import static org.gongkai.request.TimelineKind.ARCHIVED;
import static org.gongkai.request.TimelineKind.CONSULTATION_ANSWERED;
import static org.gongkai.request.TimelineKind.CONSULTATION_OPENED;
import static org.gongkai.request.TimelineKind.CORRECTED;
import static org.gongkai.request.TimelineKind.CORRECTION_LAPSED;
import static org.gongkai.request.TimelineKind.CORRECTION_REQUESTED;
import static org.gongkai.request.TimelineKind.DELIVERED;
import static org.gongkai.request.TimelineKind.EXTENDED;
import static org.gongkai.request.TimelineKind.FEE_LAPSED;
import static org.gongkai.request.TimelineKind.FEE_NOTIFIED;
import static org.gongkai.request.TimelineKind.FEE_PAID;
import static org.gongkai.request.TimelineKind.RECEIPT_CONFIRMED;
import static org.gongkai.request.TimelineKind.REGISTERED;
import static org.gongkai.request.TimelineKind.REPLY_APPROVED;
import static org.gongkai.request.TimelineKind.REPLY_SENT;
import static org.gongkai.request.TimelineKind.REPLY_SUBMITTED;
import static org.gongkai.request.TimelineKind.SUBMITTED;
import static org.gongkai.request.TimelineKind.WITHDRAWN;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.organization.UnifiedSocialCreditCode;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.Application;
import org.gongkai.request.ConsultationKind;
import org.gongkai.request.IdDocumentType;
import org.gongkai.request.IntakeChannel;
import org.gongkai.request.ObtainWay;
import org.gongkai.request.ProvisionForm;
import org.gongkai.request.ReplyDraft;
import org.gongkai.request.ReplyOutcome;
import org.gongkai.request.RequestIntake;
import org.gongkai.request.RequestMigration;
import org.gongkai.request.RequestMigration.PastCase;
import org.gongkai.request.RequestMigration.PastStep;
import org.gongkai.shared.ResidentIdNumber;
import org.gongkai.shared.WithholdingGround;
import org.springframework.stereotype.Component;

/**
 * A year of 依申请公开 for the demo county (issue 11 "Done when"), and the whole of the last calendar year for its annual
 * report (issue 12): cases of the county government, 民政局 and 城关镇 in
 * every state — replied with each kind of outcome, corrected, lapsed, consulted, extended, charged, withdrawn,
 * archived — brought in through the ledger migration (every step replayed through the move table), and three online
 * applications waiting for receipt. One handling case of 城关镇 is deliberately overdue, so the supervising office's
 * reminders have something true to show.
 */
@Component
class DemoRequests {

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"};
    private static final String[][] ITEMS = {
        {"示范县民政局", "2025年城乡最低生活保障资金发放明细", null},
        {"示范县民政局", "特困人员供养服务机构名单", null},
        {"示范县民政局", "临时救助审批结果", "民政局 2025 年下半年临时救助的审批情况"},
        {"示范县民政局", "养老服务补贴发放标准", "示民发〔2025〕12号"},
        {"示范县城关镇人民政府", "城关镇2025年农村危房改造补助名单", null},
        {"示范县城关镇人民政府", "城关镇征地补偿安置方案", "城关镇东街片区征地补偿标准和安置方式"},
        {"示范县城关镇人民政府", "城关镇2025年财政预算执行情况", null},
        {"示范县人民政府", "示范县国土空间总体规划批复", null},
        {"示范县人民政府", "县政府常务会议纪要", "2025 年第 8 次县政府常务会议关于老旧小区改造的议定事项"},
        {"示范县人民政府", "示范县2025年重大建设项目批准文件", "示府函〔2025〕31号"}
    };

    private final RequestMigration migration;
    private final RequestIntake intake;

    DemoRequests(RequestMigration migration, RequestIntake intake) {
        this.migration = migration;
        this.intake = intake;
    }

    /** The concluded and open cases, as the supervising office (SUPERVISOR over the county). */
    void ledger(Map<String, Long> orgs, LocalDate today) {
        Random random = new Random(20251001L);
        String[] units = {"示范县民政局", "示范县城关镇人民政府", "示范县人民政府"};
        int n = 0;
        // concluded over the past year: 36 cases, receipts from 360 to 45 days ago
        for (int i = 0; i < 36; i++) {
            String unit = units[i % units.length];
            LocalDate received = workday(today.minusDays(45 + random.nextInt(316)));
            migration.importCase(concluded(i, application(orgs.get(unit), unit, random, n++), received));
        }
        // open now: each state once per unit, recent receipts
        for (String unit : units) {
            for (int state = 0; state < 6; state++) {
                LocalDate received = workday(today.minusDays(3 + random.nextInt(12)));
                migration.importCase(open(state, application(orgs.get(unit), unit, random, n++), received, today));
            }
        }
        // the one overdue case: 城关镇, received seven weeks ago, still being handled
        LocalDate late = workday(today.minusDays(49));
        migration.importCase(new PastCase(
                application(orgs.get("示范县城关镇人民政府"), "示范县城关镇人民政府", random, n),
                IntakeChannel.POST,
                List.of(PastStep.of(REGISTERED, late).note("挂号信"), PastStep.of(RECEIPT_CONFIRMED, late)),
                null,
                null));
        // the whole of last calendar year, so that its annual report (issue 12) has a year of cases to count:
        // receipts from January to December, those of its last weeks concluded in the new year (上年结转)
        // (a random and numbers of their own, after every other case: the cases above keep their ids and data)
        Random year = new Random(20250101L);
        int m = 600;
        int lastYear = today.getYear() - 1;
        for (int i = 0; i < 30; i++) {
            String unit = units[i % units.length];
            LocalDate received = workday(LocalDate.of(lastYear, 1, 5).plusDays(year.nextInt(355)));
            if (received.isAfter(today.minusDays(45))) {
                continue; // early in a year: what would conclude after today stays out of the ledger
            }
            migration.importCase(concluded(i, application(orgs.get(unit), unit, year, m++), received));
        }
    }

    /** Online applications nobody has confirmed yet (public, no sign-in). */
    void waitingForReceipt(Map<String, Long> orgs) {
        Random random = new Random(20251130L);
        String[] units = {"示范县民政局", "示范县城关镇人民政府", "示范县人民政府"};
        for (int i = 0; i < units.length; i++) {
            intake.applyOnline(application(orgs.get(units[i]), units[i], random, 900 + i));
        }
    }

    private static PastCase concluded(int i, Application a, LocalDate r) {
        List<PastStep> steps = new ArrayList<>();
        IntakeChannel channel = i % 4 == 0
                ? IntakeChannel.ONLINE
                : i % 4 == 1 ? IntakeChannel.IN_PERSON : i % 4 == 2 ? IntakeChannel.POST : IntakeChannel.LETTER;
        steps.add(channel == IntakeChannel.ONLINE ? PastStep.of(SUBMITTED, r) : PastStep.of(REGISTERED, r));
        steps.add(PastStep.of(RECEIPT_CONFIRMED, r));
        ReplyDraft reply;
        int path = i % 12;
        LocalDate day = r;
        switch (path) {
            case 1 -> { // correction, then reply
                steps.add(PastStep.of(CORRECTION_REQUESTED, r.plusDays(2))
                        .until(r.plusDays(23))
                        .note("请写明所需信息的年度和范围"));
                day = r.plusDays(7);
                steps.add(PastStep.of(CORRECTED, day));
            }
            case 2 -> { // correction lapsed
                steps.add(PastStep.of(CORRECTION_REQUESTED, r.plusDays(2))
                        .until(r.plusDays(23))
                        .note("请写明所需信息的名称或文号"));
                steps.add(PastStep.of(CORRECTION_LAPSED, r.plusDays(24)));
                return new PastCase(a, channel, steps, null, null);
            }
            case 3 -> { // third party consulted
                steps.add(PastStep.of(CONSULTATION_OPENED, r.plusDays(3))
                        .ref(1)
                        .until(r.plusDays(24))
                        .note(ConsultationKind.THIRD_PARTY.label() + "示范县某建设有限公司")
                        .code(ConsultationKind.THIRD_PARTY.name()));
                day = r.plusDays(12);
                steps.add(PastStep.of(CONSULTATION_ANSWERED, day)
                        .ref(1)
                        .note("不同意公开，涉及商业秘密")
                        .code("OBJECTS"));
            }
            case 4 -> { // extended
                day = r.plusDays(20);
                steps.add(PastStep.of(EXTENDED, day).days(15).note("需调取多个年度档案"));
            }
            case 5 -> { // fee paid
                steps.add(PastStep.of(FEE_NOTIFIED, r.plusDays(3))
                        .until(r.plusDays(31))
                        .note("按量计收：120 页，应缴 1100 元")
                        .code("BY_VOLUME"));
                day = r.plusDays(9);
                steps.add(PastStep.of(FEE_PAID, day).note("非税收入缴款书 51000" + (1000 + i)));
            }
            case 6 -> { // fee unpaid
                steps.add(PastStep.of(FEE_NOTIFIED, r.plusDays(3))
                        .until(r.plusDays(31))
                        .note("按件计收：本月此前 12 件，本申请 2 件，应缴 200 元")
                        .code("BY_COUNT"));
                steps.add(PastStep.of(FEE_LAPSED, r.plusDays(32)));
                return new PastCase(a, channel, steps, null, null);
            }
            case 7 -> { // withdrawn
                steps.add(PastStep.of(WITHDRAWN, r.plusDays(5)).note("申请人书面撤回"));
                return new PastCase(a, channel, steps, null, null);
            }
            default -> {
                // replied straight away
            }
        }
        reply = switch (path) {
            case 3 ->
                new ReplyDraft(
                        ReplyOutcome.WITHHELD,
                        WithholdingGround.THIRD_PARTY_RIGHTS,
                        "所申请信息涉及第三方商业秘密，经书面征求意见，第三方不同意公开（第十五条、第三十二条）。",
                        null,
                        null,
                        null);
            case 8 ->
                new ReplyDraft(
                        ReplyOutcome.PARTIALLY_DISCLOSED,
                        WithholdingGround.PROCESS_INFORMATION,
                        "其中的讨论记录属于过程性信息，不予公开（第十六条第二款）。",
                        "可以公开的部分见附件。",
                        null,
                        null);
            case 9 ->
                new ReplyDraft(
                        ReplyOutcome.UNAVAILABLE_NOT_HELD,
                        null,
                        "经检索，本机关未制作或获取该信息。",
                        null,
                        "示范县自然资源局",
                        "0818-6210008，示范县人民路 20 号");
            case 10 ->
                new ReplyDraft(
                        ReplyOutcome.NOT_PROCESSED_PETITION,
                        null,
                        "您反映的问题属于信访事项，不作为政府信息公开申请处理，请通过信访渠道反映（第三十九条）。",
                        null,
                        null,
                        null);
            case 11 ->
                new ReplyDraft(
                        ReplyOutcome.UNAVAILABLE_REQUIRES_CREATION,
                        null,
                        "所需信息须对现有信息进行加工、分析，本机关不予另行制作（第三十八条）。",
                        null,
                        null,
                        null);
            default -> new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "所申请信息见附件，并可在本机关门户网站政府信息公开栏目查阅。", null, null);
        };
        steps.add(PastStep.of(REPLY_SUBMITTED, day.plusDays(5)));
        steps.add(PastStep.of(REPLY_APPROVED, day.plusDays(6)));
        steps.add(PastStep.of(REPLY_SENT, day.plusDays(7)));
        if (i % 3 == 0) {
            steps.add(PastStep.of(DELIVERED, day.plusDays(9)).note("邮政挂号回执"));
            steps.add(PastStep.of(ARCHIVED, day.plusDays(10)));
        }
        return new PastCase(a, channel, steps, reply, ObtainWay.POST);
    }

    private static PastCase open(int state, Application a, LocalDate r, LocalDate today) {
        List<PastStep> steps = new ArrayList<>();
        steps.add(PastStep.of(REGISTERED, r).note("当面提交"));
        steps.add(PastStep.of(RECEIPT_CONFIRMED, r));
        ReplyDraft reply = null;
        switch (state) {
            case 1 ->
                steps.add(PastStep.of(CORRECTION_REQUESTED, r.plusDays(1))
                        .until(r.plusDays(22))
                        .note("请写明所需信息的年度"));
            case 2 ->
                steps.add(PastStep.of(CONSULTATION_OPENED, r.plusDays(1))
                        .ref(1)
                        .until(r.plusDays(22))
                        .note(ConsultationKind.CO_PRODUCER.label() + "示范县财政局")
                        .code(ConsultationKind.CO_PRODUCER.name()));
            case 3 ->
                steps.add(PastStep.of(FEE_NOTIFIED, r.plusDays(1))
                        .until(r.plusDays(29))
                        .note("按量计收：45 页，应缴 150 元")
                        .code("BY_VOLUME"));
            case 4, 5 -> {
                reply = new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "所申请信息见附件。", null, null);
                steps.add(PastStep.of(REPLY_SUBMITTED, min(r.plusDays(2), today)));
                if (state == 5) {
                    steps.add(PastStep.of(REPLY_APPROVED, min(r.plusDays(3), today)));
                }
            }
            default -> {
                // handling
            }
        }
        return new PastCase(a, IntakeChannel.IN_PERSON, steps, reply, null);
    }

    private static Application application(long unit, String unitName, Random random, int n) {
        List<String[]> items = new ArrayList<>();
        for (String[] item : ITEMS) {
            if (item[0].equals(unitName)) {
                items.add(item);
            }
        }
        String[] item = items.get(n % items.size());
        boolean organization = n % 5 == 4;
        ApplicantKind kind = organization ? ApplicantKind.values()[1 + (n / 5) % 5] : ApplicantKind.NATURAL_PERSON;
        String name = organization
                ? new String[] {"示范县某商贸有限公司", "某省社会科学研究所", "示范县某公益服务中心", "某律师事务所", "示范县某村股份经济合作社"}[(n / 5) % 5]
                : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String id = organization ? creditCode(n) : idNumber(random);
        return new Application(
                unit,
                kind,
                name,
                organization ? "联系人" + SURNAMES[n % SURNAMES.length] + "先生" : null,
                organization ? IdDocumentType.CREDIT_CODE : IdDocumentType.RESIDENT_ID,
                id,
                "139" + String.format("%08d", 10_000_000 + random.nextInt(89_999_999)),
                n % 2 == 0 ? "applicant" + n + "@example.com" : null,
                "示范县人民路 " + (1 + random.nextInt(200)) + " 号",
                "610000",
                List.of(new Application.Item(
                        item[1],
                        item[2] != null && item[2].contains("〔") ? item[2] : null,
                        item[2] != null && !item[2].contains("〔") ? item[2] : null)),
                n % 3 == 0 ? ProvisionForm.ELECTRONIC_DATA : ProvisionForm.PAPER,
                n % 2 == 0 ? ObtainWay.EMAIL : ObtainWay.POST);
    }

    /** A resident ID number that passes GB 11643: a county code, a birth date, a sequence, the check character. */
    private static String idNumber(Random random) {
        String first17 = "510824" + (1950 + random.nextInt(50))
                + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String creditCode(int n) {
        String first17 = "91510824MA6" + String.format("%06d", 100_000 + n);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static LocalDate workday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY
                ? d.minusDays(1)
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(2) : d;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
