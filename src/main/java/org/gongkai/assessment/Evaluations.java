package org.gongkai.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.consultation.Appraisals;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly evaluation round (年度考核, issue 16 §2 and §6). The county's supervising office opens a round on a rubric
 * for a year: every unit answering the public gets an evaluation, scored automatically from its indicators where the
 * platform sees them. Each unit assesses itself — scores and notes for the items only it can show, with evidence —
 * and hands it in (its editors and signers). The office reviews every item: the automatic or the unit's score stands
 * unless it gives another with a reason; the total fixes the grade by the rubric's thresholds. A unit may appeal its
 * result once, with a reason, before the results are published; the office answers it. Publishing puts the results
 * and grades on the portal and gives every 基本合格 and 不合格 unit a rectification task. Every score, change and grade is
 * audited with who and why.
 */
@Service
public class Evaluations {

    /** A unit's staff who write and hand in its self-assessment and its appeal. */
    static final List<Role> UNIT_WRITERS = List.of(Role.EDITOR, Role.SIGNER);

    private static final int MAX_TEXT = 2000;
    private static final int MAX_NOTE = 1000;

    private final EvaluationRepository repository;
    private final Appraisals appraisals;
    private final Rubrics rubrics;
    private final Indicators indicators;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Evaluations(
            EvaluationRepository repository,
            Appraisals appraisals,
            Rubrics rubrics,
            Indicators indicators,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.appraisals = appraisals;
        this.rubrics = rubrics;
        this.indicators = indicators;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String target(EvaluationRound r) {
        return "evaluation-round:" + r.id();
    }

    private static String target(Evaluation e) {
        return "evaluation:" + e.id();
    }

    // --- who may do what -----------------------------------------------------------------------------------------

    /** Whether the staff member is the county's supervising office, which opens, reviews and publishes rounds. */
    public boolean isOffice() {
        return rubrics.canEdit();
    }

    private void requireOffice(String action) {
        access.require(Role.SUPERVISOR, directory.root().map(Organization::id).orElse(null), action);
    }

    /** Whether the staff member writes the unit's self-assessment and appeal. */
    public boolean writesFor(long organizationId) {
        return access.canAny(UNIT_WRITERS, organizationId) && !access.can(Role.SUPERVISOR, organizationId);
    }

    private void requireWriter(long organizationId, String action) {
        if (!writesFor(organizationId)) {
            access.deny(action, "organization:" + organizationId);
        }
    }

    private OrganizationScope readers() {
        return access.scope(Indicators.VIEWERS);
    }

    // --- reading -------------------------------------------------------------------------------------------------

    private EvaluationRound loadRound(long id) {
        return repository.round(id).orElseThrow(() -> new NotFound("该考核不存在。"));
    }

    private Evaluation load(long id) {
        return repository.evaluation(id).orElseThrow(() -> new NotFound("该单位的考核不存在。"));
    }

    @Transactional(readOnly = true)
    public List<EvaluationRound> rounds() {
        if (readers().isEmpty()) {
            access.deny("EVALUATION_READ", "evaluation-rounds");
        }
        return repository.rounds();
    }

    /** A unit's line in a round: its evaluation with its unit. */
    public record Entry(Organization unit, Evaluation evaluation) {}

    /** A round with the evaluations the staff member sees (the office: every unit; a unit's staff: their unit). */
    public record RoundView(EvaluationRound round, List<Entry> entries, Map<Evaluation.Status, Long> counts) {

        /** How many units stand where, as it reads: “待审核 3 个；已审核 13 个”. */
        public String summary() {
            return String.join(
                    "；",
                    counts.entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .map(e -> e.getKey().label() + " " + e.getValue() + " 个")
                            .toList());
        }
    }

    @Transactional(readOnly = true)
    public RoundView round(long id) {
        OrganizationScope scope = readers();
        if (scope.isEmpty()) {
            access.deny("EVALUATION_READ", "evaluation-round:" + id);
        }
        EvaluationRound round = loadRound(id);
        Map<Long, String> order = new LinkedHashMap<>();
        Map<Long, Organization> units = new HashMap<>();
        directory.tree().forEach(e -> {
            order.put(e.organization().id(), "");
            units.put(e.organization().id(), e.organization());
        });
        List<Long> positions = new ArrayList<>(order.keySet());
        List<Entry> entries = repository.evaluations(id).stream()
                .filter(e -> scope.covers(e.organizationId()))
                .sorted(java.util.Comparator.comparingInt(e -> positions.indexOf(e.organizationId())))
                .map(e -> new Entry(units.get(e.organizationId()), e))
                .toList();
        Map<Evaluation.Status, Long> counts = new LinkedHashMap<>();
        for (Evaluation.Status s : Evaluation.Status.values()) {
            counts.put(
                    s,
                    entries.stream().filter(e -> e.evaluation().status() == s).count());
        }
        return new RoundView(round, entries, counts);
    }

    /** A unit's evaluation with its round, its lines and the rectification tasks it gave rise to. */
    public record View(
            EvaluationRound round,
            Organization unit,
            Evaluation evaluation,
            List<Evaluation.Line> lines,
            List<Rectification> rectifications) {

        /** The total of the final scores given so far, and the grade it would reach. */
        public String total() {
            return Score.format(lines.stream()
                    .mapToLong(l -> l.finalTenths() == null ? 0 : l.finalTenths())
                    .sum());
        }
    }

    @Transactional(readOnly = true)
    public View evaluation(long id) {
        Evaluation e = load(id);
        access.requireAny(Indicators.VIEWERS, e.organizationId(), "EVALUATION_READ");
        return view(e);
    }

    private View view(Evaluation e) {
        EvaluationRound round = loadRound(e.roundId());
        return new View(
                round,
                directory.find(e.organizationId()).orElseThrow(),
                e,
                repository.lines(round, e.id()),
                repository.rectificationsOf(e.id()));
    }

    // --- the office opens a round --------------------------------------------------------------------------------

    @Transactional
    public long open(Long rubricId, Integer year, LocalDate selfDueOn) {
        requireOffice("EVALUATION_ROUND_OPEN");
        if (rubricId == null) {
            throw new RuleViolation("rubricId", "请选择考核评分标准。");
        }
        Rubric rubric = rubrics.find(rubricId);
        int thisYear = today().getYear();
        if (year == null || year < thisYear - 1 || year > thisYear) {
            throw new RuleViolation("year", "考核年度应为今年（" + thisYear + "）或上一年（" + (thisYear - 1) + "）。");
        }
        if (selfDueOn == null || !selfDueOn.isAfter(today())) {
            throw new RuleViolation("selfDueOn", "请填写单位自评截止日期（今天以后的日期）。");
        }
        if (rubric.items().isEmpty()) {
            throw new RuleViolation("rubricId", "该评分标准没有评分项目，请先增加评分项目。");
        }
        if (repository.roundExists(year, rubric.id())) {
            throw new RuleViolation("year", year + "年度已按“" + rubric.name() + "”开展考核，请在考核列表中打开。");
        }
        List<Organization> units = indicators.units();
        if (units.isEmpty()) {
            throw new RuleViolation("没有面向公众的单位可以考核。");
        }
        long id = repository.openRound(
                year,
                rubric,
                selfDueOn,
                clock.instant(),
                Actors.currentName(),
                units.stream().map(Organization::id).toList());
        EvaluationRound round = loadRound(id);
        scoreAutomatically(round);
        audit.record(
                "EVALUATION_ROUND_OPEN",
                target(round),
                Outcome.SUCCESS,
                "开展" + round.name() + "：" + units.size() + " 个单位，评分项目 "
                        + round.items().size() + " 项（共 "
                        + round.points() + " 分，合格 " + round.passScore() + " 分、基本合格 " + round.basicScore() + " 分），自评截止 "
                        + selfDueOn);
        return id;
    }

    /**
     * The automatic items' scores of every evaluation in the round, from the indicators of the round's year; the
     * questionnaire items' from each unit's appraisal questionnaire, once opened.
     */
    private void scoreAutomatically(EvaluationRound round) {
        Map<Long, Indicators.Row> rows = new HashMap<>();
        indicators.board(round.period()).rows().forEach(r -> rows.put(r.unit().id(), r));
        List<Evaluation> all = repository.evaluations(round.id());
        Map<Long, Appraisals.Satisfaction> appraised = appraisals.satisfaction(all.stream()
                .map(Evaluation::appraisalSurveyId)
                .filter(java.util.Objects::nonNull)
                .toList());
        for (Evaluation e : all) {
            Indicators.Row row = rows.get(e.organizationId());
            for (EvaluationRound.Item i : round.items()) {
                if (i.item().method() == ScoringMethod.QUESTIONNAIRE && e.appraisalSurveyId() != null) {
                    Rubrics.ItemScore s = appraised(i.item(), appraised.get(e.appraisalSurveyId()));
                    repository.autoScore(e.id(), i.id(), s.tenths(), s.why());
                }
                if (i.item().method() != ScoringMethod.AUTO) {
                    continue;
                }
                if (row == null) {
                    repository.autoScore(e.id(), i.id(), null, "该单位不在指标统计范围内，请人工评分");
                    continue;
                }
                Rubrics.ItemScore s =
                        Rubrics.auto(i.item(), row.values().get(i.item().indicator()));
                repository.autoScore(e.id(), i.id(), s.tenths(), s.why());
            }
        }
    }

    /** A questionnaire item's score: its points times the satisfaction rate (满意 100, 基本满意 60, 不满意 0). */
    static Rubrics.ItemScore appraised(Rubric.Item item, Appraisals.Satisfaction s) {
        if (s == null || s.permille() == null) {
            return new Rubrics.ItemScore(item, null, "社会评议尚无答卷，请审核时评分并说明");
        }
        long tenths = item.points() * 10L * s.permille() / 1000;
        return new Rubrics.ItemScore(
                item,
                tenths,
                "社会评议 " + s.answers() + " 份：满意 " + s.satisfied() + "、基本满意 " + s.basically() + "、不满意 " + s.dissatisfied()
                        + "，满意度 " + s.permille() / 10 + "." + s.permille() % 10 + "%");
    }

    /**
     * Opens each unit's appraisal questionnaire (社会评议) on the portal from {@code opensOn} to {@code closesOn}; the
     * questionnaire items are scored from their answers whenever the scores are calculated again.
     */
    @Transactional
    public void openAppraisal(long roundId, int version, LocalDate opensOn, LocalDate closesOn) {
        requireOffice("EVALUATION_APPRAISAL_OPEN");
        EvaluationRound round = loadRound(roundId);
        checkVersion(round, version);
        if (round.appraisalOpened()) {
            throw new RuleViolation("本次考核的社会评议已于 " + round.appraisalClosesOn() + " 截止前开展，不能重复开展。");
        }
        if (round.items().stream().noneMatch(i -> i.item().method() == ScoringMethod.QUESTIONNAIRE)) {
            throw new RuleViolation("本次考核的评分标准没有社会评议项目。");
        }
        if (closesOn == null || opensOn == null) {
            throw new RuleViolation("closesOn", "请填写社会评议的起止日期。");
        }
        applyRound(round, RoundMove.OPEN_APPRAISAL, Map.of("appraisal_closes_on", closesOn));
        Map<Long, String> names = directory.names();
        List<Evaluation> all = repository.evaluations(roundId);
        for (Evaluation e : all) {
            String unit = names.get(e.organizationId());
            long survey = appraisals.open(
                    e.organizationId(),
                    unit,
                    round.year() + "年度" + unit + "政务公开工作社会评议",
                    opensOn,
                    closesOn,
                    Actors.currentName());
            repository.appraisal(e.id(), survey);
        }
        audit.record(
                "EVALUATION_APPRAISAL_OPEN",
                target(round),
                Outcome.SUCCESS,
                "开展" + round.name() + "社会评议：" + all.size() + " 个单位的评议问卷，" + opensOn + " 至 " + closesOn);
    }

    @Transactional
    public void refresh(long roundId, int version) {
        requireOffice("EVALUATION_ROUND_REFRESH");
        EvaluationRound round = loadRound(roundId);
        checkVersion(round, version);
        applyRound(round, RoundMove.REFRESH, Map.of());
        scoreAutomatically(round);
        audit.record("EVALUATION_ROUND_REFRESH", target(round), Outcome.SUCCESS, "按平台数据重新计算" + round.name() + "的自动得分");
    }

    @Transactional
    public void closeSelfAssessment(long roundId, int version) {
        requireOffice("EVALUATION_ROUND_CLOSE");
        EvaluationRound round = loadRound(roundId);
        checkVersion(round, version);
        applyRound(round, RoundMove.CLOSE_SELF_ASSESSMENT, Map.of("review_started_at", clock.instant()));
        int late = 0;
        for (Evaluation e : repository.evaluations(roundId)) {
            if (e.status() == Evaluation.Status.SELF_ASSESSING) {
                apply(e, EvaluationMove.CLOSE_SELF_ASSESSMENT, Map.of());
                late++;
            }
        }
        audit.record(
                "EVALUATION_ROUND_CLOSE",
                target(round),
                Outcome.SUCCESS,
                "结束" + round.name() + "的单位自评" + (late == 0 ? "" : "；" + late + " 个单位未提交自评，按现有材料审核"));
    }

    private static void checkVersion(EvaluationRound round, int version) {
        if (round.version() != version) {
            throw RuleViolation.changedMeanwhile("该考核");
        }
    }

    private void applyRound(EvaluationRound round, RoundMove move, Map<String, Object> set) {
        move.check(round.status());
        if (!repository.moveRound(round.id(), round.version(), round.status(), move, set)) {
            throw RuleViolation.changedMeanwhile("该考核");
        }
    }

    private void apply(Evaluation e, EvaluationMove move, Map<String, Object> set) {
        move.check(e.status());
        if (!repository.move(e.id(), e.version(), e.status(), move, set)) {
            throw RuleViolation.changedMeanwhile("该单位的考核");
        }
    }

    private static Evaluation current(Evaluation e, int version) {
        if (e.version() != version) {
            throw RuleViolation.changedMeanwhile("该单位的考核");
        }
        return e;
    }

    // --- the unit assesses itself --------------------------------------------------------------------------------

    /** What the self-assessment form posts: the summary, and per item (by id) a score and a note. */
    public record SelfAssessment(String summary, Map<Long, String> scores, Map<Long, String> notes) {}

    @Transactional
    public void saveSelfAssessment(long id, int version, SelfAssessment form) {
        Evaluation e = current(load(id), version);
        requireWriter(e.organizationId(), "EVALUATION_SELF_ASSESS");
        EvaluationRound round = loadRound(e.roundId());
        if (round.isPublished()) {
            throw new RuleViolation("考核结果已公布。");
        }
        String summary = Texts.optional("summary", form.summary(), MAX_TEXT, "自评总结");
        Map<Long, Long> scores = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (EvaluationRound.Item i : round.items()) {
            if (i.item().method() != ScoringMethod.MANUAL) {
                continue;
            }
            scores.put(i.id(), tenths(typed(form.scores(), i.id()), i, "score-" + i.id()));
            notes.put(
                    i.id(),
                    Texts.optional(
                            "note-" + i.id(),
                            typed(form.notes(), i.id()),
                            MAX_NOTE,
                            "“" + i.item().name() + "”的自评说明"));
        }
        apply(e, EvaluationMove.SELF_ASSESS, Map.of("self_summary", summary == null ? "" : summary));
        scores.forEach((item, tenths) -> repository.selfScore(id, item, tenths, notes.get(item)));
        audit.record(
                "EVALUATION_SELF_ASSESS",
                target(e),
                Outcome.SUCCESS,
                "保存" + round.name() + "自评：" + describeSelf(round, scores));
    }

    @Transactional
    public void submit(long id, int version) {
        Evaluation e = current(load(id), version);
        requireWriter(e.organizationId(), "EVALUATION_SUBMIT");
        View v = view(e);
        List<String> missing = v.lines().stream()
                .filter(l -> l.item().item().method() == ScoringMethod.MANUAL && l.selfTenths() == null)
                .map(l -> "“" + l.item().item().name() + "”")
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("请先填写以下项目的自评得分并保存：" + String.join("、", missing) + "。");
        }
        apply(e, EvaluationMove.SUBMIT, Map.of("submitted_at", clock.instant(), "submitted_by", Actors.currentName()));
        audit.record(
                "EVALUATION_SUBMIT",
                target(e),
                Outcome.SUCCESS,
                "提交" + v.round().name() + "自评，自评得分（人工项目）"
                        + Score.format(v.lines().stream()
                                .mapToLong(l -> l.selfTenths() == null ? 0 : l.selfTenths())
                                .sum()));
    }

    @Transactional
    public void addEvidence(long id, int version, Long itemId, List<EvidenceUpload> files) {
        Evaluation e = current(load(id), version);
        requireWriter(e.organizationId(), "EVALUATION_EVIDENCE");
        View v = view(e);
        Evaluation.Line line = v.lines().stream()
                .filter(l -> itemId != null && l.item().id() == itemId)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("itemId", "请选择佐证材料对应的评分项目。"));
        List<EvidenceUpload> checked =
                EvidenceFiles.checked(files, line.evidence().size());
        apply(e, EvaluationMove.SELF_ASSESS, Map.of());
        for (EvidenceUpload f : checked) {
            repository.storeEvidence(
                    e.id(),
                    itemId,
                    null,
                    org.gongkai.shared.FileKind.displayName(f.fileName()),
                    org.gongkai.shared.FileKind.detect(f.content()).mediaType(),
                    f.content(),
                    clock.instant(),
                    Actors.currentName());
        }
        audit.record(
                "EVALUATION_EVIDENCE",
                target(e),
                Outcome.SUCCESS,
                "为“" + line.item().item().name() + "”上传佐证材料 " + checked.size() + " 个："
                        + String.join(
                                "、",
                                checked.stream()
                                        .map(f -> "《" + org.gongkai.shared.FileKind.displayName(f.fileName()) + "》")
                                        .toList()));
    }

    // --- the office reviews --------------------------------------------------------------------------------------

    /** What the review form posts: per item (by id) the final score and the reason for it. */
    public record Review(Map<Long, String> scores, Map<Long, String> reasons) {}

    /**
     * The office's scores for the evaluation: saved, and when {@code confirm} the review finished with the total and
     * the grade. A blank score takes the proposed one (automatic, questionnaire or the unit's own); a score other than
     * the proposed one, or one given where none was proposed, needs a reason.
     */
    @Transactional
    public void review(long id, int version, Review form, boolean confirm) {
        requireOffice("EVALUATION_REVIEW");
        Evaluation e = current(load(id), version);
        View v = view(e);
        if (v.round().isPublished()) {
            throw new RuleViolation("考核结果已公布。");
        }
        List<String> changes = score(v, form, confirm || e.status() == Evaluation.Status.APPEALED);
        if (confirm) {
            confirm(e, v.round(), changes, "审核完成");
        } else {
            apply(e, EvaluationMove.SCORE, Map.of());
            audit.record(
                    "EVALUATION_REVIEW",
                    target(e),
                    Outcome.SUCCESS,
                    "保存审核评分" + (changes.isEmpty() ? "" : "：" + String.join("；", changes)));
        }
    }

    /** Fixes the total and the grade of a reviewed evaluation (its final scores written). */
    private void confirm(Evaluation e, EvaluationRound round, List<String> changes, String what) {
        long total = total(e.id(), round);
        Grade grade = round.grade(total);
        apply(
                e,
                EvaluationMove.CONFIRM,
                Map.of(
                        "reviewed_at", clock.instant(),
                        "reviewed_by", Actors.currentName(),
                        "total_tenths", total,
                        "grade", grade.name()));
        audit.record(
                "EVALUATION_REVIEW",
                target(e),
                Outcome.SUCCESS,
                what + "：" + Score.format(total) + " 分，" + grade.label()
                        + (changes.isEmpty() ? "" : "；" + String.join("；", changes)));
    }

    /** Which units a bulk review confirmed, and which it left to be reviewed one by one (with why). */
    public record BulkReview(List<String> confirmed, List<String> left) {}

    /**
     * The office finishes the review of every submitted evaluation of the round whose items all have a score — the
     * automatic, questionnaire or unit's own score, or one the office saved with its reason — as if it had confirmed
     * each without changing a score: a county of 60 units mostly accepts what was proposed. Units with an item
     * without any score, or with a saved score that now differs from a recalculated automatic score without a
     * reason, are left for review one by one. One transaction: a unit changed meanwhile fails the whole and nothing is
     * confirmed.
     */
    @Transactional
    public BulkReview confirmAll(long roundId, int version) {
        requireOffice("EVALUATION_REVIEW");
        EvaluationRound round = loadRound(roundId);
        checkVersion(round, version);
        if (round.isPublished()) {
            throw new RuleViolation("考核结果已公布。");
        }
        Map<Long, String> names = directory.names();
        List<String> confirmed = new ArrayList<>();
        List<String> left = new ArrayList<>();
        Review unchanged = new Review(Map.of(), Map.of());
        for (Evaluation e : repository.evaluations(roundId)) {
            if (e.status() != Evaluation.Status.SUBMITTED) {
                continue;
            }
            String unit = names.getOrDefault(e.organizationId(), "");
            View v = view(e);
            List<String> changes;
            try {
                // checks every item before it writes anything: a unit left here has nothing written
                changes = score(v, unchanged, true);
            } catch (org.gongkai.shared.InvalidFields problems) {
                left.add(unit + "（" + problems.errors().size() + " 项需要评分或说明理由）");
                continue;
            }
            confirm(e, round, changes, "批量审核完成，采用已有得分");
            confirmed.add(unit);
        }
        return new BulkReview(confirmed, left);
    }

    /** Writes the posted final scores; returns the changes against what was proposed or given before, as audited. */
    private List<String> score(View v, Review form, boolean complete) {
        Map<String, String> problems = new LinkedHashMap<>();
        record Decided(Evaluation.Line line, Long tenths, String reason) {}
        List<Decided> decided = new ArrayList<>();
        for (Evaluation.Line l : v.lines()) {
            long itemId = l.item().id();
            String label = "“" + l.item().item().name() + "”";
            try {
                Long typed = tenths(typed(form.scores(), itemId), l.item(), "final-" + itemId);
                String reason =
                        Texts.optional("reason-" + itemId, typed(form.reasons(), itemId), MAX_NOTE, label + "的评分理由");
                Long tenths = typed != null ? typed : l.finalTenths() != null ? l.finalTenths() : l.proposed();
                if (tenths == null) {
                    if (complete) {
                        problems.put("final-" + itemId, label + "没有自动得分或自评得分，请评分并说明理由。");
                    }
                    continue;
                }
                boolean differs = !tenths.equals(l.proposed());
                if (differs && reason == null && (l.finalReason() == null || !tenths.equals(l.finalTenths()))) {
                    problems.put(
                            "reason-" + itemId,
                            label
                                    + (l.proposed() == null
                                            ? "没有自动得分或自评得分，请说明评分理由。"
                                            : "的评分与"
                                                    + (l.item().item().method() == ScoringMethod.MANUAL
                                                            ? "单位自评"
                                                            : "自动计算")
                                                    + "的 " + Score.format(l.proposed()) + " 分不同，请说明理由。"));
                    continue;
                }
                decided.add(new Decided(l, tenths, reason != null ? reason : differs ? l.finalReason() : null));
            } catch (RuleViolation e) {
                problems.put(e.field() == null ? "final-" + itemId : e.field(), e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new org.gongkai.shared.InvalidFields(problems);
        }
        List<String> changes = new ArrayList<>();
        for (Decided d : decided) {
            Evaluation.Line l = d.line();
            if (d.tenths().equals(l.finalTenths()) && java.util.Objects.equals(d.reason(), l.finalReason())) {
                continue;
            }
            repository.finalScore(v.evaluation().id(), l.item().id(), d.tenths(), d.reason());
            Long before = l.finalTenths() != null ? l.finalTenths() : l.proposed();
            if (!d.tenths().equals(before) || d.reason() != null && !d.reason().equals(l.finalReason())) {
                changes.add(l.item().item().name() + " " + (before == null ? "未评分" : Score.format(before)) + " → "
                        + Score.format(d.tenths()) + (d.reason() == null ? "" : "（" + d.reason() + "）"));
            }
        }
        return changes;
    }

    private long total(long evaluationId, EvaluationRound round) {
        return repository.lines(round, evaluationId).stream()
                .mapToLong(l -> l.finalTenths() == null ? 0 : l.finalTenths())
                .sum();
    }

    @Transactional
    public void reopen(long id, int version) {
        requireOffice("EVALUATION_REVIEW");
        Evaluation e = current(load(id), version);
        EvaluationRound round = loadRound(e.roundId());
        if (round.isPublished()) {
            throw new RuleViolation("考核结果已公布，不能再退回重新审核。");
        }
        apply(e, EvaluationMove.REOPEN, Map.of());
        audit.record(
                "EVALUATION_REVIEW",
                target(e),
                Outcome.SUCCESS,
                "退回重新审核（原为 " + e.total() + " 分，" + e.grade().label() + "）");
    }

    // --- appeal --------------------------------------------------------------------------------------------------

    @Transactional
    public void appeal(long id, int version, String reason) {
        Evaluation e = current(load(id), version);
        requireWriter(e.organizationId(), "EVALUATION_APPEAL");
        EvaluationRound round = loadRound(e.roundId());
        if (round.isPublished()) {
            throw new RuleViolation("考核结果已公布，申诉期已结束。");
        }
        if (e.appealed()) {
            throw new RuleViolation(
                    "每个单位只能申诉一次，本单位已于 " + LocalDate.ofInstant(e.appealedAt(), clock.getZone()) + " 申诉。");
        }
        String text = Texts.required("reason", reason, MAX_TEXT, "申诉理由");
        apply(
                e,
                EvaluationMove.APPEAL,
                Map.of("appeal_reason", text, "appealed_at", clock.instant(), "appealed_by", Actors.currentName()));
        audit.record(
                "EVALUATION_APPEAL",
                target(e),
                Outcome.SUCCESS,
                "对" + round.name() + "结果（" + e.total() + " 分，" + e.grade().label() + "）提出申诉：" + text);
    }

    @Transactional
    public void answerAppeal(long id, int version, Review form, String answer) {
        requireOffice("EVALUATION_APPEAL_ANSWER");
        Evaluation e = current(load(id), version);
        View v = view(e);
        EvaluationMove.ANSWER_APPEAL.check(e.status());
        String text = Texts.required("answer", answer, MAX_TEXT, "复核意见");
        List<String> changes = score(v, form, true);
        long total = total(id, v.round());
        Grade grade = v.round().grade(total);
        apply(
                e,
                EvaluationMove.ANSWER_APPEAL,
                Map.of(
                        "appeal_answer",
                        text,
                        "appeal_answered_at",
                        clock.instant(),
                        "total_tenths",
                        total,
                        "grade",
                        grade.name()));
        audit.record(
                "EVALUATION_APPEAL_ANSWER",
                target(e),
                Outcome.SUCCESS,
                "复核申诉：" + e.total() + " 分（" + e.grade().label()
                        + "）→ " + Score.format(total) + " 分（" + grade.label() + "）；" + text
                        + (changes.isEmpty() ? "" : "；" + String.join("；", changes)));
    }

    // --- publication ---------------------------------------------------------------------------------------------

    /**
     * Publishes the round's results and grades on the portal; every 基本合格 and 不合格 unit gets a rectification task
     * due on {@code dueOn}, listing the items where it lost points.
     */
    @Transactional
    public int publish(long roundId, int version, LocalDate dueOn) {
        requireOffice("EVALUATION_ROUND_PUBLISH");
        EvaluationRound round = loadRound(roundId);
        checkVersion(round, version);
        RoundMove.PUBLISH.check(round.status());
        List<Evaluation> all = repository.evaluations(roundId);
        long waiting = all.stream()
                .filter(e -> e.status() != Evaluation.Status.REVIEWED)
                .count();
        if (waiting > 0) {
            throw new RuleViolation("还有 " + waiting + " 个单位的考核未审核完成或申诉待复核，全部完成后才能公布结果。");
        }
        List<Evaluation> short_ =
                all.stream().filter(e -> e.grade() != Grade.PASS).toList();
        if (!short_.isEmpty() && (dueOn == null || !dueOn.isAfter(today()))) {
            throw new RuleViolation("dueOn", short_.size() + " 个单位需要整改，请填写整改期限（今天以后的日期）。");
        }
        applyRound(
                round,
                RoundMove.PUBLISH,
                Map.of("published_at", clock.instant(), "published_by", Actors.currentName()));
        Map<Long, String> names = directory.names();
        for (Evaluation e : short_) {
            long task = repository.insertRectification(
                    e.organizationId(),
                    e.id(),
                    round.name() + "整改（" + e.grade().label() + "，" + e.total() + " 分）",
                    requirement(round, e),
                    dueOn,
                    clock.instant(),
                    Actors.currentName());
            audit.record(
                    "RECTIFICATION_CREATE",
                    "rectification:" + task,
                    Outcome.SUCCESS,
                    names.get(e.organizationId()) + "：" + round.name()
                            + e.grade().label() + "，整改期限 " + dueOn);
        }
        audit.record(
                "EVALUATION_ROUND_PUBLISH",
                target(round),
                Outcome.SUCCESS,
                "公布" + round.name() + "结果：" + all.size()
                        + " 个单位，合格 "
                        + all.stream().filter(e -> e.grade() == Grade.PASS).count() + " 个，基本合格 "
                        + all.stream()
                                .filter(e -> e.grade() == Grade.BASIC_PASS)
                                .count() + " 个，不合格 "
                        + all.stream().filter(e -> e.grade() == Grade.FAIL).count() + " 个；整改任务 " + short_.size()
                        + " 项");
        events.publishEvent(new EvaluationPublished(round.id(), round.year()));
        return short_.size();
    }

    /** What a unit must put right: the items where it lost points, with the office's reasons. */
    private String requirement(EvaluationRound round, Evaluation e) {
        StringBuilder out =
                new StringBuilder("考核得分 " + e.total() + " 分（" + e.grade().label() + "）。请针对以下失分项目整改，并上传整改佐证材料：");
        int n = 0;
        for (Evaluation.Line l : repository.lines(round, e.id())) {
            long got = l.finalTenths() == null ? 0 : l.finalTenths();
            long full = l.item().item().points() * 10L;
            if (got < full) {
                out.append("\n")
                        .append(++n)
                        .append(". ")
                        .append(l.item().category())
                        .append("·")
                        .append(l.item().item().name())
                        .append("：得 ")
                        .append(Score.format(got))
                        .append(" 分，失 ")
                        .append(Score.format(full - got))
                        .append(" 分");
                if (l.finalReason() != null) {
                    out.append("（").append(l.finalReason()).append("）");
                } else if (l.autoWhy() != null && l.item().item().method() == ScoringMethod.AUTO) {
                    out.append("（").append(l.autoWhy()).append("）");
                }
            }
        }
        String text = out.toString();
        return text.length() > 4000 ? text.substring(0, 3990) + "……" : text;
    }

    // --- the public results --------------------------------------------------------------------------------------

    /** A published result as the portal shows it: equal totals share a rank, and the next rank skips as many (1, 1, 3). */
    public record PublicResult(int rank, String unit, String total, Grade grade) {}

    @Transactional(readOnly = true)
    public List<EvaluationRound> publishedRounds() {
        return repository.published();
    }

    /** The results of a published round, highest first, equal totals in the directory's order; a round not published is not found. */
    @Transactional(readOnly = true)
    public Map.Entry<EvaluationRound, List<PublicResult>> publicResults(long roundId) {
        EvaluationRound round = repository
                .round(roundId)
                .filter(EvaluationRound::isPublished)
                .orElseThrow(() -> new NotFound("该考核结果不存在或尚未公布。"));
        Map<Long, String> names = directory.names();
        Map<Long, Integer> position = new HashMap<>();
        directory.tree().forEach(e -> position.put(e.organization().id(), position.size()));
        List<Evaluation> ordered = repository.evaluations(roundId).stream()
                .sorted(java.util.Comparator.comparingLong((Evaluation e) -> -e.totalTenths())
                        .thenComparingInt(e -> position.getOrDefault(e.organizationId(), Integer.MAX_VALUE)))
                .toList();
        List<PublicResult> results = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Evaluation e = ordered.get(i);
            int rank = i > 0 && java.util.Objects.equals(ordered.get(i - 1).totalTenths(), e.totalTenths())
                    ? results.get(i - 1).rank()
                    : i + 1;
            results.add(new PublicResult(rank, names.get(e.organizationId()), e.total(), e.grade()));
        }
        return Map.entry(round, List.copyOf(results));
    }

    // --- evidence ------------------------------------------------------------------------------------------------

    /** A file of evidence to download, for those who see the evaluation or rectification it belongs to. */
    public record Opened(String fileName, String mediaType, byte[] content) {}

    @Transactional(readOnly = true)
    public Opened evidence(long fileId) {
        EvaluationRepository.EvidenceOwner owner =
                repository.evidenceOwner(fileId).orElseThrow(() -> new NotFound("该佐证材料不存在。"));
        long unit = owner.evaluationId() != null
                ? load(owner.evaluationId()).organizationId()
                : repository
                        .rectification(owner.rectificationId())
                        .orElseThrow()
                        .organizationId();
        access.requireAny(Indicators.VIEWERS, unit, "EVALUATION_READ");
        return new Opened(owner.fileName(), owner.mediaType(), repository.evidenceContent(fileId));
    }

    // --- scores as typed -----------------------------------------------------------------------------------------

    private static final Pattern SCORE = Pattern.compile("(\\d{1,3})(?:\\.(\\d))?");

    private static String typed(Map<Long, String> values, long itemId) {
        return values == null ? null : values.get(itemId);
    }

    /** A score as typed (whole or one decimal, 0 to the item's points) in tenths; blank is null. */
    static Long tenths(String typed, EvaluationRound.Item item, String field) {
        String clean = Texts.clean(typed);
        if (clean == null) {
            return null;
        }
        Matcher m = SCORE.matcher(clean.length() > 10 ? "" : clean);
        int points = item.item().points();
        String refusal = "“" + item.item().name() + "”的得分应为 0 至 " + points + " 之间的数，最多一位小数（您填的是“"
                + (clean.length() > 10 ? clean.substring(0, 10) + "…" : clean) + "”）。";
        if (!m.matches()) {
            throw new RuleViolation(field, refusal);
        }
        long tenths = Long.parseLong(m.group(1)) * 10 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        if (tenths > points * 10L) {
            throw new RuleViolation(field, refusal);
        }
        return tenths;
    }

    private static String describeSelf(EvaluationRound round, Map<Long, Long> scores) {
        List<String> parts = new ArrayList<>();
        for (EvaluationRound.Item i : round.items()) {
            if (scores.containsKey(i.id())) {
                Long t = scores.get(i.id());
                parts.add(i.item().name() + " " + (t == null ? "未填" : Score.format(t)));
            }
        }
        return parts.isEmpty() ? "无人工评分项目" : String.join("；", parts);
    }
}
