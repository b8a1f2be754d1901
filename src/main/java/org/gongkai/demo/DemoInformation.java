package org.gongkai.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.information.DisclosureAttribute;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationDraft;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationMigration;
import org.gongkai.information.InformationMigration.PublishedBefore;
import org.gongkai.information.InformationReview;
import org.gongkai.information.InterpretationForm;
import org.gongkai.information.Interpretations;
import org.gongkai.information.Validity;
import org.springframework.stereotype.Component;

/**
 * The demo county's government information: records published over two years by every department and
 * township (varied titles, 文号, topics, types and dates, some amended or repealed by later ones), brought
 * in through the migration service, plus records in each state of the review path. The same generator
 * makes any number of records for benchmarks ({@code --demo-records=100000}); the texts are drawn from a
 * seeded random source, so every run makes the same county.
 */
@Component
class DemoInformation {

    /** A unit's subjects, 文号 prefix, topic code and, for townships, their own 第二十一条 column. */
    record Profile(String unit, String prefix, String topic, List<String> subjects, DisclosureColumn localColumn) {}

    static final List<Profile> PROFILES = List.of(
            new Profile(
                    "示范县人民政府",
                    "示府发",
                    "0201",
                    List.of("政务公开", "优化营商环境", "乡村振兴", "防汛抗旱", "民生实事"),
                    DisclosureColumn.A21_PUBLIC_SERVICE),
            new Profile(
                    "示范县人民政府办公室",
                    "示府办发",
                    "0201",
                    List.of("政务公开", "政务服务", "督查督办", "电子政务", "信访工作"),
                    DisclosureColumn.A21_PUBLIC_SERVICE),
            new Profile(
                    "示范县发展和改革局",
                    "示发改发",
                    "0301",
                    List.of("重大项目建设", "价格监测", "粮食储备", "社会信用体系建设", "节能降耗"),
                    DisclosureColumn.A21_MUNICIPAL),
            new Profile(
                    "示范县教育局",
                    "示教发",
                    "1102",
                    List.of("义务教育招生入学", "学生资助", "校车安全管理", "教师招聘", "学前教育收费"),
                    DisclosureColumn.A21_PUBLIC_SERVICE),
            new Profile(
                    "示范县民政局",
                    "示民发",
                    "1703",
                    List.of("最低生活保障", "特困人员救助供养", "临时救助", "养老服务补贴", "婚姻登记服务"),
                    DisclosureColumn.A21_SOCIAL_ASSISTANCE),
            new Profile(
                    "示范县财政局",
                    "示财发",
                    "0401",
                    List.of("财政预算", "政府采购", "惠民惠农补贴", "国有资产管理", "债务管理"),
                    DisclosureColumn.A21_PUBLIC_WELFARE),
            new Profile(
                    "示范县自然资源局",
                    "示自然资发",
                    "0501",
                    List.of("土地征收", "不动产登记", "国土空间规划", "矿产资源管理", "耕地保护"),
                    DisclosureColumn.A21_LAND_EXPROPRIATION),
            new Profile(
                    "示范县住房和城乡建设局",
                    "示住建发",
                    "1002",
                    List.of("保障性住房", "房屋征收补偿", "城镇老旧小区改造", "建筑施工安全", "燃气安全"),
                    DisclosureColumn.A21_HOUSING_EXPROPRIATION),
            new Profile(
                    "示范县应急管理局",
                    "示应急发",
                    "0203",
                    List.of("安全生产检查", "森林防火", "自然灾害救助", "应急预案", "危险化学品管理"),
                    DisclosureColumn.A21_PUBLIC_SERVICE),
            new Profile(
                    "示范县司法局",
                    "示司发",
                    "1603",
                    List.of("法治宣传教育", "人民调解", "法律援助", "行政执法监督", "社区矫正"),
                    DisclosureColumn.A21_PUBLIC_SECURITY),
            new Profile(
                    "示范县人力资源和社会保障局",
                    "示人社发",
                    "1501",
                    List.of("就业创业补贴", "城乡居民养老保险", "事业单位公开招聘", "农民工工资支付", "职业技能培训"),
                    DisclosureColumn.A21_PUBLIC_SERVICE),
            new Profile(
                    "示范县东城街道办事处",
                    "东街发",
                    "0201",
                    List.of("社区治理", "城市管理", "居家养老服务", "就业服务", "社会救助"),
                    DisclosureColumn.A21_SOCIAL_ASSISTANCE),
            new Profile(
                    "示范县城关镇人民政府",
                    "城府发",
                    "0601",
                    List.of("高标准农田建设", "农村人居环境整治", "宅基地审批", "土地承包经营权流转", "防汛减灾"),
                    DisclosureColumn.A21_AGRICULTURAL_POLICY),
            new Profile(
                    "示范县河东镇人民政府",
                    "河府发",
                    "0603",
                    List.of("农田水利设施", "一事一议筹资筹劳", "农村公路养护", "耕地地力保护补贴", "村级财务公开"),
                    DisclosureColumn.A21_IRRIGATION),
            new Profile(
                    "示范县青山乡人民政府",
                    "青府发",
                    "0602",
                    List.of("森林防火", "退耕还林", "特色产业发展", "宅基地审批", "生态护林员"),
                    DisclosureColumn.A21_HOMESTEAD),
            new Profile(
                    "示范县白果乡人民政府",
                    "白府发",
                    "0601",
                    List.of("农业产业结构调整", "土地承包经营权流转", "移民后期扶持", "乡村道路建设", "临时救助"),
                    DisclosureColumn.A21_LAND_CONTRACT));

    private final InformationMigration migration;
    private final InformationEditing editing;
    private final InformationReview review;
    private final ZoneId zone;

    private final Interpretations interpretations;

    DemoInformation(
            InformationMigration migration,
            InformationEditing editing,
            InformationReview review,
            Interpretations interpretations,
            Clock clock) {
        this.interpretations = interpretations;
        this.zone = clock.getZone();
        this.migration = migration;
        this.editing = editing;
        this.review = review;
    }

    /**
     * Brings in {@code count} published records spread over the units, publication times between
     * {@code from} and {@code to}; returns the ids per unit name. Runs as the supervising office.
     */
    Map<String, List<Long>> publishHistory(
            Map<String, Long> orgs,
            int count,
            LocalDate from,
            LocalDate to,
            boolean announce,
            java.util.function.Consumer<Runnable> inTransaction) {
        Random random = new Random(20260302L);
        Map<String, List<PublishedBefore>> batches = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        for (int i = 0; i < count; i++) {
            Profile p = PROFILES.get(i % PROFILES.size());
            LocalDate day = from.plusDays((long) (random.nextDouble() * days));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2);
            }
            Instant publishedAt = day.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60)))
                    .atZone(zone)
                    .toInstant();
            LocalDate formed = day.minusDays(random.nextInt(12));
            int n = numbers.merge(p.unit() + day.getYear(), 1, Integer::sum);
            // the numbers from 9001 are the demo's own current records' (a county of a million passes them)
            n = n < 9000 ? n : n + 100;
            batches.computeIfAbsent(p.unit(), k -> new ArrayList<>())
                    .add(new PublishedBefore(record(p, random, day.getYear(), n, formed), null, publishedAt));
        }
        Map<String, List<Long>> ids = new HashMap<>();
        batches.forEach((unit, batch) -> {
            batch.sort(java.util.Comparator.comparing(PublishedBefore::publishedAt));
            for (int start = 0; start < batch.size(); start += 1000) {
                List<PublishedBefore> part = batch.subList(start, Math.min(batch.size(), start + 1000));
                inTransaction.accept(() -> ids.computeIfAbsent(unit, k -> new ArrayList<>())
                        .addAll(migration.importPublished(orgs.get(unit), part, announce)));
            }
        });
        return ids;
    }

    private static InformationDraft record(Profile p, Random random, int year, int n, LocalDate formed) {
        String subject = p.subjects().get(random.nextInt(p.subjects().size()));
        String shortUnit = DemoBodies.shortName(p.unit());
        int kind = random.nextInt(10);
        String number = null;
        DocumentType type;
        DisclosureColumn column;
        String title;
        switch (kind) {
            case 0, 1 -> {
                type = DocumentType.NORMATIVE_DOCUMENT;
                column = DisclosureColumn.A20_1;
                number = p.prefix() + "〔" + year + "〕" + n + "号";
                title = "关于印发《示范县" + subject + "管理办法》的通知";
            }
            case 2 -> {
                type = DocumentType.PLAN;
                column = DisclosureColumn.A20_3;
                title = "示范县" + subject + "工作方案（" + year + "—" + (year + 2) + "年）";
                number = p.prefix() + "〔" + year + "〕" + n + "号";
            }
            case 3 -> {
                type = DocumentType.STATISTICS;
                column = DisclosureColumn.A20_4;
                random.nextInt(12); // drawn as before, so that the records after this one stay the same
                // a month's figures come out after the month: those of the month before the record was formed
                LocalDate month = formed.minusMonths(1);
                title = shortUnit + month.getYear() + "年" + month.getMonthValue() + "月" + subject + "情况统计";
            }
            case 4 -> {
                type = DocumentType.WORK_REPORT;
                column = p.localColumn();
                // most are news of the unit's work (会议、调研、活动: the portal's 要闻动态), the rest a period's summary —
                // chosen by the record's number, not by a new draw, so that the records after this one stay the same
                // a year's summary is written after the year; within the year, the quarter's or half-year's
                int m = formed.getMonthValue();
                title = n % 3 != 0
                        ? DemoBodies.newsTitle(shortUnit, subject, n)
                        : m <= 3
                                ? shortUnit + (year - 1) + "年" + subject + "工作总结"
                                : m >= 7
                                        ? shortUnit + year + "年上半年" + subject + "工作总结"
                                        : shortUnit + year + "年一季度" + subject + "工作总结";
            }
            case 5 -> {
                type = DocumentType.PENALTY_DECISION;
                column = DisclosureColumn.A20_6;
                number = p.prefix().replace("发", "罚") + "〔" + year + "〕" + n + "号";
                title = "行政处罚决定书（" + number + "）";
            }
            case 6 -> {
                type = DocumentType.BUDGET;
                column = DisclosureColumn.A20_7;
                // the year's budget is published early in the year, the last year's final accounts later
                boolean budget = random.nextBoolean();
                title = p.unit() + (budget ? year : year - 1) + "年部门" + (budget ? "预算" : "决算") + "公开";
            }
            default -> {
                type = DocumentType.NOTICE;
                column = p.unit().contains("教育")
                                || p.unit().contains("民政")
                                || p.unit().contains("人力")
                        ? DisclosureColumn.A20_11
                        : p.localColumn();
                title = "关于做好" + year + "年" + subject + "工作的通知";
                number = p.prefix().replace("发", "函") + "〔" + year + "〕" + n + "号";
            }
        }
        String phone = "0818-6210" + String.format("%03d", random.nextInt(1000));
        String body = DemoBodies.of(type, title, number, subject, p.unit(), formed, phone);
        return new InformationDraft(
                title,
                number,
                formed,
                formed,
                type,
                p.topic(),
                column,
                subject + "," + shortUnit,
                shortUnit + "关于" + subject + "的" + type.label(),
                body,
                DisclosureAttribute.PROACTIVE,
                null,
                null,
                List.of(),
                null,
                null);
    }

    /**
     * Amended and repealed documents: in each of the first units, a normative document is repealed by a
     * later revision of it, and another is marked amended.
     */
    void markValidity(Map<String, List<Long>> ids, java.util.function.LongFunction<String> indexNumber) {
        for (String unit : List.of("示范县民政局", "示范县教育局", "示范县财政局")) {
            List<Long> list = ids.getOrDefault(unit, List.of());
            List<Long> normative = list.stream()
                    .filter(id -> editing.record(id).documentType() == DocumentType.NORMATIVE_DOCUMENT)
                    .toList();
            if (normative.size() < 2) {
                continue;
            }
            long old = normative.get(0);
            long newer = normative.get(normative.size() - 1);
            var r = editing.record(old);
            review.changeValidity(
                    old,
                    r.lockVersion(),
                    Validity.REPEALED,
                    editing.record(newer).formedDate(),
                    indexNumber.apply(newer));
            if (normative.size() > 2) {
                var amended = editing.record(normative.get(1));
                review.changeValidity(
                        amended.id(),
                        amended.lockVersion(),
                        Validity.AMENDED,
                        editing.record(newer).formedDate(),
                        indexNumber.apply(newer));
            }
        }
    }

    /** Records in each state of the review path, for the demo accounts to work on. */
    void workInProgress(Map<String, Long> orgs, java.util.function.Consumer<String> actAs, LocalDate today) {
        actAs.accept("mz_editor");
        editing.create(
                orgs.get("示范县民政局"),
                new InformationDraft(
                        "关于" + today.getYear() + "年春节困难群众慰问金发放情况的公示",
                        null,
                        today.minusDays(3),
                        today.minusDays(3),
                        DocumentType.NOTICE,
                        "1703",
                        DisclosureColumn.A21_SOCIAL_ASSISTANCE,
                        "慰问金,困难群众",
                        "春节慰问金发放名单公示",
                        "慰问对象：王某某，身份证号 11010519491231002X，联系电话 13812345678，发放金额 800 元。\n公示期 5 个工作日。",
                        DisclosureAttribute.PROACTIVE,
                        null,
                        null,
                        List.of(),
                        null,
                        null));

        actAs.accept("edu_editor");
        long submitted = editing.create(
                orgs.get("示范县教育局"),
                new InformationDraft(
                        "示范县" + today.getYear() + "年义务教育阶段学校招生入学工作实施方案",
                        "示教发〔" + today.getYear() + "〕9001号",
                        today.minusDays(5),
                        today.minusDays(5),
                        DocumentType.NORMATIVE_DOCUMENT,
                        "1102",
                        DisclosureColumn.A20_1,
                        "招生,入学",
                        "义务教育招生入学的对象、方式和时间安排",
                        "一、招生对象。\n二、招生方式。\n三、时间安排。",
                        DisclosureAttribute.PROACTIVE,
                        null,
                        null,
                        List.of(),
                        null,
                        null));
        editing.submit(submitted, editing.record(submitted).lockVersion());
        // 三同步: its 问答 goes through review beside it and is signed off with it
        long qa = editing.create(
                orgs.get("示范县教育局"),
                interpretationDraft(
                        "《示范县" + today.getYear() + "年义务教育阶段学校招生入学工作实施方案》政策问答",
                        "1102",
                        today.minusDays(5),
                        "<p>问：哪些儿童可以在本县就读？</p><p>答：具有本县户籍或随迁子女，符合入学年龄的儿童。</p>"
                                + "<p>问：什么时候报名？</p><p>答：报名时间以学校公告为准。</p>"));
        interpretations.describe(
                qa,
                editing.record(qa).lockVersion(),
                InterpretationForm.QA,
                "示范县教育局基础教育股",
                null,
                List.of(submitted),
                null);
        editing.submit(qa, editing.record(qa).lockVersion());

        long cleared = editing.create(
                orgs.get("示范县教育局"),
                new InformationDraft(
                        "关于公布" + today.getYear() + "年学前教育资助名额分配的通知",
                        "示教函〔" + today.getYear() + "〕9002号",
                        today.minusDays(8),
                        today.minusDays(8),
                        DocumentType.NOTICE,
                        "1102",
                        DisclosureColumn.A20_11,
                        "学前教育,资助",
                        "学前教育资助名额分配",
                        "各幼儿园：现将资助名额分配如下。",
                        DisclosureAttribute.PROACTIVE,
                        null,
                        null,
                        List.of(),
                        null,
                        null));
        editing.submit(cleared, editing.record(cleared).lockVersion());
        actAs.accept("edu_reviewer");
        review.secrecyReview(cleared, editing.record(cleared).lockVersion(), true, "未发现涉密内容");

        interpretedPolicy(orgs.get("示范县民政局"), actAs, today);

        actAs.accept("cg_editor");
        editing.create(
                orgs.get("示范县城关镇人民政府"),
                new InformationDraft(
                        "城关镇高标准农田建设项目实施情况",
                        null,
                        today.minusDays(40),
                        today.minusDays(40),
                        DocumentType.WORK_REPORT,
                        "0601",
                        DisclosureColumn.A21_AGRICULTURAL_POLICY,
                        "高标准农田",
                        "项目进度与资金使用",
                        "项目总体进展顺利。",
                        DisclosureAttribute.PROACTIVE,
                        null,
                        null,
                        List.of(),
                        null,
                        null));
    }

    /** A 行政规范性文件 published with its 图解 (三同步), linked both ways on the portal. */
    private void interpretedPolicy(long unit, java.util.function.Consumer<String> actAs, LocalDate today) {
        actAs.accept("mz_editor");
        long policy = editing.create(
                unit,
                new InformationDraft(
                        "示范县临时救助实施办法",
                        "示民规〔" + today.getYear() + "〕1号",
                        today.minusDays(2),
                        today.minusDays(2),
                        DocumentType.NORMATIVE_DOCUMENT,
                        "1703",
                        DisclosureColumn.A20_1,
                        "临时救助,社会救助",
                        "临时救助的对象、标准和办理程序",
                        "<p>第一条 为规范临时救助工作，根据《社会救助暂行办法》，制定本办法。</p>"
                                + "<p>第二条 本办法适用于本县行政区域内的临时救助工作。</p>"
                                + "<p>第三条 因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，可以申请临时救助。</p>",
                        DisclosureAttribute.PROACTIVE,
                        null,
                        null,
                        List.of(),
                        null,
                        null));
        long graphic = editing.create(
                unit,
                interpretationDraft(
                        "一图读懂《示范县临时救助实施办法》", "1703", today.minusDays(2), "<p>一图读懂临时救助：谁可以申请、救助多少、怎么办理。</p>"));
        interpretations.describe(
                graphic,
                editing.record(graphic).lockVersion(),
                InterpretationForm.GRAPHIC,
                "示范县民政局社会救助股",
                "谁可以申请：因意外事件、突发重大疾病等原因基本生活暂时出现严重困难的家庭。\n"
                        + "救助多少：一般不超过当地月最低生活保障标准的六倍。\n"
                        + "怎么办理：向户籍所在地乡镇人民政府（街道办事处）提出申请，紧急情况可先行救助。",
                List.of(policy),
                null);
        for (long id : List.of(policy, graphic)) {
            editing.submit(id, editing.record(id).lockVersion());
        }
        actAs.accept("mz_reviewer");
        for (long id : List.of(policy, graphic)) {
            review.secrecyReview(id, editing.record(id).lockVersion(), true, "未发现涉密内容");
        }
        actAs.accept("mz_signer");
        review.signOff(policy, editing.record(policy).lockVersion(), true, "同意，与图解同步发布", null);
    }

    private static InformationDraft interpretationDraft(String title, String topic, LocalDate formed, String body) {
        return new InformationDraft(
                title,
                null,
                null,
                formed,
                DocumentType.INTERPRETATION,
                topic,
                null,
                "政策解读",
                null,
                body,
                DisclosureAttribute.PROACTIVE,
                null,
                null,
                List.of(),
                null,
                null);
    }
}
