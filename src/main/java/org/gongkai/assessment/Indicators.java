package org.gongkai.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalog.CatalogCoverage;
import org.gongkai.consultation.ParticipationFigures;
import org.gongkai.information.SupervisionFigures;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.report.AnnualReporting;
import org.gongkai.request.RequestFigures;
import org.gongkai.request.RequestStatistics;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of every unit in a period, computed from the records (issue 16 §1), and the records behind each one.
 * The supervising office sees the units it supervises; a unit's own staff see their unit. Each figure comes from the
 * module that keeps the records, in a few grouped queries for all units together.
 */
@Service
public class Indicators {

    /** Who may look at a unit's indicators. */
    public static final Set<Role> VIEWERS =
            EnumSet.of(Role.SUPERVISOR, Role.EDITOR, Role.SIGNER, Role.SECRECY_REVIEWER, Role.REQUEST_HANDLER);

    /** How a value stands against what is expected of it. */
    public enum Verdict {
        MEETS,
        SHORT,
        NEUTRAL
    }

    /**
     * One indicator's value: a count, or a share ({@code count} of {@code of}); {@code text} is how it reads.
     * {@code of == 0} is a share of nothing: no verdict.
     */
    public record Value(String text, long count, Long of, Verdict verdict) {

        static Value count(long n) {
            return new Value(String.valueOf(n), n, null, Verdict.NEUTRAL);
        }

        static Value zeroIsGood(long n) {
            return new Value(String.valueOf(n), n, null, n == 0 ? Verdict.MEETS : Verdict.SHORT);
        }

        static Value share(long count, long of, Integer targetPercent) {
            if (of == 0) {
                return new Value("—", 0, 0L, Verdict.NEUTRAL);
            }
            Verdict v = targetPercent == null
                    ? Verdict.NEUTRAL
                    : count * 100 >= (long) targetPercent * of ? Verdict.MEETS : Verdict.SHORT;
            return new Value(percent(count, of) + "（" + count + "/" + of + "）", count, of, v);
        }

        /** The share as a percentage, one decimal, rounded down so 94.96% never reads as 95.0%. */
        public static String percent(long count, long of) {
            long tenths = count * 1000 / of;
            return tenths / 10 + "." + tenths % 10 + "%";
        }

        /** The share in thousandths (for scoring), or null for a count or a share of nothing. */
        public Long permille() {
            return of == null || of == 0 ? null : count * 1000 / of;
        }
    }

    /** A unit's line of the board. */
    public record Row(Organization unit, Map<Indicator, Value> values, List<String> caveats) {}

    /** Every unit's indicators for a period. */
    public record Board(Period period, List<Row> rows, boolean running) {}

    /** A record behind a figure: where it is in the console, what it is, and why it counts. */
    public record Evidence(String href, String title, String detail) {}

    /** The records behind one of a unit's indicators, or where to read them when they are a page of their own. */
    public record Drill(
            Organization unit,
            Indicator indicator,
            Period period,
            Value value,
            String listed,
            List<Evidence> lines,
            String seeAlso,
            String withheld) {}

    private final SupervisionFigures information;
    private final RequestFigures requests;
    private final RequestStatistics requestStatistics;
    private final ParticipationFigures participation;
    private final CatalogCoverage coverage;
    private final AnnualReporting reports;
    private final OrganizationDirectory directory;
    private final AccessControl access;
    private final Clock clock;

    Indicators(
            SupervisionFigures information,
            RequestFigures requests,
            RequestStatistics requestStatistics,
            ParticipationFigures participation,
            CatalogCoverage coverage,
            AnnualReporting reports,
            OrganizationDirectory directory,
            AccessControl access,
            Clock clock) {
        this.information = information;
        this.requests = requests;
        this.requestStatistics = requestStatistics;
        this.participation = participation;
        this.coverage = coverage;
        this.reports = reports;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The units whose indicators the staff member sees: those answering the public, in the directory's order. */
    @Transactional(readOnly = true)
    public List<Organization> units() {
        OrganizationScope scope = access.scope(VIEWERS);
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> o.kind().answersThePublic() && scope.covers(o.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Board board(Period period) {
        List<Organization> units = units();
        if (units.isEmpty()) {
            access.deny("ASSESSMENT_INDICATORS_READ", "indicators");
        }
        return board(units, period);
    }

    /** Every unit answering the public, in the directory's order, whoever asks (for the platform's own work). */
    List<Organization> allUnits() {
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> o.kind().answersThePublic())
                .toList();
    }

    /** The units' indicators for the period, without authorization: the callers in this module decide who sees them. */
    Board board(List<Organization> units, Period period) {
        Map<Long, SupervisionFigures.Publication> published = information.publication(period.from(), period.to());
        Map<Long, SupervisionFigures.Cleanup> cleanup = information.cleanup(period.from(), period.to());
        Map<Long, RequestFigures.Figures> cases = requests.figures(period.from(), period.to());
        Map<Long, ParticipationFigures.Figures> voices = participation.figures(period.from(), period.to());
        Map<Long, CatalogCoverage.UnitCoverage> catalogs = coverage.byUnit();
        Map<Long, AnnualReporting.UnitStatus> annual = annualReports(period.year() - 1);
        List<Row> rows = new ArrayList<>();
        for (Organization unit : units) {
            long id = unit.id();
            rows.add(row(
                    unit,
                    published.getOrDefault(id, SupervisionFigures.Publication.empty(id)),
                    cleanup.get(id),
                    cases.get(id),
                    voices.get(id),
                    catalogs.get(id),
                    annual.get(id)));
        }
        return new Board(period, rows, period.runningOn(today()));
    }

    private Map<Long, AnnualReporting.UnitStatus> annualReports(int year) {
        Map<Long, AnnualReporting.UnitStatus> out = new HashMap<>();
        try {
            reports.statusesOfEveryUnit(year).forEach(s -> out.put(s.unit().id(), s));
        } catch (RuleViolation e) {
            // a year before the platform's report format: the indicator has no value
        }
        return out;
    }

    private static Row row(
            Organization unit,
            SupervisionFigures.Publication p,
            SupervisionFigures.Cleanup cleanup,
            RequestFigures.Figures cases,
            ParticipationFigures.Figures voices,
            CatalogCoverage.UnitCoverage catalog,
            AnnualReporting.UnitStatus annual) {
        Map<Indicator, Value> v = new EnumMap<>(Indicator.class);
        List<String> caveats = new ArrayList<>();
        v.put(Indicator.PUBLISHED, Value.count(p.published()));
        v.put(Indicator.TIMELINESS, Value.share(p.timely(), p.proactive(), Indicator.TIMELINESS.targetPercent()));
        if (p.migrated() > 0) {
            caveats.add("本期有 " + p.migrated() + " 条信息从原网站迁移，发布日期为原网站所记，未计入及时率");
        }
        v.put(
                Indicator.INTERPRETATION,
                Value.share(p.interpreted(), p.policies(), Indicator.INTERPRETATION.targetPercent()));
        v.put(
                Indicator.CATALOG,
                catalog == null
                        ? new Value("不编制", 0, null, Verdict.NEUTRAL)
                        : catalog.compiledAreas() == 0
                                ? new Value("未编制", 0, 0L, Verdict.SHORT)
                                : Value.share(
                                        catalog.publishedAreas(),
                                        catalog.compiledAreas(),
                                        Indicator.CATALOG.targetPercent()));
        if (catalog != null && catalog.missingItems() > 0) {
            caveats.add("目录缺少指引事项 " + catalog.missingItems() + " 项");
        }
        v.put(
                Indicator.CLEANUP,
                cleanup == null
                        ? Value.count(0)
                        : new Value(
                                cleanup.reviewed() + (cleanup.overdue() > 0 ? "（逾期未处理 " + cleanup.overdue() + "）" : ""),
                                cleanup.reviewed(),
                                null,
                                cleanup.overdue() > 0 ? Verdict.SHORT : Verdict.NEUTRAL));
        v.put(
                Indicator.REQUEST_ON_TIME,
                cases == null
                        ? Value.share(0, 0, null)
                        : Value.share(
                                cases.concludedInTime(),
                                cases.concluded() - cases.concludedDueUnknown(),
                                Indicator.REQUEST_ON_TIME.targetPercent()));
        if (cases != null && cases.concludedDueUnknown() > 0) {
            caveats.add(cases.concludedDueUnknown() + " 件办结的申请无法确定答复期限（受理日期缺失），未计入按期率");
        }
        v.put(
                Indicator.REQUEST_CLOSURE,
                cases == null
                        ? Value.share(0, 0, null)
                        : Value.share(
                                cases.receivedConcluded(),
                                cases.receivedDue(),
                                Indicator.REQUEST_CLOSURE.targetPercent()));
        v.put(Indicator.ANNUAL_REPORT, annual(annual));
        v.put(
                Indicator.INQUIRY_IN_TIME,
                voices == null
                        ? Value.share(0, 0, null)
                        : Value.share(
                                voices.answeredInTime(), voices.answered(), Indicator.INQUIRY_IN_TIME.targetPercent()));
        v.put(Indicator.INQUIRY_VETO, Value.zeroIsGood(voices == null ? 0 : voices.unansweredBeyondThreeMonths()));
        v.put(
                Indicator.CONSULTATION_FEEDBACK,
                voices == null
                        ? Value.share(0, 0, null)
                        : Value.share(
                                voices.feedbackPublished(),
                                voices.consultationsClosed(),
                                Indicator.CONSULTATION_FEEDBACK.targetPercent()));
        return new Row(unit, v, caveats);
    }

    private static Value annual(AnnualReporting.UnitStatus s) {
        if (s == null) {
            return new Value("—", 0, null, Verdict.NEUTRAL);
        }
        if (s.published() != null) {
            return s.late() ? new Value("逾期公布", 0, null, Verdict.SHORT) : new Value("按期公布", 1, null, Verdict.MEETS);
        }
        return s.late()
                ? new Value("逾期未公布", 0, null, Verdict.SHORT)
                : new Value("未到期限（" + s.deadline().dueOn() + "）", 0, null, Verdict.NEUTRAL);
    }

    /** The records behind one indicator of one unit. */
    @Transactional(readOnly = true)
    public Drill drill(long unitId, Indicator indicator, Period period) {
        Organization unit = directory.find(unitId).orElseThrow(() -> new NotFound("该单位不存在。"));
        access.requireAny(VIEWERS, unitId, "ASSESSMENT_INDICATORS_READ");
        Row row = board(period).rows().stream()
                .filter(r -> r.unit().id() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFound("该单位没有考核指标。"));
        Value value = row.values().get(indicator);
        LocalDate from = period.from();
        LocalDate to = period.to();
        return switch (indicator) {
            case PUBLISHED -> records(unit, indicator, period, value, SupervisionFigures.Facet.PUBLISHED);
            case TIMELINESS -> records(unit, indicator, period, value, SupervisionFigures.Facet.LATE);
            case INTERPRETATION -> records(unit, indicator, period, value, SupervisionFigures.Facet.NOT_INTERPRETED);
            case REQUEST_ON_TIME, REQUEST_CLOSURE -> {
                RequestFigures.Facet facet = indicator == Indicator.REQUEST_ON_TIME
                        ? RequestFigures.Facet.LATE
                        : RequestFigures.Facet.OPEN_OVERDUE;
                if (!requestStatistics.canListCases(unitId)) {
                    yield new Drill(
                            unit,
                            indicator,
                            period,
                            value,
                            facet.label(),
                            List.of(),
                            null,
                            "申请件的详情只有本单位依申请公开承办人、签发人和政务公开主管可以查看。");
                }
                List<Evidence> lines = requests.lines(unitId, from, to, facet).stream()
                        .map(l -> new Evidence(
                                "/console/requests/" + l.id(),
                                l.caseNumber() == null ? "申请 " + l.id() : l.caseNumber(),
                                "受理 " + l.receivedOn() + "，期限 " + (l.dueOn() == null ? "—" : l.dueOn())
                                        + (l.concludedOn() == null ? "，未办结" : "，办结 " + l.concludedOn())))
                        .toList();
                yield new Drill(unit, indicator, period, value, facet.label(), lines, null, null);
            }
            case INQUIRY_IN_TIME, INQUIRY_VETO, CONSULTATION_FEEDBACK -> {
                ParticipationFigures.Facet facet = switch (indicator) {
                    case INQUIRY_IN_TIME -> ParticipationFigures.Facet.ANSWERED_LATE;
                    case INQUIRY_VETO -> ParticipationFigures.Facet.UNANSWERED;
                    default -> ParticipationFigures.Facet.NO_FEEDBACK;
                };
                List<Evidence> lines = participation.lines(unitId, from, to, facet).stream()
                        .map(l -> new Evidence(
                                l.href(),
                                l.title(),
                                (indicator == Indicator.CONSULTATION_FEEDBACK
                                                ? "征求意见 " + l.from() + " 至 " + l.due()
                                                : "收到 " + l.from() + "，答复期限 " + l.due())
                                        + (l.done() == null ? "" : "，答复 " + l.done())))
                        .toList();
                yield new Drill(unit, indicator, period, value, facet.label(), lines, null, null);
            }
            case CATALOG ->
                new Drill(unit, indicator, period, value, null, List.of(), "/console/catalog/coverage", null);
            case CLEANUP -> new Drill(unit, indicator, period, value, null, List.of(), "/console/cleanup", null);
            case ANNUAL_REPORT ->
                new Drill(
                        unit,
                        indicator,
                        period,
                        value,
                        null,
                        List.of(),
                        "/console/reports?year=" + (period.year() - 1),
                        null);
        };
    }

    private Drill records(
            Organization unit, Indicator indicator, Period period, Value value, SupervisionFigures.Facet facet) {
        List<Evidence> lines = information.lines(unit.id(), period.from(), period.to(), facet).stream()
                .map(l -> new Evidence(
                        "/console/information/" + l.recordId(),
                        l.title(),
                        (l.indexNumber() == null ? "" : l.indexNumber() + "，")
                                + l.documentType().label()
                                + "，形成 " + l.formedDate()
                                + (l.dueDate() == null ? "" : "，应于 " + l.dueDate() + " 前公开")
                                + "，发布 " + l.publishedOn()
                                + (l.migrated() ? "（从原网站迁移）" : "")))
                .toList();
        return new Drill(unit, indicator, period, value, facet.label(), lines, null, null);
    }
}
