package org.gongkai.assessment;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.consultation.ParticipationFigures;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.PublishedContent;
import org.gongkai.information.WordingRule;
import org.gongkai.information.WordingRules;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.PersonalInformationFinding;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site self-inspection (issue 16 §4): the checks of 国办秘函〔2019〕19号 (RULES §5) run against what the platform's
 * own portal shows — the home page's and each unit's columns' last update against their periods, unanswered messages,
 * message replies, links in published text to records that do not open, personal information left unmasked in
 * published text, and wordings of the 错敏词库 — each problem a veto or a deduction with its evidence. Any veto fails
 * the site; otherwise it passes with 60 points or more. Run weekly by the platform and on demand by the county's
 * supervising office, which alone reads the results; kept for the trend.
 */
@Service
public class SiteInspections {

    static final int RECENT = 52;
    /** Evidence lines kept per check; the count of the rest is stated. */
    static final int MAX_EVIDENCE = 200;
    /** Links gathered from published text at most; more are stated, not checked. */
    static final int MAX_LINKS = 100_000;

    private static final Duration NEWS_PERIOD = Duration.ofDays(14);
    private static final Duration NOTICE_PERIOD = Duration.ofDays(183);
    private static final int STALE_COLUMNS_VETO = 5;
    private static final int EMPTY_COLUMNS_VETO = 5;
    /** A run still under way after this long was cut short (the server stopped under it). */
    private static final Duration MAX_RUN = Duration.ofHours(6);

    private static final Logger log = LoggerFactory.getLogger(SiteInspections.class);
    private static final int POLICY_STALE_POINTS = 5;
    private static final int REPLIES_STALE_POINTS = 3;

    private final SiteInspectionRepository repository;
    private final PortalCrawler crawler;
    private final SiteProbes probes;
    private final TransactionTemplate transactions;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "site-inspection");
        t.setDaemon(true);
        return t;
    });
    private final Duration interval;
    private final int pagePoints;
    private final int pageCap;
    private final PublishedContent content;
    private final WordingRules wordingRules;
    private final ParticipationFigures participation;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final int linkPoints;
    private final int linkCap;
    private final int personalPoints;
    private final int personalCap;
    private final int typoPoints;
    private final int typoCap;

    SiteInspections(
            SiteInspectionRepository repository,
            PortalCrawler crawler,
            SiteProbes probes,
            PlatformTransactionManager transactionManager,
            PublishedContent content,
            WordingRules wordingRules,
            ParticipationFigures participation,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            Clock clock,
            @Value("${gongkai.inspection.interval:7d}") Duration interval,
            @Value("${gongkai.inspection.page-down-points:1}") int pagePoints,
            @Value("${gongkai.inspection.page-down-cap:10}") int pageCap,
            @Value("${gongkai.inspection.broken-link-points:1}") int linkPoints,
            @Value("${gongkai.inspection.broken-link-cap:10}") int linkCap,
            @Value("${gongkai.inspection.personal-information-points:2}") int personalPoints,
            @Value("${gongkai.inspection.personal-information-cap:10}") int personalCap,
            @Value("${gongkai.inspection.wording-points:1}") int typoPoints,
            @Value("${gongkai.inspection.wording-cap:5}") int typoCap) {
        this.repository = repository;
        this.crawler = crawler;
        this.probes = probes;
        this.transactions = new TransactionTemplate(transactionManager);
        this.pagePoints = pagePoints;
        this.interval = interval;
        this.pageCap = pageCap;
        this.content = content;
        this.wordingRules = wordingRules;
        this.participation = participation;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.linkPoints = linkPoints;
        this.linkCap = linkCap;
        this.personalPoints = personalPoints;
        this.personalCap = personalCap;
        this.typoPoints = typoPoints;
        this.typoCap = typoCap;
    }

    private void requireOffice(String action) {
        access.require(Role.SUPERVISOR, directory.root().map(Organization::id).orElse(null), action);
    }

    public boolean isOffice() {
        return access.can(
                Role.SUPERVISOR, directory.root().map(Organization::id).orElse(null));
    }

    @Transactional(readOnly = true)
    public List<SiteInspection> recent() {
        requireOffice("SITE_INSPECTION_READ");
        return repository.recent(RECENT);
    }

    @Transactional(readOnly = true)
    public SiteInspection find(long id) {
        requireOffice("SITE_INSPECTION_READ");
        return repository.find(id).orElseThrow(() -> new NotFound("该次检查不存在。"));
    }

    /**
     * The office starts an inspection now; it runs in the background (a crawl of a large portal takes minutes) and its
     * page shows it under way until it is done. Returns its id. One inspection at a time.
     */
    public long runNow() {
        requireOffice("SITE_INSPECTION_RUN");
        long id = begin();
        runner.execute(new DelegatingSecurityContextRunnable(() -> complete(id)));
        return id;
    }

    /** The weekly run: when no inspection started in the last seven days (the interval). Returns whether one ran. */
    public boolean runWeekly() {
        Instant now = clock.instant();
        if (repository.latestStart().filter(t -> t.isAfter(now.minus(interval))).isPresent()) {
            return false;
        }
        long id;
        try {
            id = begin();
        } catch (RuleViolation alreadyRunning) {
            return false;
        }
        complete(id);
        return true;
    }

    /** Whether an inspection is under way. */
    @Transactional(readOnly = true)
    public boolean running() {
        requireOffice("SITE_INSPECTION_READ");
        return repository.running();
    }

    private long begin() {
        Instant now = clock.instant();
        // a run that never finished (the server stopped under it) does not hold the next one back
        repository.interruptStale(now.minus(MAX_RUN));
        try {
            return repository.start(now, Actors.currentName());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("已有一次网站自查正在进行，请稍后查看结果。");
        }
    }

    private void complete(long id) {
        try {
            inspect(id);
        } catch (RuntimeException e) {
            log.warn("网站自查（第 {} 次）未能完成：{}", id, e.toString());
            repository.interrupt(id);
        }
    }

    private void inspect(long id) {
        long nanos = System.nanoTime();
        Instant started = clock.instant();
        List<SiteInspection.Finding> findings = new ArrayList<>();
        Map<Long, String> names = directory.names();
        long crawlStarted = System.nanoTime();
        PortalCrawler.Result crawl = crawl(findings);
        long crawlMillis = (System.nanoTime() - crawlStarted) / 1_000_000;
        homePage(started, findings);
        monitoring(started, findings);
        columns(started, names, findings);
        inquiries(names, findings);
        long records = texts(findings, crawl);
        int vetoes = (int) findings.stream()
                .filter(f -> f.kind() == SiteInspection.Kind.VETO)
                .count();
        Map<InspectionCheck, Integer> deducted = new EnumMap<>(InspectionCheck.class);
        findings.stream()
                .filter(f -> f.kind() == SiteInspection.Kind.DEDUCTION)
                .forEach(f -> deducted.merge(f.check(), f.points(), Integer::sum));
        int total = deducted.entrySet().stream()
                .mapToInt(e -> Math.min(e.getValue(), cap(e.getKey())))
                .sum();
        int score = Math.max(0, 100 - total);
        boolean passed = vetoes == 0 && score >= 60;
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("vetoes", vetoes);
        set.put("deducted", total);
        set.put("score", score);
        set.put("passed", passed);
        set.put("records_read", records);
        set.put("pages_visited", crawl == null ? 0 : crawl.pages());
        set.put("links_checked", crawl == null ? 0 : crawl.links());
        set.put("p95_ms", crawl == null ? null : crawl.p95Millis());
        set.put("slowest_ms", crawl == null ? null : crawl.slowestMillis());
        set.put("crawl_note", crawl == null ? NOT_CRAWLED : crawl.note());
        transactions.executeWithoutResult(status -> {
            Map<InspectionCheck, Integer> kept = new EnumMap<>(InspectionCheck.class);
            Map<InspectionCheck, Integer> all = new EnumMap<>(InspectionCheck.class);
            for (SiteInspection.Finding f : findings) {
                all.merge(f.check(), 1, Integer::sum);
                if (kept.merge(f.check(), 1, Integer::sum) <= MAX_EVIDENCE) {
                    repository.insertFinding(id, f);
                }
            }
            all.forEach((check, n) -> {
                if (n > MAX_EVIDENCE) {
                    repository.insertFinding(
                            id,
                            new SiteInspection.Finding(
                                    check,
                                    SiteInspection.Kind.NOTICE,
                                    0,
                                    "另有 " + (n - MAX_EVIDENCE) + " 处同类问题未逐条列出",
                                    null,
                                    null));
                }
            });
            set.put("finished_at", clock.instant());
            set.put("duration_ms", (System.nanoTime() - nanos) / 1_000_000);
            if (!repository.finish(id, set)) {
                throw RuleViolation.changedMeanwhile("该次检查");
            }
            audit.record(
                    "SITE_INSPECTION_RUN",
                    "site-inspection:" + id,
                    Outcome.SUCCESS,
                    "网站自查：" + (passed ? "合格" : "不合格") + "，单项否决 " + vetoes + " 项，扣 " + total + " 分，得分 " + score
                            + "；读取已发布信息 " + records + " 条，访问页面 " + (crawl == null ? 0 : crawl.pages()) + " 个");
        });
        log.info(
                "网站自查（第 {} 次）完成：{}，得分 {}；访问页面 {} 个（用时 {} 毫秒，每秒 {} 页）、检查链接 {} 个，读取已发布信息 {} 条，共用时 {} 毫秒",
                id,
                passed ? "合格" : "不合格",
                score,
                crawl == null ? 0 : crawl.pages(),
                crawlMillis,
                crawl == null || crawlMillis == 0 ? 0 : crawl.pages() * 1000L / crawlMillis,
                crawl == null ? 0 : crawl.links(),
                records,
                (System.nanoTime() - nanos) / 1_000_000);
    }

    private static final String NOT_CRAWLED = "未访问门户页面：不知道门户网站的地址（设置 gongkai.inspection.portal-url）";

    private int cap(InspectionCheck check) {
        return switch (check) {
            case AVAILABILITY -> pageCap;
            case BROKEN_LINKS -> linkCap;
            case PERSONAL_INFORMATION -> personalCap;
            case WRONG_WORDING -> typoCap;
            default -> 100;
        };
    }

    private LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, clock.getZone());
    }

    // --- the checks ----------------------------------------------------------------------------------------------

    private void homePage(Instant now, List<SiteInspection.Finding> out) {
        Instant latest = content.latestPublication();
        if (latest == null || latest.isBefore(now.minus(NEWS_PERIOD))) {
            out.add(new SiteInspection.Finding(
                    InspectionCheck.HOME_UPDATE,
                    SiteInspection.Kind.VETO,
                    0,
                    "首页 2 周内没有信息更新",
                    "/",
                    latest == null ? "网站没有已公开的信息" : "最近一条信息发布于 " + day(latest)));
        }
    }

    /** The week of visits of the home page (SiteProbes): 5% or more not answered within 15 seconds is a veto. */
    private void monitoring(Instant now, List<SiteInspection.Finding> out) {
        SiteProbes.Week w = probes.week(now);
        long bad = w.notAnswered();
        if (w.first() == null || bad == 0) {
            return;
        }
        long due = Math.max(w.due(), w.made());
        boolean fullWeek = !w.first().isAfter(now.minus(Duration.ofDays(7)));
        boolean veto = due > 0 && bad * 100 >= 5L * due;
        String share = due == 0
                ? "0"
                : java.math.BigDecimal.valueOf(bad * 1000 / due, 1).toPlainString();
        String figures = (fullWeek ? "近 7 天" : "自 " + day(w.first()) + " 开始监测以来") + "应访问首页 " + due + " 次（每 "
                + probes.every().toMinutes() + " 分钟一次），打不开 " + w.failed() + " 次，平台未运行错过 "
                + Math.max(0, w.due() - w.made()) + " 次";
        out.add(new SiteInspection.Finding(
                InspectionCheck.AVAILABILITY,
                veto && fullWeek ? SiteInspection.Kind.VETO : SiteInspection.Kind.NOTICE,
                0,
                "首页打不开的次数占 " + share + "%" + (veto ? "（5% 及以上单项否决）" : ""),
                "/",
                figures + (veto && !fullWeek ? "；监测不足 1 周，仅作提示" : "")));
    }

    private record ColumnRule(String label, Duration period, boolean policy) {}

    private void columns(Instant now, Map<Long, String> names, List<SiteInspection.Finding> out) {
        Map<String, ColumnRule> rules = new HashMap<>();
        rules.put(DocumentType.WORK_REPORT.name(), new ColumnRule("要闻动态", NEWS_PERIOD, false));
        rules.put(DocumentType.NOTICE.name(), new ColumnRule("通知公告", NOTICE_PERIOD, false));
        rules.put(DocumentType.INTERPRETATION.name(), new ColumnRule("政策解读", NOTICE_PERIOD, false));
        rules.put(DisclosureColumn.A20_1.name(), new ColumnRule("政策文件", NOTICE_PERIOD, true));
        int stale = 0;
        boolean policyStale = false;
        List<String> staleNames = new ArrayList<>();
        for (PublishedContent.ColumnFreshness c : content.columns(
                List.of(DocumentType.WORK_REPORT, DocumentType.NOTICE, DocumentType.INTERPRETATION),
                List.of(DisclosureColumn.A20_1))) {
            ColumnRule rule = rules.get(c.column());
            String unit = names.get(c.organizationId());
            if (rule == null || unit == null || c.records() == 0 || !c.newest().isBefore(now.minus(rule.period()))) {
                continue;
            }
            stale++;
            policyStale |= rule.policy();
            staleNames.add(unit + "·" + rule.label());
            out.add(new SiteInspection.Finding(
                    InspectionCheck.COLUMN_UPDATE,
                    SiteInspection.Kind.NOTICE,
                    0,
                    unit + "“" + rule.label() + "”栏目超过" + (rule.period().toDays() <= 14 ? " 2 周" : " 6 个月") + "未更新",
                    "/openness/units/" + c.organizationId(),
                    "最近一条发布于 " + day(c.newest()) + "，共 " + c.records() + " 条"));
        }
        if (stale >= STALE_COLUMNS_VETO) {
            out.add(new SiteInspection.Finding(
                    InspectionCheck.COLUMN_UPDATE,
                    SiteInspection.Kind.VETO,
                    0,
                    "未按期更新的栏目 " + stale + " 个（5 个及以上单项否决）",
                    null,
                    String.join("、", staleNames)));
        }
        if (policyStale) {
            out.add(new SiteInspection.Finding(
                    InspectionCheck.COLUMN_UPDATE,
                    SiteInspection.Kind.DEDUCTION,
                    POLICY_STALE_POINTS,
                    "政策文件类栏目 6 个月内未更新",
                    null,
                    String.join(
                            "、",
                            staleNames.stream().filter(n -> n.endsWith("政策文件")).toList())));
        }
    }

    private void inquiries(Map<Long, String> names, List<SiteInspection.Finding> out) {
        LocalDate today = LocalDate.now(clock);
        participation.figures(today.minusYears(1), today).forEach((unit, f) -> {
            if (f.unansweredBeyondThreeMonths() > 0 && names.containsKey(unit)) {
                out.add(new SiteInspection.Finding(
                        InspectionCheck.INQUIRY_VETO,
                        SiteInspection.Kind.VETO,
                        0,
                        names.get(unit) + "有 " + f.unansweredBeyondThreeMonths() + " 条有效留言超过 3 个月未答复",
                        "/console/assessment/indicators/" + unit + "/" + Indicator.INQUIRY_VETO.name() + "?period="
                                + today.getYear(),
                        null));
            }
        });
        long answered = participation.figures(today.minusMonths(2), today).values().stream()
                .mapToLong(ParticipationFigures.Figures::answered)
                .sum();
        if (answered == 0) {
            out.add(new SiteInspection.Finding(
                    InspectionCheck.INQUIRY_REPLIES,
                    SiteInspection.Kind.DEDUCTION,
                    REPLIES_STALE_POINTS,
                    "2 个月内没有更新留言答复",
                    "/participation",
                    null));
        }
    }

    /** The portal as a visitor sees it (PortalCrawler): pages that do not open, broken links, empty columns, undated items. */
    private PortalCrawler.Result crawl(List<SiteInspection.Finding> out) {
        java.net.URI root = crawler.root();
        if (root == null) {
            return null;
        }
        PortalCrawler.Result r = crawler.crawl(root);
        int empty = 0;
        List<String> emptyNames = new ArrayList<>();
        for (PortalCrawler.Found f : r.found()) {
            switch (f.problem()) {
                case HOME_DOWN ->
                    out.add(new SiteInspection.Finding(
                            InspectionCheck.AVAILABILITY, SiteInspection.Kind.VETO, 0, "首页打不开", "/", f.detail()));
                case PAGE_DOWN ->
                    out.add(new SiteInspection.Finding(
                            InspectionCheck.AVAILABILITY,
                            SiteInspection.Kind.DEDUCTION,
                            pagePoints,
                            "页面打不开",
                            f.target(),
                            f.detail() + (f.page() == null || f.page().isEmpty() ? "" : "；链接所在页面 " + f.page())));
                case BROKEN_INTERNAL ->
                    out.add(new SiteInspection.Finding(
                            InspectionCheck.BROKEN_LINKS,
                            SiteInspection.Kind.DEDUCTION,
                            linkPoints,
                            "页面上的链接打不开",
                            f.page(),
                            "链接地址 " + f.target() + "（" + f.detail() + "）"));
                case BROKEN_EXTERNAL ->
                    out.add(
                            f.target() == null
                                    ? new SiteInspection.Finding(
                                            InspectionCheck.BROKEN_LINKS,
                                            SiteInspection.Kind.NOTICE,
                                            0,
                                            f.detail(),
                                            null,
                                            null)
                                    : new SiteInspection.Finding(
                                            InspectionCheck.BROKEN_LINKS,
                                            SiteInspection.Kind.DEDUCTION,
                                            linkPoints,
                                            "页面上的外部链接打不开",
                                            f.page(),
                                            "链接地址 " + f.target() + "（" + f.detail() + "）"));
                case EMPTY_COLUMN -> {
                    empty++;
                    emptyNames.add(f.detail());
                    out.add(new SiteInspection.Finding(
                            InspectionCheck.EMPTY_COLUMNS,
                            SiteInspection.Kind.NOTICE,
                            0,
                            "空白栏目：" + f.detail(),
                            f.page(),
                            "栏目中没有任何内容"));
                }
                case UNDATED ->
                    out.add(new SiteInspection.Finding(
                            InspectionCheck.UNDATED,
                            SiteInspection.Kind.NOTICE,
                            0,
                            "《" + f.detail() + "》未注明发布时间",
                            f.page(),
                            "未注明发布时间的条目视为未更新"));
                default -> throw new IllegalStateException(f.problem().name());
            }
        }
        if (empty >= EMPTY_COLUMNS_VETO) {
            out.add(new SiteInspection.Finding(
                    InspectionCheck.EMPTY_COLUMNS,
                    SiteInspection.Kind.VETO,
                    0,
                    "空白栏目 " + empty + " 个（5 个及以上单项否决）",
                    null,
                    String.join("、", emptyNames.subList(0, Math.min(emptyNames.size(), 50)))));
        }
        return r;
    }

    /**
     * The published text of every public record and of its files: links to records, personal information, the
     * 错敏词库. A broken link the crawl already reported from the same page is not reported twice.
     */
    private long texts(List<SiteInspection.Finding> out, PortalCrawler.Result crawl) {
        Set<String> reported = new HashSet<>();
        if (crawl != null) {
            crawl.found().stream()
                    .filter(f -> f.problem() == PortalCrawler.Problem.BROKEN_INTERNAL)
                    .forEach(f -> reported.add(f.page() + "\u0000" + f.target()));
        }
        List<WordingRule> wordings = wordingRules.rules();
        Map<String, List<String>> linksTo = new LinkedHashMap<>();
        long[] read = new long[2];
        content.eachPublicText(
                t -> {
                    read[0]++;
                    String text =
                            (t.title() == null ? "" : t.title()) + "\n" + (t.bodyText() == null ? "" : t.bodyText());
                    personal(text, "《" + t.title() + "》公开了个人信息", t.path(), out);
                    wordings(text, "《" + t.title() + "》", t.path(), wordings, out);
                    for (String number : recordLinks(t.bodyHtml())) {
                        if (read[1] < MAX_LINKS) {
                            read[1]++;
                            linksTo.computeIfAbsent(number, k -> new ArrayList<>())
                                    .add(t.path() + "\u0000" + t.title());
                        }
                    }
                },
                f -> {
                    String where = "《" + f.recordTitle() + "》的附件“" + f.fileName() + "”";
                    personal(f.text(), where + "公开了个人信息", f.path(), out);
                    wordings(f.text(), where, f.path(), wordings, out);
                });
        Set<String> open = content.publicIndexNumbers(linksTo.keySet());
        linksTo.forEach((number, from) -> {
            if (!open.contains(number)) {
                for (String source : from) {
                    String[] parts = source.split("\u0000", 2);
                    if (reported.contains(parts[0] + "\u0000" + RECORD_PATH + number)) {
                        continue;
                    }
                    out.add(new SiteInspection.Finding(
                            InspectionCheck.BROKEN_LINKS,
                            SiteInspection.Kind.DEDUCTION,
                            linkPoints,
                            "《" + parts[1] + "》中的链接打不开",
                            parts[0],
                            "链接地址 /information/" + number + " 不是已公开的信息"));
                }
            }
        });
        return read[0];
    }

    private void personal(String text, String title, String path, List<SiteInspection.Finding> out) {
        List<PersonalInformationFinding> personal = PersonalInformationScanner.scan(text).stream()
                .filter(p -> p.kind() == PersonalInformationFinding.Kind.ID_NUMBER
                        || p.kind() == PersonalInformationFinding.Kind.MOBILE_NUMBER
                        || p.kind() == PersonalInformationFinding.Kind.BANK_CARD)
                .toList();
        if (!personal.isEmpty()) {
            out.add(new SiteInspection.Finding(
                    InspectionCheck.PERSONAL_INFORMATION,
                    SiteInspection.Kind.DEDUCTION,
                    personalPoints,
                    title,
                    path,
                    String.join(
                            "；",
                            personal.stream()
                                    .limit(20)
                                    .map(p -> p.kind().label() + " " + p.masked())
                                    .toList())));
        }
    }

    private void wordings(
            String text, String where, String path, List<WordingRule> wordings, List<SiteInspection.Finding> out) {
        for (WordingRule w : wordings) {
            if (!text.contains(w.phrase())) {
                continue;
            }
            String title = where + "中有“" + w.phrase() + "”";
            out.add(
                    switch (w.kind()) {
                        case SERIOUS ->
                            new SiteInspection.Finding(
                                    InspectionCheck.SERIOUS_ERRORS,
                                    SiteInspection.Kind.VETO,
                                    0,
                                    title,
                                    path,
                                    "严重表述错误，应为“" + w.replacement() + "”");
                        case ERRONEOUS ->
                            new SiteInspection.Finding(
                                    InspectionCheck.WRONG_WORDING,
                                    SiteInspection.Kind.DEDUCTION,
                                    typoPoints,
                                    title,
                                    path,
                                    "错误表述，应为“" + w.replacement() + "”");
                        case SENSITIVE ->
                            new SiteInspection.Finding(
                                    InspectionCheck.WRONG_WORDING,
                                    SiteInspection.Kind.NOTICE,
                                    0,
                                    title,
                                    path,
                                    "敏感表述，请核实" + (w.note() == null ? "" : "：" + w.note()));
                    });
        }
    }

    private static final String RECORD_PATH = "/information/";

    /** The index numbers of the records a body's links point to on this site (relative links), read without regex. */
    static List<String> recordLinks(String html) {
        List<String> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        int from = 0;
        while (true) {
            int at = html.indexOf("href=\"", from);
            if (at < 0) {
                return out;
            }
            int start = at + 6;
            int end = html.indexOf('"', start);
            if (end < 0) {
                return out;
            }
            String href = html.substring(start, Math.min(end, start + 300));
            if (href.startsWith(RECORD_PATH) && href.length() > RECORD_PATH.length()) {
                String number = href.substring(RECORD_PATH.length());
                int cut = indexOfAny(number, '?', '#');
                out.add(cut < 0 ? number : number.substring(0, cut));
            }
            from = end + 1;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** The zone the times read in. */
    public ZoneId zone() {
        return clock.getZone();
    }
}
