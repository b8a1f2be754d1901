package org.gongkai.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.information.DisclosureAttribute;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationDraft;
import org.gongkai.information.InformationMigration;
import org.gongkai.information.InformationMigration.PublishedBefore;
import org.gongkai.information.PublishedContent;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportImports;
import org.springframework.stereotype.Component;

/**
 * The demo county's portal as a well-kept county's is, with four faults planted for its site self-inspection to find
 * (issue 16 §4) — and only those:
 * <ul>
 *   <li>an empty column: {@value #NO_REPORT} has no annual report on the portal (every other unit's 2023 report was
 *       brought in from the old site, the portal names it with where it was published);
 *   <li>a stale column: {@value #STALE_UNIT}'s 政策解读, whose only interpretation was published eight months ago;
 *   <li>a broken link: an old-site notice of the 民政局 links to a record number that does not exist;
 *   <li>an exposed ID number: an old-site 公示 of the 城关镇 shows a person's ID number unmasked.
 * </ul>
 * The columns the inspection looks at (要闻动态 2 weeks, 通知公告 and 政策文件 6 months) that the random history left
 * older than their periods get a current record each, as a working unit's would.
 */
@Component
class DemoSite {

    static final String NO_REPORT = "示范县白果乡人民政府";
    static final String STALE_UNIT = "示范县应急管理局";
    /** A fictional but well-formed ID number (its check character computed), so that the scanners know it for one. */
    static final String ID_NUMBER =
            "51079919880315002" + org.gongkai.shared.ResidentIdNumber.checkCharacter("51079919880315002");

    private final InformationMigration migration;
    private final PublishedContent content;
    private final ReportImports reports;
    private final Clock clock;

    DemoSite(InformationMigration migration, PublishedContent content, ReportImports reports, Clock clock) {
        this.migration = migration;
        this.content = content;
        this.reports = reports;
        this.clock = clock;
    }

    /** Runs as the county's supervising office. */
    void load(Map<String, Long> orgs, List<String> units) {
        LocalDate today = LocalDate.now(clock);
        freshen(orgs, units, today);
        annualReports(orgs, units, today);
        faults(orgs, today);
    }

    private record Rule(DocumentType type, DisclosureColumn column, Duration period, int daysAgo) {}

    private void freshen(Map<String, Long> orgs, List<String> units, LocalDate today) {
        Instant now = clock.instant();
        Map<String, Rule> rules = new HashMap<>();
        rules.put(DocumentType.WORK_REPORT.name(), new Rule(DocumentType.WORK_REPORT, null, Duration.ofDays(14), 3));
        rules.put(DocumentType.NOTICE.name(), new Rule(DocumentType.NOTICE, null, Duration.ofDays(183), 20));
        rules.put(
                DisclosureColumn.A20_1.name(),
                new Rule(DocumentType.NORMATIVE_DOCUMENT, DisclosureColumn.A20_1, Duration.ofDays(183), 40));
        Map<Long, String> names = new HashMap<>();
        units.forEach(u -> names.put(orgs.get(u), u));
        Map<Long, List<PublishedBefore>> fresh = new HashMap<>();
        Set<String> done = new HashSet<>();
        for (PublishedContent.ColumnFreshness c : content.columns(
                List.of(DocumentType.WORK_REPORT, DocumentType.NOTICE), List.of(DisclosureColumn.A20_1))) {
            Rule rule = rules.get(c.column());
            String unit = names.get(c.organizationId());
            if (rule == null
                    || unit == null
                    || c.records() == 0
                    || c.newest().isAfter(now.minus(rule.period()))
                    || !done.add(unit + rule.type())) {
                continue;
            }
            fresh.computeIfAbsent(c.organizationId(), k -> new ArrayList<>()).add(current(unit, rule, today));
        }
        fresh.forEach((unit, records) -> migration.importPublished(unit, records, false));
    }

    private static DemoInformation.Profile profile(String unit) {
        return DemoInformation.PROFILES.stream()
                .filter(p -> p.unit().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    private PublishedBefore current(String unit, Rule rule, LocalDate today) {
        String shortUnit = DemoBodies.shortName(unit);
        DemoInformation.Profile profile = profile(unit);
        LocalDate day = workday(today.minusDays(rule.daysAgo()));
        int year = day.getYear();
        String title;
        String body;
        DisclosureColumn column = rule.column();
        switch (rule.type()) {
            case WORK_REPORT -> {
                title = shortUnit + "召开" + day.getMonthValue() + "月份重点工作推进会";
                body = "<p>" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日，" + unit
                        + "召开重点工作推进会，逐项梳理年度目标任务完成情况，研究部署下一阶段工作。</p>"
                        + "<p>会议要求，各股室要对照年度任务清单倒排工期，确保各项工作按期完成。</p>";
                column = profile.localColumn();
            }
            case NOTICE -> {
                title = "关于做好" + year + "年岁末年初安全生产和值班值守工作的通知";
                body = "<p>各股室、所属单位：</p><p>为确保岁末年初各项工作平稳有序，现就做好安全生产和值班值守工作通知如下：一、压实工作责任；"
                        + "二、开展隐患排查；三、严格值班值守，遇有重要情况及时报告。</p><p>" + unit + "</p>";
                column = profile.localColumn();
            }
            default -> {
                title = "关于印发《" + unit + "行政规范性文件管理办法》的通知";
                body = "<p>各股室、所属单位：</p><p>现将《" + unit
                        + "行政规范性文件管理办法》印发给你们，请认真贯彻执行。</p><p>第一条 为规范行政规范性文件的制定和监督管理，制定本办法。</p>";
            }
        }
        InformationDraft draft = new InformationDraft(
                title,
                null,
                day,
                day,
                rule.type(),
                profile.topic(),
                column,
                shortUnit,
                title,
                body,
                DisclosureAttribute.PROACTIVE,
                null,
                null,
                List.of(),
                null,
                null);
        return new PublishedBefore(draft, null, at(day));
    }

    /**
     * Every unit's 2023 report, as published on the old site in January 2024, brought in with its figures (issue 12 §8);
     * all but {@value #NO_REPORT}'s. The 2025 reports are produced from the platform's own records.
     */
    private void annualReports(Map<String, Long> orgs, List<String> units, LocalDate today) {
        ReportFormat format = ReportFormat.V2021;
        Map<String, String> zeros = new HashMap<>();
        reports.labels(format).keySet().forEach(k -> zeros.put(k, "0"));
        LocalDate publishedOn = LocalDate.of(2024, 1, 22);
        if (!publishedOn.isBefore(today)) {
            return;
        }
        for (String unit : units) {
            if (!unit.equals(NO_REPORT)) {
                reports.importTyped(orgs.get(unit), 2023, format, publishedOn, "原政府网站“政府信息公开年报”栏目（演示数据）", zeros);
            }
        }
    }

    private void faults(Map<String, Long> orgs, LocalDate today) {
        LocalDate old = workday(today.minusDays(240));
        migration.importPublished(
                orgs.get(STALE_UNIT),
                List.of(new PublishedBefore(
                        draft(
                                STALE_UNIT,
                                "《示范县自然灾害救助应急预案》政策解读",
                                DocumentType.INTERPRETATION,
                                null,
                                old,
                                "<p>一、修订背景。二、主要内容：预案明确了灾害分级、应急响应和救助标准。三、适用范围。</p>"),
                        null,
                        at(old))),
                false);
        LocalDate notice = workday(today.minusDays(45));
        migration.importPublished(
                orgs.get("示范县民政局"),
                List.of(new PublishedBefore(
                        draft(
                                "示范县民政局",
                                "关于转发《示范县最低生活保障工作规程》的通知",
                                DocumentType.NOTICE,
                                DisclosureColumn.A20_11,
                                notice,
                                "<p>各乡镇人民政府（街道办事处）：</p><p>现将《示范县最低生活保障工作规程》转发给你们，请遵照执行。规程全文见"
                                        + "<a href=\"/information/MB0001525/2024-09999\">示范县最低生活保障工作规程</a>。</p>"),
                        null,
                        at(notice))),
                false);
        LocalDate list = workday(today.minusDays(60));
        migration.importPublished(
                orgs.get("示范县城关镇人民政府"),
                List.of(new PublishedBefore(
                        draft(
                                "示范县城关镇人民政府",
                                "城关镇" + list.getYear() + "年第三季度临时救助对象公示",
                                DocumentType.NOTICE,
                                DisclosureColumn.A20_11,
                                list,
                                "<p>经个人申请、入户调查、民主评议，拟对以下对象给予临时救助，现予公示：</p>"
                                        + "<p>周某某，身份证号 " + ID_NUMBER + "，红星村，救助金额 2000 元。</p>"
                                        + "<p>公示期 7 天。联系电话 0818-6210100。</p>"),
                        null,
                        at(list))),
                false);
    }

    private static InformationDraft draft(
            String unit, String title, DocumentType type, DisclosureColumn column, LocalDate formed, String body) {
        return new InformationDraft(
                title,
                null,
                formed,
                formed,
                type,
                profile(unit).topic(),
                column,
                null,
                title,
                body,
                DisclosureAttribute.PROACTIVE,
                null,
                null,
                List.of(),
                null,
                null);
    }

    private Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant();
    }

    private static LocalDate workday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY
                ? d.minusDays(1)
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(2) : d;
    }
}
