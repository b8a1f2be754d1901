package org.gongkai.report;

import static org.gongkai.report.ReportRepository.sets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.information.AnnualFigures;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.Role;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.RequestStatistics;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, checking, reviewing and publishing a unit's annual report (issue 12 §2–§5; lifecycle on
 * {@link AnnualReport}, moves in {@link ReportMove}). The unit's editors or the supervising office draft it, the unit's
 * signer approves or returns it — never the one who submitted it — and it is published in the portal's
 * 政府信息公开年报 column. Every write is audited and guarded by the state and version the page was read in.
 */
@Service
public class AnnualReporting {

    /** Who drafts, corrects and publishes a unit's report. */
    static final Set<Role> WRITERS = EnumSet.of(Role.EDITOR, Role.SUPERVISOR);

    /** Longest section text accepted (about ten printed pages). */
    public static final int MAX_SECTION = 20_000;

    /** The first year of the 2021 format (国办公开办函〔2021〕30号, issued 2021-09-26, for the 2021 reports on). */
    public static final int FIRST_YEAR = 2021;

    private final ReportRepository reports;
    private final ReportFigures reportFigures;
    private final AnnualReports figures;
    private final AnnualFigures information;
    private final RequestStatistics requests;
    private final CatalogCompilation catalogs;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportDeadlines deadlines;

    AnnualReporting(
            ReportRepository reports,
            ReportFigures reportFigures,
            AnnualReports figures,
            AnnualFigures information,
            RequestStatistics requests,
            CatalogCompilation catalogs,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            ReportDeadlines deadlines) {
        this.reports = reports;
        this.reportFigures = reportFigures;
        this.figures = figures;
        this.information = information;
        this.requests = requests;
        this.catalogs = catalogs;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** What the staff member may do with the edition shown; {@code rollup}: may base it on the roll-up (§6). */
    public record Permissions(boolean write, boolean approve, boolean publish, boolean listCases, boolean rollup) {}

    /** An edition as the console shows it: its tables (live while drafted, frozen after), checks and history. */
    public record ReportView(
            AnnualReport report,
            Organization unit,
            ReportTables tables,
            List<PrintedTable> printed,
            Map<EnteredCell, EnteredValue> entries,
            List<String> problems,
            List<String> notes,
            ReportDeadline deadline,
            boolean late,
            List<AnnualReport> editions,
            Permissions can) {

        public String title() {
            return report.title(unit.name());
        }
    }

    /** One unit's report for a year as the office's status list shows it. */
    public record UnitStatus(
            Organization unit,
            AnnualReport latest,
            AnnualReport published,
            ReportDeadline deadline,
            boolean late,
            boolean canStart) {}

    /** The year's facts offered beside the editor (issue 12 §2). */
    public record ReportFacts(
            Map<DisclosureColumn, Long> publishedByColumn,
            long published,
            CatalogCompilation.YearFacts catalogs,
            RequestStatistics.YearFacts requests) {}

    // --- reading

    /** The reporting units in the staff member's scope with their report for the year and its deadline. */
    @Transactional(readOnly = true)
    public List<UnitStatus> statuses(int year) {
        return statuses(year, figures.units(), true);
    }

    /**
     * Every reporting unit with its report for the year and its deadline, whoever asks (none may start a report from
     * it): for the supervision figures, whose callers decide who sees which unit.
     */
    @Transactional(readOnly = true)
    public List<UnitStatus> statusesOfEveryUnit(int year) {
        return statuses(year, figures.allUnits(), false);
    }

    private List<UnitStatus> statuses(int year, List<Organization> units, boolean forTheReader) {
        checkYear(year);
        Map<Long, AnnualReport> latest = new java.util.HashMap<>();
        reports.latestOfYear(year).forEach(r -> latest.put(r.organizationId(), r));
        Map<Long, AnnualReport> published = new java.util.HashMap<>();
        Map<Long, LocalDate> first = new java.util.HashMap<>();
        for (AnnualReport r : reports.publicEditions(null, year)) {
            if (r.status() == ReportStatus.PUBLISHED) {
                published.put(r.organizationId(), r);
            }
            LocalDate on = publishedOn(r);
            if (on != null) {
                first.merge(r.organizationId(), on, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<UnitStatus> rows = new ArrayList<>();
        Map<Long, ReportDeadline> due = deadlines.due(units, year);
        for (Organization unit : units) {
            ReportDeadline deadline = due.get(unit.id());
            AnnualReport p = published.get(unit.id());
            AnnualReport l = latest.get(unit.id());
            rows.add(new UnitStatus(
                    unit,
                    l,
                    p,
                    deadline,
                    deadline.late(first.get(unit.id()), today),
                    forTheReader && l == null && canWrite(unit.id())));
        }
        return rows;
    }

    /** Whether the staff member may open the cases behind the unit's counts. */
    public boolean canListCases(long organizationId) {
        return requests.canListCases(organizationId);
    }

    /** Whether the staff member may start the unit's report. */
    public boolean canWrite(long organizationId) {
        return access.canAny(WRITERS, organizationId);
    }

    @Transactional(readOnly = true)
    public ReportView view(long id) {
        AnnualReport r = find(id);
        Organization unit = figures.unit(r.organizationId());
        Map<EnteredCell, EnteredValue> entries = entries(r);
        Map<String, BigDecimal> cells = reportFigures.cells(r);
        ReportTables tables = ReportCells.tables(r.reportFormat(), r.organizationId(), unit.name(), r.year(), cells);
        List<String> notes = new ArrayList<>();
        List<String> problems = checks(r, tables, notes);
        ReportDeadline deadline = deadlines.due(unit, r.year());
        List<AnnualReport> editions = reports.editions(r.organizationId(), r.year());
        return new ReportView(
                r,
                unit,
                tables,
                ReportLayout.tables(r.reportFormat(), cells),
                entries,
                problems,
                notes,
                deadline,
                deadline.late(firstPublished(editions), LocalDate.now(clock)),
                editions,
                new Permissions(
                        access.canAny(WRITERS, r.organizationId()),
                        access.can(Role.SIGNER, r.organizationId()),
                        access.canAny(publishers(), r.organizationId()),
                        requests.canListCases(r.organizationId()),
                        unit.kind() == OrganizationKind.PEOPLES_GOVERNMENT
                                && access.can(Role.SUPERVISOR, r.organizationId())));
    }

    /** Any edition the staff member may read, as files hold it; one not yet published says so under the title. */
    @Transactional(readOnly = true)
    public ReportFiles.Contents contents(long id) {
        ReportView v = view(id);
        List<String> notes = new ArrayList<>();
        if (!v.report().status().isPublic()) {
            notes.add("（" + v.report().status().label() + "，未经审核发布，仅供内部使用）");
        } else if (v.report().publishedAt() != null) {
            notes.add("发布日期：" + LocalDate.ofInstant(v.report().publishedAt(), clock.getZone()));
        }
        if (v.report().correctionReason() != null) {
            notes.add("更正说明：" + v.report().correctionReason());
        }
        return new ReportFiles.Contents(v.title(), notes, v.report(), v.printed());
    }

    /** The facts of the report's year offered beside the narrative. */
    @Transactional(readOnly = true)
    public ReportFacts facts(long id) {
        AnnualReport r = find(id);
        Map<DisclosureColumn, Long> byColumn = information.publishedByColumn(r.organizationId(), r.year());
        return new ReportFacts(
                byColumn,
                byColumn.values().stream().mapToLong(Long::longValue).sum(),
                catalogs.yearFacts(r.organizationId(), r.year()),
                requests.yearFacts(r.organizationId(), r.year()));
    }

    // --- writing

    /** Starts the unit's report for a year (edition 1, a draft); a second report for the same unit and year is refused. */
    @Transactional
    public long start(long organizationId, int year) {
        access.requireAny(WRITERS, organizationId, "REPORT_START");
        Organization unit = figures.unit(organizationId);
        checkYear(year);
        if (year > LocalDate.now(clock).getYear()) {
            throw new RuleViolation("year", year + "年尚未开始，不能编写该年度的报告。");
        }
        if (!reports.editions(organizationId, year).isEmpty()) {
            throw exists(unit, year);
        }
        long id;
        try {
            id = reports.insert(
                    organizationId,
                    year,
                    1,
                    AnnualReport.Origin.PLATFORM,
                    ReportStatus.DRAFT,
                    AnnualReport.FiguresScope.UNIT,
                    null,
                    null,
                    null,
                    null,
                    Actors.currentName(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw exists(unit, year);
        }
        audit.record("REPORT_START", target(id), Outcome.SUCCESS, unit.name() + year + "年度");
        return id;
    }

    /** Saves sections 一, 五 and 六 (plain text; paragraphs separated by line breaks). */
    @Transactional
    public void saveSections(long id, int version, String overview, String problems, String otherMatters) {
        AnnualReport r = writable(id, version, "REPORT_EDIT");
        List<String> faults = new ArrayList<>();
        String o = section(overview, "一、总体情况", faults);
        String p = section(problems, "五、存在的主要问题及改进情况", faults);
        String m = section(otherMatters, "六、其他需要报告的事项", faults);
        if (!faults.isEmpty()) {
            throw new RuleViolation("sections", String.join(" ", faults));
        }
        take(r, ReportMove.EDIT, sets("overview", o, "problems", p, "other_matters", m));
        audit.record("REPORT_EDIT", target(id), Outcome.SUCCESS, "一、五、六");
    }

    /**
     * Bases a people's government's draft on the roll-up of every reporting unit under it, or on its own records
     * (issue 12 §6); the supervising office chooses.
     */
    @Transactional
    public void setScope(long id, int version, AnnualReport.FiguresScope scope) {
        AnnualReport r = writable(id, version, "REPORT_EDIT");
        if (scope == null) {
            throw new RuleViolation("scope", "请选择报告数据的范围。");
        }
        if (scope == AnnualReport.FiguresScope.ROLLUP) {
            if (figures.unit(r.organizationId()).kind() != OrganizationKind.PEOPLES_GOVERNMENT) {
                throw new RuleViolation("scope", "只有人民政府的报告可以采用本级及所属单位汇总的数据。");
            }
            access.require(Role.SUPERVISOR, r.organizationId(), "REPORT_EDIT");
        }
        take(r, ReportMove.EDIT, sets("figures_scope", scope.name()));
        audit.record("REPORT_EDIT", target(id), Outcome.SUCCESS, "数据范围：" + scope.label());
    }

    /** Enters a cell of table 二 the platform does not compute (or replaces a computed one), with its source. */
    @Transactional
    public void enter(long id, int version, EnteredCell cell, String typed, String sourceNote) {
        AnnualReport r = writable(id, version, "REPORT_ENTER");
        if (cell == null) {
            throw new NotFound("表二没有这一格。");
        }
        BigDecimal amount = cell.parse(typed);
        String note = sourceNote == null ? "" : sourceNote.strip();
        if (note.length() < 2) {
            throw new RuleViolation("sourceNote", "请注明“" + cell.label() + "”的数据来源，例如“县市场监管局行政处罚案件台账”。");
        }
        if (note.length() > 300) {
            throw new RuleViolation("sourceNote", "数据来源最多 300 字。");
        }
        take(r, ReportMove.EDIT, sets());
        reports.putEntry(id, cell, amount, note, Actors.currentName(), clock.instant());
        audit.record(
                "REPORT_ENTER",
                target(id),
                Outcome.SUCCESS,
                cell.label() + "：" + amount.stripTrailingZeros().toPlainString());
    }

    /** Drops an entered cell: the computed value counts again (the fee is empty again). */
    @Transactional
    public void clearEntry(long id, int version, EnteredCell cell) {
        AnnualReport r = writable(id, version, "REPORT_ENTER");
        take(r, ReportMove.EDIT, sets());
        if (cell == null || !reports.removeEntry(id, cell)) {
            throw new RuleViolation("cell", "这一格没有填报的数值。");
        }
        audit.record("REPORT_ENTER", target(id), Outcome.SUCCESS, cell.label() + "：恢复为平台计算");
    }

    /**
     * Submits the draft for the signer's review once every check passes (issue 12 §3): the figures are frozen as they
     * are now, so the signer approves what was checked.
     */
    @Transactional
    public void submit(long id, int version) {
        AnnualReport r = writable(id, version, "REPORT_SUBMIT");
        Organization unit = figures.unit(r.organizationId());
        ReportTables tables = tables(r, unit);
        List<String> problems = checks(r, tables, new ArrayList<>());
        if (!problems.isEmpty()) {
            audit.recordIndependently(
                    Actors.currentName(), "REPORT_SUBMIT", target(id), Outcome.FAILURE, problems.size() + "项校验未通过");
            throw new RuleViolation("submit", "报告未通过校验，不能提交审核：" + String.join(" ", problems));
        }
        Instant now = clock.instant();
        take(
                r,
                ReportMove.SUBMIT,
                sets(
                        "submitted_by",
                        Actors.currentName(),
                        "submitted_at",
                        now,
                        "figures_at",
                        now,
                        "return_reason",
                        null));
        reports.replaceCells(id, ReportCells.of(tables));
        audit.record("REPORT_SUBMIT", target(id), Outcome.SUCCESS, null);
    }

    /** The signer returns the report to its writers with the reason; its figures are computed afresh again. */
    @Transactional
    public void returnToDraft(long id, int version, String reason) {
        AnnualReport r = reviewable(id, version, "REPORT_RETURN");
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw new RuleViolation("reason", "请写明退回理由（2 至 500 字），说明需要修改什么。");
        }
        take(r, ReportMove.RETURN, sets("return_reason", why, "figures_at", null));
        reports.deleteCells(id);
        audit.record("REPORT_RETURN", target(id), Outcome.SUCCESS, why);
    }

    /** The unit's signer approves the submitted report; the one who submitted it cannot. */
    @Transactional
    public void approve(long id, int version) {
        AnnualReport r = reviewable(id, version, "REPORT_APPROVE");
        String me = Actors.currentName();
        if (me.equals(r.submittedBy())) {
            audit.recordIndependently(
                    Actors.currentName(), "REPORT_APPROVE", target(id), Outcome.FAILURE, "提交人不能审核自己提交的报告");
            throw new RuleViolation("approve", "提交人不能审核自己提交的报告，请由本单位另一位签发人审核。");
        }
        take(r, ReportMove.APPROVE, sets("approved_by", me, "approved_at", clock.instant()));
        audit.record("REPORT_APPROVE", target(id), Outcome.SUCCESS, null);
    }

    /** Publishes the approved report; a correction supersedes the edition it corrects, which stays readable. */
    @Transactional
    public void publish(long id, int version) {
        AnnualReport r = find(id);
        access.requireAny(publishers(), r.organizationId(), "REPORT_PUBLISH");
        checkVersion(r, version);
        Instant now = clock.instant();
        Optional<AnnualReport> before = reports.published(r.organizationId(), r.year());
        take(r, ReportMove.PUBLISH, sets("published_by", Actors.currentName(), "published_at", now));
        if (before.isPresent() && before.get().id() != r.id()) {
            take(before.get(), ReportMove.SUPERSEDE, sets("superseded_at", now));
        }
        audit.record("REPORT_PUBLISH", target(id), Outcome.SUCCESS, "第" + r.edition() + "版");
        events.publishEvent(new ReportPublished(r.organizationId(), r.year(), r.edition()));
    }

    /**
     * Opens a correction of the published report (issue 12 §4): a new edition, a draft with the sections and entered
     * cells of the published one and the reason stated; the published edition stays until the correction is published.
     */
    @Transactional
    public long correct(long id, int version, String reason) {
        AnnualReport r = find(id);
        access.requireAny(WRITERS, r.organizationId(), "REPORT_CORRECT");
        checkVersion(r, version);
        if (r.origin() == AnnualReport.Origin.IMPORTED) {
            throw new RuleViolation("reason", "从原发布处导入的报告按原样保存，不能在本平台更正。");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw new RuleViolation("reason", "请写明更正理由（5 至 500 字），它将与更正后的报告一同公开。");
        }
        take(r, ReportMove.OPEN_CORRECTION, sets());
        long created;
        try {
            created = reports.insert(
                    r.organizationId(),
                    r.year(),
                    r.edition() + 1,
                    AnnualReport.Origin.PLATFORM,
                    ReportStatus.DRAFT,
                    r.scope(),
                    r.overview(),
                    r.problems(),
                    r.otherMatters(),
                    why,
                    Actors.currentName(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("reason", "该报告已有一份更正正在编写，请打开它继续。");
        }
        for (EnteredValue e : reports.entries(id)) {
            reports.putEntry(created, e.cell(), e.amount(), e.sourceNote(), e.enteredBy(), e.enteredAt());
        }
        audit.record("REPORT_CORRECT", target(created), Outcome.SUCCESS, why);
        return created;
    }

    // --- the checks

    /**
     * Every check of RULES §2.5 on the tables, the fee entered, the sections written, and this year's 上年结转 against
     * last year's published 结转下年度继续办理 (check 5); {@code notes} gets what could not be checked.
     */
    private List<String> checks(AnnualReport r, ReportTables tables, List<String> notes) {
        List<String> problems = new ArrayList<>(ReportCells.problems(r.reportFormat(), tables));
        if (r.origin() == AnnualReport.Origin.IMPORTED) {
            notes.add("本报告从原发布处导入（" + r.importNote() + "），按原样保存：校验结果如实列出，数据未作任何修改。");
            crossYear(r, tables, problems, notes);
            return problems;
        }
        if (!LocalDate.now(clock).isAfter(LocalDate.of(r.year(), 12, 31))) {
            problems.add(r.year() + "年度尚未结束：年度报告统计全年情况，" + (r.year() + 1) + "年1月1日起才能提交审核。");
        }
        if (tables.two().feeAmount() == null) {
            problems.add("表二“行政事业性收费”本年收费金额尚未填报（没有收费的填 0，并注明来源）。");
        }
        if (blank(r.overview())) {
            problems.add("“一、总体情况”尚未填写。");
        }
        if (blank(r.problems())) {
            problems.add("“五、存在的主要问题及改进情况”尚未填写。");
        }
        if (blank(r.otherMatters())) {
            problems.add("“六、其他需要报告的事项”尚未填写（至少说明信息处理费的收取情况）。");
        }
        crossYear(r, tables, problems, notes);
        return problems;
    }

    /** RULES §2.5 check 5 against last year's published (or imported) report, when the platform has one. */
    private void crossYear(AnnualReport r, ReportTables tables, List<String> problems, List<String> notes) {
        Optional<AnnualReport> last = reports.published(r.organizationId(), r.year() - 1);
        if (last.isEmpty()) {
            notes.add((r.year() - 1) + "年度报告不在本平台（未发布或未导入），未核对“二、上年结转政府信息公开申请数量”。");
        } else {
            Map<String, BigDecimal> before = reports.cells(last.get().id());
            ApplicantKind[] kinds = ApplicantKind.values();
            for (int k = 0; k <= kinds.length; k++) {
                ApplicantKind kind = k < kinds.length ? kinds[k] : null;
                long now = tables.three().cells().get(StatisticsRow.CARRIED_OVER)[k];
                BigDecimal then = before.get(ReportCells.three(StatisticsRow.CARRIED_FORWARD, kind));
                long was = then == null ? 0 : then.longValue();
                if (now != was) {
                    problems.add("表三“" + (kind == null ? "总计" : kind.label()) + "”列：“二、上年结转政府信息公开申请数量”（" + now + "）与"
                            + (r.year() - 1) + "年度报告的“四、结转下年度继续办理”（" + was + "）不一致。");
                }
            }
        }
    }

    // --- helpers

    private ReportTables tables(AnnualReport r, Organization unit) {
        return ReportCells.tables(r.reportFormat(), r.organizationId(), unit.name(), r.year(), reportFigures.cells(r));
    }

    private Map<EnteredCell, EnteredValue> entries(AnnualReport r) {
        Map<EnteredCell, EnteredValue> entries = new EnumMap<>(EnteredCell.class);
        reports.entries(r.id()).forEach(e -> entries.put(e.cell(), e));
        return entries;
    }

    private AnnualReport find(long id) {
        AnnualReport r = reports.find(id).orElseThrow(() -> new NotFound("没有这份年度报告。"));
        access.requireAny(AnnualReports.READERS, r.organizationId(), "REPORT_READ");
        return r;
    }

    private AnnualReport writable(long id, int version, String action) {
        AnnualReport r = find(id);
        access.requireAny(WRITERS, r.organizationId(), action);
        checkVersion(r, version);
        ReportMove.EDIT.check(r.status());
        return r;
    }

    private AnnualReport reviewable(long id, int version, String action) {
        AnnualReport r = find(id);
        access.require(Role.SIGNER, r.organizationId(), action);
        checkVersion(r, version);
        return r;
    }

    private void take(AnnualReport r, ReportMove move, Map<String, Object> sets) {
        if (!reports.move(r, move, sets)) {
            throw stale();
        }
    }

    private static void checkVersion(AnnualReport r, int version) {
        if (r.version() != version) {
            throw stale();
        }
    }

    private static RuleViolation stale() {
        return new RuleViolation("该报告已被他人修改，请刷新页面后重试。");
    }

    private static RuleViolation exists(Organization unit, int year) {
        return new RuleViolation("year", unit.name() + year + "年度的报告已经存在，请打开它继续编写；已发布的报告只能更正。");
    }

    private static Set<Role> publishers() {
        Set<Role> roles = EnumSet.copyOf(WRITERS);
        roles.add(Role.SIGNER);
        return roles;
    }

    /** The deadline concerns the first publication: a later correction does not make a report late. */
    private LocalDate firstPublished(List<AnnualReport> editions) {
        return editions.stream()
                .map(this::publishedOn)
                .filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private LocalDate publishedOn(AnnualReport r) {
        return r == null || r.publishedAt() == null ? null : LocalDate.ofInstant(r.publishedAt(), clock.getZone());
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > 2099) {
            throw new RuleViolation("year", "本平台按 2021 年格式编写 " + FIRST_YEAR + " 年度及以后的报告；更早年度的报告请导入。");
        }
    }

    private static String section(String text, String heading, List<String> faults) {
        String t = text == null ? null : text.strip().replace("\r\n", "\n");
        if (t != null && t.length() > MAX_SECTION) {
            faults.add("“" + heading + "”最多 " + MAX_SECTION + " 字（现有 " + t.length() + " 字）。");
        }
        return t == null || t.isEmpty() ? null : t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String target(long id) {
        return "annual-report:" + id;
    }
}
