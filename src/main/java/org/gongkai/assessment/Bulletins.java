package org.gongkai.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.information.SupervisionFigures;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly bulletin (月度通报, issue 16 §3). On the first working day of a month the platform generates the bulletin
 * of the month before (the office may generate it, or generate it again, at any time while it is a draft): every unit
 * answering the public with the month's figures, ranked by records published and then by timeliness; the county's
 * records published in each of the twelve months up to it; and, beside the figures, what they cannot show — records
 * migrated from an old site, units with no editor account, cases whose reply period is unknown. The office reviews it,
 * adds its remarks and publishes it on the portal, where it can be read and downloaded as .docx and PDF.
 */
@Service
public class Bulletins {

    /** The indicators a month's bulletin shows, in order. */
    static final List<Indicator> COLUMNS = List.of(
            Indicator.PUBLISHED,
            Indicator.TIMELINESS,
            Indicator.INTERPRETATION,
            Indicator.REQUEST_ON_TIME,
            Indicator.REQUEST_CLOSURE,
            Indicator.INQUIRY_IN_TIME,
            Indicator.INQUIRY_VETO,
            Indicator.CONSULTATION_FEEDBACK);

    static final int LIST_LIMIT = 240;
    private static final int MAX_REMARKS = 4000;

    private final BulletinRepository repository;
    private final Indicators indicators;
    private final SupervisionFigures information;
    private final WorkingDayCalendar calendar;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bulletins(
            BulletinRepository repository,
            Indicators indicators,
            SupervisionFigures information,
            WorkingDayCalendar calendar,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.indicators = indicators;
        this.information = information;
        this.calendar = calendar;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String target(long id) {
        return "bulletin:" + id;
    }

    public boolean isOffice() {
        return access.can(
                Role.SUPERVISOR, directory.root().map(Organization::id).orElse(null));
    }

    private void requireOffice(String action) {
        access.require(Role.SUPERVISOR, directory.root().map(Organization::id).orElse(null), action);
    }

    private void requireReader() {
        if (access.scope(Indicators.VIEWERS).isEmpty()) {
            access.deny("BULLETIN_READ", "bulletins");
        }
    }

    private Bulletin load(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("该月度通报不存在。"));
    }

    // --- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Bulletin> all() {
        requireReader();
        return repository.all(LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public Bulletin find(long id) {
        requireReader();
        return load(id);
    }

    @Transactional(readOnly = true)
    public List<Bulletin> published() {
        return repository.published(LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public Bulletin publicBulletin(long id) {
        return repository.find(id).filter(Bulletin::isPublished).orElseThrow(() -> new NotFound("该月度通报不存在或尚未发布。"));
    }

    // --- generating ----------------------------------------------------------------------------------------------

    /** The office generates a month's bulletin, or generates its draft again from today's records. */
    @Transactional
    public long generate(YearMonth month) {
        requireOffice("BULLETIN_GENERATE");
        if (month == null) {
            throw new RuleViolation("month", "请选择通报的月份。");
        }
        if (!month.isBefore(YearMonth.from(today()))) {
            throw new RuleViolation("month", month.getYear() + " 年 " + month.getMonthValue() + " 月尚未结束，月度通报在次月生成。");
        }
        Bulletin.Content content = content(month);
        var existing = repository.of(month);
        if (existing.isPresent()) {
            Bulletin b = existing.get();
            BulletinMove.REVISE.check(b.status());
            if (!repository.move(
                    b,
                    BulletinMove.REVISE,
                    Map.of(
                            "content", BulletinRepository.json(content),
                            "generated_at", clock.instant(),
                            "generated_by", Actors.currentName()))) {
                throw RuleViolation.changedMeanwhile("该月度通报");
            }
            audit.record("BULLETIN_GENERATE", target(b.id()), Outcome.SUCCESS, "重新生成" + content.title());
            return b.id();
        }
        long id = repository.insert(month, content, clock.instant(), Actors.currentName());
        audit.record("BULLETIN_GENERATE", target(id), Outcome.SUCCESS, "生成" + content.title());
        return id;
    }

    /**
     * The scheduled generation: from the first working day of a month on, the bulletin of the month before, unless it
     * exists — on that day, or at the first check after it when the platform was not running then (installed or
     * stopped mid-month). Returns whether one was generated.
     */
    @Transactional
    public boolean generateDue() {
        LocalDate day = today();
        if (day.isBefore(firstWorkingDay(YearMonth.from(day)))) {
            return false;
        }
        YearMonth month = YearMonth.from(day).minusMonths(1);
        if (repository.of(month).isPresent()) {
            return false;
        }
        Bulletin.Content content = content(month);
        long id = repository.insert(month, content, clock.instant(), Actors.currentName());
        audit.record("BULLETIN_GENERATE", target(id), Outcome.SUCCESS, "每月第一个工作日自动生成" + content.title());
        return true;
    }

    /** The month's first working day (by the calendar's arrangement; weekdays without one). */
    LocalDate firstWorkingDay(YearMonth month) {
        LocalDate d = month.atDay(1);
        while (!working(d) && d.isBefore(month.atEndOfMonth())) {
            d = d.plusDays(1);
        }
        return d;
    }

    private boolean working(LocalDate d) {
        if (calendar.hasArrangement(d.getYear())) {
            return calendar.isWorkingDay(d);
        }
        return d.getDayOfWeek().getValue() <= 5;
    }

    /** The bulletin's content for the month, from the platform's records as they are now. */
    Bulletin.Content content(YearMonth month) {
        Period period = Period.month(month);
        List<Organization> units = indicators.allUnits();
        Indicators.Board board = indicators.board(units, period);
        Set<Long> withEditors = directory.unitsWithRole(Role.EDITOR);
        List<Indicators.Row> ranked = board.rows().stream()
                .sorted(Comparator.comparingLong((Indicators.Row r) ->
                                -r.values().get(Indicator.PUBLISHED).count())
                        .thenComparingLong(r -> {
                            Long p = r.values().get(Indicator.TIMELINESS).permille();
                            return p == null ? 1 : -p;
                        }))
                .toList();
        List<Bulletin.Line> lines = new ArrayList<>();
        int rank = 0;
        long previous = -1;
        Long previousTimely = null;
        for (int i = 0; i < ranked.size(); i++) {
            Indicators.Row r = ranked.get(i);
            long published = r.values().get(Indicator.PUBLISHED).count();
            Long timely = r.values().get(Indicator.TIMELINESS).permille();
            if (published != previous || !java.util.Objects.equals(timely, previousTimely)) {
                rank = i + 1;
            }
            previous = published;
            previousTimely = timely;
            List<String> caveats = new ArrayList<>(r.caveats());
            if (!withEditors.contains(r.unit().id())) {
                caveats.add(0, "本单位没有信息员账号，本月信息可能由上级代发或未在平台发布");
            }
            lines.add(new Bulletin.Line(
                    rank,
                    r.unit().id(),
                    r.unit().name(),
                    published,
                    COLUMNS.stream()
                            .map(c -> {
                                Indicators.Value v = r.values().get(c);
                                return new Bulletin.Cell(v.text(), v.verdict() == Indicators.Verdict.SHORT);
                            })
                            .toList(),
                    caveats));
        }
        Map<YearMonth, Long> months = new TreeMap<>();
        for (int m = 11; m >= 0; m--) {
            months.put(month.minusMonths(m), 0L);
        }
        information.publication(month.minusMonths(11).atDay(1), month.atEndOfMonth()).values().stream()
                .filter(p -> units.stream().anyMatch(u -> u.id() == p.organizationId()))
                .forEach(p -> p.byMonth().forEach((ym, n) -> months.computeIfPresent(ym, (k, total) -> total + n)));
        List<Bulletin.TrendPoint> trend = months.entrySet().stream()
                .map(e -> new Bulletin.TrendPoint(
                        e.getKey().getYear() + "-"
                                + String.format("%02d", e.getKey().getMonthValue()),
                        e.getValue()))
                .toList();
        String root = directory.root().map(Organization::name).orElse("");
        return new Bulletin.Content(
                root + month.getYear() + "年" + month.getMonthValue() + "月政务公开工作通报",
                period.label() + "（" + period.from() + " 至 " + period.to() + "）",
                COLUMNS.stream().map(Indicator::label).toList(),
                lines,
                trend,
                List.of(
                        "排名按本月首次发布的政府信息条数，条数相同的按主动公开及时率。",
                        "主动公开及时率：自形成之日起 20 个工作日内公开的比例（《政府信息公开条例》第二十六条）；从原网站迁移的信息不计入。",
                        "标“▼”的数字未达到要求；“—”表示本月无此项业务。",
                        "数据为生成时平台记录（" + today() + "），此后补录或更正的信息不改变已发布的通报。"));
    }

    // --- review and publication ----------------------------------------------------------------------------------

    @Transactional
    public void saveRemarks(long id, int version, String remarks) {
        requireOffice("BULLETIN_REVISE");
        Bulletin b = load(id);
        if (b.version() != version) {
            throw RuleViolation.changedMeanwhile("该月度通报");
        }
        String text = Texts.optional("remarks", remarks, MAX_REMARKS, "通报意见");
        BulletinMove.REVISE.check(b.status());
        if (!repository.move(b, BulletinMove.REVISE, java.util.Collections.singletonMap("remarks", text))) {
            throw RuleViolation.changedMeanwhile("该月度通报");
        }
        audit.record("BULLETIN_REVISE", target(id), Outcome.SUCCESS, "修改通报意见" + (text == null ? "（清空）" : "：" + text));
    }

    @Transactional
    public void publish(long id, int version) {
        requireOffice("BULLETIN_PUBLISH");
        Bulletin b = load(id);
        if (b.version() != version) {
            throw RuleViolation.changedMeanwhile("该月度通报");
        }
        BulletinMove.PUBLISH.check(b.status());
        if (!repository.move(
                b,
                BulletinMove.PUBLISH,
                Map.of("published_at", clock.instant(), "published_by", Actors.currentName()))) {
            throw RuleViolation.changedMeanwhile("该月度通报");
        }
        audit.record("BULLETIN_PUBLISH", target(id), Outcome.SUCCESS, "发布" + b.title());
        events.publishEvent(
                new BulletinPublished(id, b.month().getYear(), b.month().getMonthValue()));
    }
}
