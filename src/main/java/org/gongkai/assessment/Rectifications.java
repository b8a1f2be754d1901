package org.gongkai.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.FileKind;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification tasks (整改, issue 16 §5): created when an evaluation round is published for every 基本合格 and 不合格
 * unit, or by the supervising office after an inspection. The unit adds evidence and reports what it did (its editors
 * and signers); the office accepts and closes the task (销号) or returns it with what is still missing. Every step is
 * audited; a unit's staff see their unit's tasks, the office every unit's.
 */
@Service
public class Rectifications {

    static final int LIST_LIMIT = 500;
    private static final int MAX_TEXT = 4000;

    private final EvaluationRepository repository;
    private final Evaluations evaluations;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    Rectifications(
            EvaluationRepository repository,
            Evaluations evaluations,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String target(Rectification r) {
        return "rectification:" + r.id();
    }

    private Rectification load(long id) {
        return repository.rectification(id).orElseThrow(() -> new NotFound("该整改任务不存在。"));
    }

    /** A task with its unit's name and its evidence. */
    public record View(Rectification task, Organization unit, List<Evaluation.EvidenceFile> evidence) {}

    @Transactional(readOnly = true)
    public List<View> mine() {
        OrganizationScope scope = access.scope(Indicators.VIEWERS);
        if (scope.isEmpty()) {
            access.deny("RECTIFICATION_READ", "rectifications");
        }
        Map<Long, Organization> units = new java.util.HashMap<>();
        directory.tree().forEach(e -> units.put(e.organization().id(), e.organization()));
        List<Long> filter = scope.all() ? null : List.copyOf(scope.organizationIds());
        return repository.rectifications(filter, LIST_LIMIT).stream()
                .map(r -> new View(r, units.get(r.organizationId()), List.of()))
                .toList();
    }

    @Transactional(readOnly = true)
    public View find(long id) {
        Rectification r = load(id);
        access.requireAny(Indicators.VIEWERS, r.organizationId(), "RECTIFICATION_READ");
        return new View(r, directory.find(r.organizationId()).orElseThrow(), repository.evidenceOfRectification(id));
    }

    public boolean isOffice() {
        return evaluations.isOffice();
    }

    public boolean writesFor(long organizationId) {
        return evaluations.writesFor(organizationId);
    }

    private void requireOffice(String action) {
        access.require(Role.SUPERVISOR, directory.root().map(Organization::id).orElse(null), action);
    }

    private void requireWriter(long organizationId, String action) {
        if (!writesFor(organizationId)) {
            access.deny(action, "organization:" + organizationId);
        }
    }

    private void apply(Rectification r, int version, RectificationMove move, Map<String, Object> set) {
        if (r.version() != version) {
            throw RuleViolation.changedMeanwhile("该整改任务");
        }
        move.check(r.status());
        if (!repository.moveRectification(r.id(), r.version(), r.status(), move, set)) {
            throw RuleViolation.changedMeanwhile("该整改任务");
        }
    }

    /** The office sets a task for a unit (after an inspection, a complaint, a supervisor's finding). */
    @Transactional
    public long create(Long organizationId, String title, String requirement, LocalDate dueOn) {
        requireOffice("RECTIFICATION_CREATE");
        if (organizationId == null || directory.find(organizationId).isEmpty()) {
            throw new RuleViolation("organizationId", "请选择整改单位。");
        }
        String t = Texts.required("title", title, 300, "整改任务名称");
        String req = Texts.required("requirement", requirement, MAX_TEXT, "整改要求");
        if (dueOn == null || !dueOn.isAfter(today())) {
            throw new RuleViolation("dueOn", "请填写整改期限（今天以后的日期）。");
        }
        long id = repository.insertRectification(
                organizationId, null, t, req, dueOn, clock.instant(), Actors.currentName());
        audit.record(
                "RECTIFICATION_CREATE",
                "rectification:" + id,
                Outcome.SUCCESS,
                directory.names().get(organizationId) + "：" + t + "，整改期限 " + dueOn);
        return id;
    }

    @Transactional
    public void addEvidence(long id, int version, List<EvidenceUpload> files) {
        Rectification r = load(id);
        requireWriter(r.organizationId(), "RECTIFICATION_EVIDENCE");
        List<EvidenceUpload> checked = EvidenceFiles.checked(
                files, repository.evidenceOfRectification(id).size());
        apply(r, version, RectificationMove.ADD_EVIDENCE, Map.of());
        for (EvidenceUpload f : checked) {
            repository.storeEvidence(
                    null,
                    null,
                    id,
                    FileKind.displayName(f.fileName()),
                    FileKind.detect(f.content()).mediaType(),
                    f.content(),
                    clock.instant(),
                    Actors.currentName());
        }
        audit.record(
                "RECTIFICATION_EVIDENCE",
                target(r),
                Outcome.SUCCESS,
                "上传整改佐证材料 " + checked.size() + " 个："
                        + String.join(
                                "、",
                                checked.stream()
                                        .map(f -> "《" + FileKind.displayName(f.fileName()) + "》")
                                        .toList()));
    }

    @Transactional
    public void report(long id, int version, String text) {
        Rectification r = load(id);
        requireWriter(r.organizationId(), "RECTIFICATION_REPORT");
        String report = Texts.required("report", text, MAX_TEXT, "整改情况");
        if (repository.evidenceOfRectification(id).isEmpty()) {
            throw new RuleViolation("files", "请先上传整改佐证材料，再报送整改情况。");
        }
        apply(
                r,
                version,
                RectificationMove.REPORT,
                Map.of("report", report, "reported_at", clock.instant(), "reported_by", Actors.currentName()));
        audit.record("RECTIFICATION_REPORT", target(r), Outcome.SUCCESS, "报送整改情况：" + report);
    }

    @Transactional
    public void returnReport(long id, int version, String note) {
        requireOffice("RECTIFICATION_REVIEW");
        Rectification r = load(id);
        String text = Texts.required("note", note, 1000, "退回意见（还需整改什么）");
        apply(r, version, RectificationMove.RETURN, Map.of("review_note", text));
        audit.record("RECTIFICATION_REVIEW", target(r), Outcome.SUCCESS, "退回整改情况：" + text);
    }

    @Transactional
    public void close(long id, int version, String note) {
        requireOffice("RECTIFICATION_REVIEW");
        Rectification r = load(id);
        String text = Texts.optional("note", note, 1000, "验收意见");
        apply(
                r,
                version,
                RectificationMove.CLOSE,
                Map.of(
                        "review_note", text == null ? "验收通过" : text,
                        "closed_at", clock.instant(),
                        "closed_by", Actors.currentName()));
        audit.record(
                "RECTIFICATION_REVIEW", target(r), Outcome.SUCCESS, "验收通过，整改任务销号" + (text == null ? "" : "：" + text));
    }
}
