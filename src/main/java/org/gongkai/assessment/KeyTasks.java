package org.gongkai.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's key tasks (年度政务公开工作要点, issue 16 §5; seed 004's task division with quarterly progress). The county's
 * supervising office drafts the plan, splits it into tasks — each with a lead unit, assisting units and a deadline — and
 * publishes it on the portal. Each quarter the lead unit reports where its task stands (its editors and signers);
 * the office reviews the reports and publishes the quarter's progress, after which that quarter's reports are fixed.
 */
@Service
public class KeyTasks {

    static final int MAX_TASKS = 200;
    static final int MAX_ASSISTANTS = 30;

    private final KeyTaskRepository repository;
    private final Evaluations evaluations;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyTasks(
            KeyTaskRepository repository,
            Evaluations evaluations,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String target(long planId) {
        return "key-task-plan:" + planId;
    }

    public boolean isOffice() {
        return evaluations.isOffice();
    }

    public boolean reportsFor(long organizationId) {
        return evaluations.writesFor(organizationId);
    }

    private void requireOffice(String action) {
        access.require(Role.SUPERVISOR, directory.root().map(Organization::id).orElse(null), action);
    }

    private KeyTaskPlan load(long id) {
        return repository.plan(id, directory.names()).orElseThrow(() -> new NotFound("该工作要点不存在。"));
    }

    private void requireReader() {
        if (access.scope(Indicators.VIEWERS).isEmpty()) {
            access.deny("KEY_TASK_READ", "key-task-plans");
        }
    }

    @Transactional(readOnly = true)
    public List<KeyTaskPlan> plans() {
        requireReader();
        return repository.plans(false, directory.names());
    }

    @Transactional(readOnly = true)
    public KeyTaskPlan plan(long id) {
        requireReader();
        return load(id);
    }

    @Transactional(readOnly = true)
    public List<KeyTaskPlan> publishedPlans() {
        return repository.plans(true, directory.names());
    }

    @Transactional(readOnly = true)
    public KeyTaskPlan publicPlan(long id) {
        return repository
                .plan(id, directory.names())
                .filter(KeyTaskPlan::isPublished)
                .map(KeyTaskPlan::forThePublic)
                .orElseThrow(() -> new NotFound("该工作要点不存在或尚未发布。"));
    }

    /** The quarter a day falls in, within the plan's year: 0 before the year, 4 after it. */
    public static int quarterOf(int year, LocalDate day) {
        if (day.getYear() < year) {
            return 0;
        }
        return day.getYear() > year ? 4 : (day.getMonthValue() - 1) / 3 + 1;
    }

    // --- the office drafts and publishes -------------------------------------------------------------------------

    @Transactional
    public long create(Integer year, String title, String basis) {
        requireOffice("KEY_TASK_PLAN_CREATE");
        int thisYear = today().getYear();
        if (year == null || year < thisYear || year > thisYear + 1) {
            throw new RuleViolation("year", "工作要点的年度应为今年（" + thisYear + "）或明年（" + (thisYear + 1) + "）。");
        }
        String t = Texts.required("title", title, 200, "标题");
        String b = Texts.optional("basis", basis, 1000, "依据");
        if (repository.exists(year)) {
            throw new RuleViolation("year", year + " 年的工作要点已经建立，请在列表中打开。");
        }
        long id = repository.insertPlan(year, t, b, clock.instant(), Actors.currentName());
        audit.record("KEY_TASK_PLAN_CREATE", target(id), Outcome.SUCCESS, "起草" + year + "年工作要点：" + t);
        return id;
    }

    /** A task as the form posts it. */
    public record TaskDraft(String title, String description, Long leadId, List<Long> assistantIds, LocalDate dueOn) {}

    @Transactional
    public void addTask(long planId, int version, TaskDraft d) {
        requireOffice("KEY_TASK_PLAN_EDIT");
        KeyTaskPlan p = current(load(planId), version);
        KeyTaskMove.EDIT.check(p.status());
        String title = Texts.required("title", d.title(), 300, "任务");
        String description = Texts.optional("description", d.description(), 2000, "任务要求");
        Map<Long, String> names = directory.names();
        if (d.leadId() == null || !names.containsKey(d.leadId())) {
            throw new RuleViolation("leadId", "请选择牵头单位。");
        }
        LinkedHashSet<Long> assistants = new LinkedHashSet<>(d.assistantIds() == null ? List.of() : d.assistantIds());
        assistants.remove(d.leadId());
        if (assistants.size() > MAX_ASSISTANTS || !names.keySet().containsAll(assistants)) {
            throw new RuleViolation("assistantIds", "配合单位最多 " + MAX_ASSISTANTS + " 个，请从列表中选择。");
        }
        if (d.dueOn() == null || d.dueOn().getYear() != p.year()) {
            throw new RuleViolation("dueOn", "请填写完成时限（" + p.year() + " 年内的日期）。");
        }
        if (p.tasks().size() >= MAX_TASKS) {
            throw new RuleViolation("一份工作要点最多 " + MAX_TASKS + " 项任务。");
        }
        touch(p, KeyTaskMove.EDIT);
        repository.insertTask(planId, title, description, d.leadId(), List.copyOf(assistants), d.dueOn());
        audit.record(
                "KEY_TASK_PLAN_EDIT",
                target(planId),
                Outcome.SUCCESS,
                "增加任务：" + title + "（牵头 " + names.get(d.leadId())
                        + (assistants.isEmpty()
                                ? ""
                                : "，配合 "
                                        + String.join(
                                                "、",
                                                assistants.stream()
                                                        .map(names::get)
                                                        .toList()))
                        + "，" + d.dueOn() + " 前完成）");
    }

    @Transactional
    public void removeTask(long planId, int version, long taskId) {
        requireOffice("KEY_TASK_PLAN_EDIT");
        KeyTaskPlan p = current(load(planId), version);
        KeyTaskPlan.Task task =
                p.tasks().stream().filter(t -> t.id() == taskId).findFirst().orElseThrow(() -> new NotFound("该任务不存在。"));
        touch(p, KeyTaskMove.EDIT);
        repository.deleteTask(taskId);
        audit.record("KEY_TASK_PLAN_EDIT", target(planId), Outcome.SUCCESS, "删除任务：" + task.title());
    }

    @Transactional
    public void publish(long planId, int version) {
        requireOffice("KEY_TASK_PLAN_PUBLISH");
        KeyTaskPlan p = current(load(planId), version);
        KeyTaskMove.PUBLISH.check(p.status());
        if (p.tasks().isEmpty()) {
            throw new RuleViolation("请先增加任务分工，再发布工作要点。");
        }
        if (!repository.move(p, KeyTaskMove.PUBLISH, Map.of("published_at", clock.instant()))) {
            throw RuleViolation.changedMeanwhile("该工作要点");
        }
        audit.record(
                "KEY_TASK_PLAN_PUBLISH",
                target(planId),
                Outcome.SUCCESS,
                "发布" + p.title() + "（" + p.tasks().size() + " 项任务）");
        events.publishEvent(new KeyTasksPublished(planId, 0));
    }

    private static KeyTaskPlan current(KeyTaskPlan p, int version) {
        if (p.version() != version) {
            throw RuleViolation.changedMeanwhile("该工作要点");
        }
        return p;
    }

    private void touch(KeyTaskPlan p, KeyTaskMove move) {
        move.check(p.status());
        if (!repository.move(p, move, Map.of())) {
            throw RuleViolation.changedMeanwhile("该工作要点");
        }
    }

    // --- quarterly progress --------------------------------------------------------------------------------------

    /** The lead unit reports a quarter's progress of its task, until the office publishes that quarter. */
    @Transactional
    public void report(long taskId, Integer quarter, KeyTaskPlan.State state, String text) {
        long planId = repository.planOfTask(taskId).orElseThrow(() -> new NotFound("该任务不存在。"));
        KeyTaskPlan p = load(planId);
        KeyTaskPlan.Task task =
                p.tasks().stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
        if (!reportsFor(task.lead().id())) {
            access.deny("KEY_TASK_PROGRESS", "key-task:" + taskId);
        }
        if (!p.isPublished()) {
            throw new RuleViolation("工作要点尚未发布。");
        }
        int now = quarterOf(p.year(), today());
        if (quarter == null || quarter < 1 || quarter > 4 || quarter > now) {
            throw new RuleViolation("quarter", now == 0 ? p.year() + " 年尚未开始。" : "请选择已开始的季度（第 1 至 " + now + " 季度）。");
        }
        if (p.publishedQuarters().contains(quarter)) {
            throw new RuleViolation("quarter", "第 " + quarter + " 季度的进展已公布，不能再修改。");
        }
        if (state == null) {
            throw new RuleViolation("state", "请选择推进情况。");
        }
        String progress = Texts.required("progress", text, 2000, "进展情况");
        repository.saveProgress(taskId, quarter, state, progress, clock.instant(), Actors.currentName());
        audit.record(
                "KEY_TASK_PROGRESS",
                "key-task:" + taskId,
                Outcome.SUCCESS,
                "报送“" + task.title() + "”第 " + quarter + " 季度进展（" + state.label() + "）：" + progress);
    }

    /** The office publishes a quarter's progress on the portal; that quarter's reports are then fixed. */
    @Transactional
    public void publishQuarter(long planId, int version, Integer quarter) {
        requireOffice("KEY_TASK_QUARTER_PUBLISH");
        KeyTaskPlan p = current(load(planId), version);
        KeyTaskMove.PUBLISH_QUARTER.check(p.status());
        int now = quarterOf(p.year(), today());
        if (quarter == null || quarter < 1 || quarter > now) {
            throw new RuleViolation("quarter", "请选择已开始的季度。");
        }
        if (p.publishedQuarters().contains(quarter)) {
            throw new RuleViolation("quarter", "第 " + quarter + " 季度的进展已公布。");
        }
        long reported = p.tasks().stream()
                .filter(t -> t.progress().containsKey(quarter))
                .count();
        touch(p, KeyTaskMove.PUBLISH_QUARTER);
        try {
            repository.publishQuarter(planId, quarter, clock.instant(), Actors.currentName());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("quarter", "第 " + quarter + " 季度的进展已公布。");
        }
        audit.record(
                "KEY_TASK_QUARTER_PUBLISH",
                target(planId),
                Outcome.SUCCESS,
                "公布" + p.title() + "第 " + quarter + " 季度进展（" + reported + "/"
                        + p.tasks().size() + " 项任务已报送）");
        events.publishEvent(new KeyTasksPublished(planId, quarter));
    }
}
