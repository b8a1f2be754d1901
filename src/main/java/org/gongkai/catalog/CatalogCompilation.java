package org.gongkai.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiling, reviewing and publishing a unit's catalogs (逐级审核、先审后发). A unit's EDITOR compiles
 * and submits; each review step is decided by its reviewer (a SIGNER of the county department in charge
 * of the area, then a SUPERVISOR over the unit who is not its editor); the editor publishes once every step approved. Nothing
 * unreviewed is published, and a published version never changes: editing starts a new version.
 */
@Service
public class CatalogCompilation {

    static final Set<Role> COMPILERS = EnumSet.of(Role.EDITOR);
    private static final Set<Role> READERS =
            EnumSet.of(Role.EDITOR, Role.SUPERVISOR, Role.SIGNER, Role.SECRECY_REVIEWER);

    private final CatalogRepository catalogs;
    private final AreaRepository areas;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.gongkai.organization.SupervisingOffice supervisingOffice;

    CatalogCompilation(
            CatalogRepository catalogs,
            AreaRepository areas,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            org.gongkai.organization.SupervisingOffice supervisingOffice) {
        this.supervisingOffice = supervisingOffice;
        this.catalogs = catalogs;
        this.areas = areas;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One area of a unit: its latest catalog version, if any. */
    public record AreaStatus(CatalogArea area, Long catalogId, Integer versionNumber, CatalogStatus status) {}

    // --- reading

    @Transactional(readOnly = true)
    public List<AreaStatus> overview(long organizationId) {
        access.requireAny(READERS, organizationId, "CATALOG_READ");
        List<CatalogRepository.Header> latest = catalogs.latestOf(organizationId);
        return areas.areas().stream()
                .map(area -> latest.stream()
                        .filter(h -> h.areaId() == area.id())
                        .findFirst()
                        .map(h -> new AreaStatus(area, h.id(), h.versionNumber(), h.status()))
                        .orElse(new AreaStatus(area, null, null, null)))
                .toList();
    }

    @Transactional(readOnly = true)
    public StandardCatalog catalog(long id) {
        CatalogRepository.Header h = header(id);
        requireReadable(h);
        return assemble(h);
    }

    /** The catalogs a unit published in a year: new ones and adjusted versions (the annual report's facts). */
    public record YearFacts(long published, long adjusted) {}

    /** Public facts (published catalogs), for the annual report beside its narrative (issue 12 §2). */
    @Transactional(readOnly = true)
    public YearFacts yearFacts(long organizationId, int year) {
        java.time.ZoneId china = java.time.ZoneId.of("Asia/Shanghai");
        long[] counts = catalogs.publishedBetween(
                organizationId,
                java.time.LocalDate.of(year, 1, 1).atStartOfDay(china).toInstant(),
                java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(china).toInstant());
        return new YearFacts(counts[0], counts[1]);
    }

    /** Published catalogs, for the portal and the API; anyone may read them. */
    @Transactional(readOnly = true)
    public List<StandardCatalog> published(Long organizationId, Long areaId) {
        return catalogs.published(organizationId, areaId).stream()
                .map(this::assemble)
                .toList();
    }

    /**
     * The published catalogs of a unit or an area, or all, without their items (the portal's list and the API's):
     * two statements and the cached directory, however many catalogs.
     */
    @Transactional(readOnly = true)
    public List<PublishedCatalog> publishedList(Long organizationId, Long areaId) {
        Map<Long, String> names = directory.names();
        Map<Long, CatalogArea> areasById = areasById();
        return catalogs.publishedCounts(organizationId, areaId).stream()
                .map(c -> new PublishedCatalog(
                        c.id(),
                        c.organizationId(),
                        names.getOrDefault(c.organizationId(), "（已删除的单位）"),
                        c.areaId(),
                        areasById.containsKey(c.areaId())
                                ? areasById.get(c.areaId()).name()
                                : "",
                        c.versionNumber(),
                        c.guidelineVersion(),
                        c.publishedAt(),
                        c.items()))
                .toList();
    }

    /** Every area by id, read in one statement, for lists that name the area of each of many catalogs. */
    private Map<Long, CatalogArea> areasById() {
        Map<Long, CatalogArea> byId = new java.util.HashMap<>();
        areas.areas().forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    /** The items of the unit's published catalogs with their areas, read in one statement (public pages). */
    @Transactional(readOnly = true)
    public List<PublishedCatalogItem> publishedItems(long organizationId) {
        return catalogs.publishedItems(organizationId);
    }

    @Transactional(readOnly = true)
    public Optional<StandardCatalog> publishedCatalog(long id) {
        return catalogs.header(id)
                .filter(h -> h.status() == CatalogStatus.PUBLISHED || h.status() == CatalogStatus.SUPERSEDED)
                .map(this::assemble);
    }

    @Transactional(readOnly = true)
    public List<StandardCatalog> versions(long organizationId, long areaId) {
        return catalogs.versions(organizationId, areaId).stream()
                .filter(h -> h.status() == CatalogStatus.PUBLISHED || h.status() == CatalogStatus.SUPERSEDED)
                .map(this::assemble)
                .toList();
    }

    /** A catalog as an xlsx workbook in the standard layout: published ones for anyone, others for their readers. */
    @Transactional(readOnly = true)
    public byte[] workbook(long id) {
        CatalogRepository.Header h = header(id);
        requireReadable(h);
        return CatalogWorkbook.write(assemble(h));
    }

    /** Catalogs waiting for a decision of the signed-in staff member. */
    @Transactional(readOnly = true)
    public List<CatalogInReview> awaitingMyReview() {
        Map<Long, ReviewStep> pending = catalogs.pendingSteps();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = directory.names();
        Map<Long, CatalogArea> areasById = areasById();
        return catalogs.inReview().stream()
                .filter(h -> h.status() == CatalogStatus.SUBMITTED
                        && pending.containsKey(h.id())
                        && reviews(pending.get(h.id()), h))
                .map(h -> new CatalogInReview(
                        h.id(),
                        h.organizationId(),
                        names.getOrDefault(h.organizationId(), "（已删除的单位）"),
                        areasById.get(h.areaId()),
                        h.versionNumber(),
                        h.submittedAt()))
                .toList();
    }

    /** Whether the signed-in staff member may see the unit's unpublished catalogs. */
    @Transactional(readOnly = true)
    public boolean canRead(long organizationId) {
        return access.canAny(READERS, organizationId);
    }

    @Transactional(readOnly = true)
    public boolean canCompile(long organizationId) {
        return access.canAny(COMPILERS, organizationId);
    }

    @Transactional(readOnly = true)
    public boolean canReview(long catalogId) {
        return isReviewer(header(catalogId));
    }

    // --- compiling

    /** Starts a draft: from the area's guideline the first time, from the published version afterwards. */
    @Transactional
    public long startDraft(long organizationId, long areaId) {
        access.requireAny(COMPILERS, organizationId, "CATALOG_DRAFT_START");
        Organization unit = directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        CatalogArea area = areas.area(areaId).orElseThrow(() -> new RuleViolation("该领域不存在。"));
        List<CatalogRepository.Header> versions = catalogs.versions(organizationId, areaId);
        if (versions.stream()
                .anyMatch(h -> h.status().editable()
                        || h.status() == CatalogStatus.SUBMITTED
                        || h.status() == CatalogStatus.REVIEWED)) {
            throw new RuleViolation("该领域已有未发布的目录（草稿或审核中），请在其上继续编辑。");
        }
        int next = versions.isEmpty() ? 1 : versions.get(0).versionNumber() + 1;
        long id = catalogs.insertHeader(
                organizationId, areaId, next, area.guidelineVersion(), clock.instant(), Actors.currentName());
        Optional<CatalogRepository.Header> published = versions.stream()
                .filter(h -> h.status() == CatalogStatus.PUBLISHED)
                .findFirst();
        if (published.isPresent()) {
            catalogs.copyItems(published.get().id(), id);
        } else {
            AdministrativeLevel level = unit.kind().level();
            int order = 0;
            for (GuidelineItem g : areas.itemsAt(areaId, area.guidelineVersion())) {
                if (!g.appliesAt(level)) {
                    continue;
                }
                catalogs.insertItem(
                        id,
                        UUID.randomUUID().toString(),
                        ++order,
                        new CatalogItemDraft(
                                g.firstLevel(),
                                g.secondLevel(),
                                g.thirdLevel(),
                                g.contentElements(),
                                g.legalBasis(),
                                g.timeLimit().phrase(),
                                unit.name(),
                                EnumSet.of(Channel.GOVERNMENT_WEBSITE),
                                null,
                                g.audience(),
                                g.mode(),
                                EnumSet.of(level)));
            }
        }
        audit.record(
                "CATALOG_DRAFT_START",
                "catalog:" + id,
                Outcome.SUCCESS,
                unit.name() + " " + area.name() + " 第 " + next + " 版");
        return id;
    }

    @Transactional
    public String addItem(long catalogId, int lockVersion, CatalogItemDraft draft) {
        CatalogRepository.Header h = editableDraft(catalogId, "CATALOG_ITEM_CREATE");
        CatalogItemDraft clean = check(draft);
        touch(h, lockVersion);
        String key = UUID.randomUUID().toString();
        catalogs.insertItem(catalogId, key, catalogs.maxSortOrder(catalogId) + 1, clean);
        audit.record("CATALOG_ITEM_CREATE", "catalog:" + catalogId, Outcome.SUCCESS, clean.secondLevel());
        return key;
    }

    @Transactional
    public void updateItem(long catalogId, String itemKey, int lockVersion, CatalogItemDraft draft) {
        CatalogRepository.Header h = editableDraft(catalogId, "CATALOG_ITEM_UPDATE");
        CatalogItemDraft clean = check(draft);
        touch(h, lockVersion);
        if (!catalogs.updateItem(catalogId, itemKey, clean)) {
            throw new RuleViolation("该事项不存在或已被删除。");
        }
        audit.record("CATALOG_ITEM_UPDATE", "catalog:" + catalogId, Outcome.SUCCESS, clean.secondLevel());
    }

    /**
     * Sets by hand the rule of an item whose 公开时限 the parser cannot read (or with null clears it), so the item
     * no longer waits for one; part of the draft like any change, reviewed and published with the version.
     */
    @Transactional
    public void setTimeRule(long catalogId, String itemKey, int lockVersion, TimeRule rule) {
        CatalogRepository.Header h = editableDraft(catalogId, "CATALOG_ITEM_TIME_RULE");
        CatalogItem item = catalogs.items(catalogId).stream()
                .filter(i -> i.itemKey().equals(itemKey))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("该事项不存在或已被删除。"));
        if (item.timeLimit().understood() && !item.timeLimit().manual()) { // the parser reads the phrase
            throw new RuleViolation("该事项的公开时限系统已能识别（" + item.timeLimit().describe() + "），无需人工设定规则。");
        }
        touch(h, lockVersion);
        String stored = rule == null ? null : rule.encode();
        if (!catalogs.setTimeRule(catalogId, itemKey, item.timeLimit().phrase(), stored)) {
            throw stale();
        }
        audit.record(
                "CATALOG_ITEM_TIME_RULE",
                "catalog:" + catalogId,
                Outcome.SUCCESS,
                item.secondLevel() + "：" + (rule == null ? "清除人工设定的规则" : rule.describe()));
    }

    @Transactional
    public void removeItem(long catalogId, String itemKey, int lockVersion) {
        CatalogRepository.Header h = editableDraft(catalogId, "CATALOG_ITEM_REMOVE");
        touch(h, lockVersion);
        if (!catalogs.deleteItem(catalogId, itemKey)) {
            throw new RuleViolation("该事项不存在或已被删除。");
        }
        audit.record("CATALOG_ITEM_REMOVE", "catalog:" + catalogId, Outcome.SUCCESS, itemKey);
    }

    // --- adjustments (目录调整)

    /**
     * How this version differs from the unit's published catalog of the area, item by item, with the
     * editor's reasons so far. Empty for a first version.
     */
    @Transactional(readOnly = true)
    public List<CatalogAdjustment> proposedAdjustments(long catalogId) {
        CatalogRepository.Header h = header(catalogId);
        requireReadable(h);
        return proposed(h);
    }

    /** The editor explains an adjustment; an addition may be marked 承接, a cancellation 下放. */
    @Transactional
    public void explainAdjustment(long catalogId, int lockVersion, String itemKey, AdjustmentKind kind, String reason) {
        CatalogRepository.Header h = editableDraft(catalogId, "CATALOG_ADJUSTMENT_EXPLAIN");
        CatalogAdjustment proposed = proposed(h).stream()
                .filter(a -> a.itemKey().equals(itemKey))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("该事项在本版中没有调整。"));
        String clean = Texts.clean(reason);
        if (clean == null || clean.length() > 1000) {
            throw new RuleViolation("reason", "请填写调整理由（最多 1000 字）。");
        }
        if (kind == AdjustmentKind.TAKEN_OVER
                        && proposed.kind() != AdjustmentKind.ADDED
                        && proposed.kind() != AdjustmentKind.TAKEN_OVER
                || kind == AdjustmentKind.DELEGATED
                        && proposed.kind() != AdjustmentKind.CANCELLED
                        && proposed.kind() != AdjustmentKind.DELEGATED
                || kind != null && kind != AdjustmentKind.TAKEN_OVER && kind != AdjustmentKind.DELEGATED) {
            throw new RuleViolation("kind", "“承接”只用于新增的事项，“下放”只用于取消的事项。");
        }
        touch(h, lockVersion);
        catalogs.explain(catalogId, itemKey, kind, clean);
        audit.record(
                "CATALOG_ADJUSTMENT_EXPLAIN",
                "catalog:" + catalogId,
                Outcome.SUCCESS,
                proposed.itemName() + "：" + clean);
    }

    /** The published adjustment history of a unit's catalogs of an area; public. */
    @Transactional(readOnly = true)
    public List<CatalogAdjustment> adjustmentHistory(long organizationId, long areaId) {
        return catalogs.adjustments(organizationId, areaId);
    }

    private List<CatalogAdjustment> proposed(CatalogRepository.Header h) {
        Optional<CatalogRepository.Header> previous = catalogs.versions(h.organizationId(), h.areaId()).stream()
                .filter(v -> v.status() == CatalogStatus.PUBLISHED && v.versionNumber() < h.versionNumber())
                .findFirst();
        if (previous.isEmpty()) {
            return List.of();
        }
        return Adjustments.between(
                catalogs.items(previous.get().id()),
                catalogs.items(h.id()),
                catalogs.explanations(h.id()),
                h.versionNumber());
    }

    // --- review and publication

    /** Submits for review and fixes the review chain of this round. */
    @Transactional
    public void submit(long catalogId, int lockVersion) {
        CatalogRepository.Header h = editableDraft(catalogId, "CATALOG_SUBMIT");
        List<CatalogItem> items = catalogs.items(catalogId);
        if (items.isEmpty()) {
            throw new RuleViolation("目录中还没有任何事项，不能提交审核。");
        }
        List<String> unexplained = proposed(h).stream()
                .filter(CatalogAdjustment::needsReason)
                .map(a -> a.kind().label() + "“" + a.itemName() + "”")
                .toList();
        if (!unexplained.isEmpty()) {
            throw new RuleViolation("reason", "以下调整还没有填写理由，请在“本版调整”中补充后再提交：" + String.join("、", unexplained));
        }
        CatalogReview.SUBMIT.check(h.status(), "目录");
        if (!catalogs.transition(catalogId, lockVersion, CatalogReview.SUBMIT)) {
            throw stale();
        }
        int round = h.reviewRound() + 1;
        catalogs.markSubmitted(catalogId, clock.instant(), round);
        int step = 0;
        Organization unit = directory.find(h.organizationId()).orElseThrow();
        if (isGrassroots(unit.kind())) {
            Optional<Long> department = catalogs.reviewDepartment(h.areaId());
            if (department.isPresent()) {
                catalogs.insertStep(
                        catalogId, round, ++step, ReviewStep.ReviewerKind.DEPARTMENT_IN_CHARGE, department.get());
            }
        }
        catalogs.insertStep(catalogId, round, ++step, ReviewStep.ReviewerKind.SUPERVISING_OFFICE, null);
        audit.record("CATALOG_SUBMIT", "catalog:" + catalogId, Outcome.SUCCESS, items.size() + " 个事项，" + step + " 级审核");
    }

    /** The current step's reviewer approves, or returns the catalog with a comment saying what to change. */
    @Transactional
    public void decide(long catalogId, int lockVersion, boolean approve, String comment) {
        CatalogRepository.Header h = header(catalogId);
        if (!isReviewer(h)) {
            if (h.status() != CatalogStatus.SUBMITTED && reviewedThisRound(h)) {
                // a reviewer of this round whose decision someone else took first: not a refusal (issue 9 §23)
                CatalogReview.decision(approve, true).check(h.status(), "目录");
            }
            access.deny("CATALOG_REVIEW", "catalog:" + catalogId);
        }
        String cleanComment = Texts.clean(comment);
        if (!approve && cleanComment == null) {
            throw new RuleViolation("comment", "退回时请填写审核意见，说明需要修改的内容。");
        }
        if (cleanComment != null && cleanComment.length() > 2000) {
            throw new RuleViolation("comment", "审核意见最多 2000 字。");
        }
        List<ReviewStep> steps = catalogs.steps(catalogId, h.reviewRound());
        ReviewStep pending =
                steps.stream().filter(s -> s.decision() == null).findFirst().orElseThrow(this::stale);
        boolean last = pending.stepNumber() == steps.get(steps.size() - 1).stepNumber();
        CatalogReview move = CatalogReview.decision(approve, last);
        move.check(h.status(), "目录");
        if (!catalogs.transition(catalogId, lockVersion, move)
                || !catalogs.decide(
                        pending.id(),
                        approve ? ReviewStep.Decision.APPROVED : ReviewStep.Decision.RETURNED,
                        cleanComment,
                        Actors.currentName(),
                        clock.instant())) {
            throw stale();
        }
        audit.record(
                approve ? "CATALOG_REVIEW_APPROVE" : "CATALOG_REVIEW_RETURN",
                "catalog:" + catalogId,
                Outcome.SUCCESS,
                pending.reviewerKind().label() + (cleanComment == null ? "" : "：" + cleanComment));
    }

    /** Publishes a reviewed catalog; the previous published version is superseded. */
    @Transactional
    public void publish(long catalogId, int lockVersion) {
        CatalogRepository.Header h = header(catalogId);
        access.requireAny(COMPILERS, h.organizationId(), "CATALOG_PUBLISH");
        CatalogReview.PUBLISH.check(h.status(), "目录");
        if (!catalogs.transition(catalogId, lockVersion, CatalogReview.PUBLISH)) {
            throw stale();
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        for (CatalogAdjustment adjustment : proposed(h)) {
            catalogs.insertAdjustment(catalogId, adjustment, today);
        }
        catalogs.supersede(h.organizationId(), h.areaId(), catalogId);
        catalogs.markPublished(catalogId, clock.instant(), Actors.currentName());
        audit.record("CATALOG_PUBLISH", "catalog:" + catalogId, Outcome.SUCCESS, "第 " + h.versionNumber() + " 版");
        events.publishEvent(new CatalogPublished(catalogId, h.organizationId(), h.areaId(), h.versionNumber()));
    }

    /** The supervising office names the county department that reviews townships' catalogs of an area. */
    @Transactional
    public void setReviewDepartment(long areaId, Long departmentId) {
        Long root = directory.root().map(Organization::id).orElse(null);
        access.require(Role.SUPERVISOR, root, "CATALOG_REVIEW_CHAIN_UPDATE");
        if (departmentId != null
                && directory
                        .find(departmentId)
                        .filter(o -> o.kind() == OrganizationKind.DEPARTMENT)
                        .isEmpty()) {
            throw new RuleViolation("departmentId", "请选择一个县级政府工作部门。");
        }
        catalogs.setReviewDepartment(areaId, departmentId);
        audit.record(
                "CATALOG_REVIEW_CHAIN_UPDATE",
                "catalog-area:" + areaId,
                Outcome.SUCCESS,
                departmentId == null ? "不设行业主管部门审核" : "organization:" + departmentId);
    }

    @Transactional(readOnly = true)
    public Optional<Long> reviewDepartment(long areaId) {
        return catalogs.reviewDepartment(areaId);
    }

    // --- helpers

    /**
     * Published versions are public; an unpublished one is read by the unit's staff, by the current reviewer, and
     * by the signers of the department in charge of the area only for the catalogs it was asked to review (a review
     * step of this or an earlier round names it), never the other departments' drafts of that area (issue 9 §27).
     */
    private void requireReadable(CatalogRepository.Header h) {
        if (h.status() == CatalogStatus.PUBLISHED
                || h.status() == CatalogStatus.SUPERSEDED
                || access.canAny(READERS, h.organizationId())) {
            return;
        }
        boolean departmentInCharge = catalogs.reviewDepartment(h.areaId())
                .filter(d -> access.can(Role.SIGNER, d))
                .map(d -> catalogs.askedToReview(h.id(), d))
                .orElse(false);
        if (!departmentInCharge && !isReviewer(h)) {
            access.deny("CATALOG_READ", "catalog:" + h.id());
        }
    }

    private boolean isReviewer(CatalogRepository.Header h) {
        if (h.status() != CatalogStatus.SUBMITTED) {
            return false;
        }
        ReviewStep pending = catalogs.steps(h.id(), h.reviewRound()).stream()
                .filter(s -> s.decision() == null)
                .findFirst()
                .orElse(null);
        if (pending == null) {
            return false;
        }
        return reviews(pending, h);
    }

    /** Whether the current user is the reviewer a step names. */
    private boolean reviews(ReviewStep step, CatalogRepository.Header h) {
        return switch (step.reviewerKind()) {
            case DEPARTMENT_IN_CHARGE -> access.can(Role.SIGNER, step.reviewerOrganizationId());
            case SUPERVISING_OFFICE ->
                access.can(Role.SUPERVISOR, h.organizationId()) && !access.canAny(COMPILERS, h.organizationId());
        };
    }

    /** Whether the current user is the reviewer of a step of the catalog's latest review round. */
    private boolean reviewedThisRound(CatalogRepository.Header h) {
        return catalogs.steps(h.id(), h.reviewRound()).stream().anyMatch(step -> reviews(step, h));
    }

    private CatalogRepository.Header editableDraft(long catalogId, String action) {
        CatalogRepository.Header h = header(catalogId);
        access.requireAny(COMPILERS, h.organizationId(), action);
        if (!h.status().editable()) {
            throw new RuleViolation("目录当前状态为“" + h.status().label() + "”，不能修改；已发布的目录请新建版本后修改。");
        }
        return h;
    }

    private void touch(CatalogRepository.Header h, int lockVersion) {
        if (!catalogs.touch(h.id(), lockVersion)) {
            throw stale();
        }
    }

    private RuleViolation stale() {
        return new RuleViolation("该目录已被他人修改或状态已变化，请刷新页面查看最新内容后再操作。");
    }

    private CatalogRepository.Header header(long id) {
        return catalogs.header(id).orElseThrow(() -> new RuleViolation("该目录不存在。"));
    }

    private StandardCatalog assemble(CatalogRepository.Header h) {
        String unitName =
                directory.find(h.organizationId()).map(Organization::name).orElse("（已删除的单位）");
        CatalogArea area = areas.area(h.areaId()).orElseThrow();
        List<ReviewStep> review = new ArrayList<>();
        for (ReviewStep s : catalogs.steps(h.id(), h.reviewRound())) {
            String org = s.reviewerOrganizationId() == null
                    ? supervisingOffice.over(h.organizationId()).orElse("政务公开主管部门（尚未指定监督人员）")
                    : directory
                            .find(s.reviewerOrganizationId())
                            .map(Organization::name)
                            .orElse("");
            review.add(new ReviewStep(
                    s.id(),
                    s.round(),
                    s.stepNumber(),
                    s.reviewerKind(),
                    s.reviewerOrganizationId(),
                    org,
                    s.decision(),
                    s.comment(),
                    s.decidedBy(),
                    s.decidedAt()));
        }
        return new StandardCatalog(
                h.id(),
                h.organizationId(),
                unitName,
                area,
                h.versionNumber(),
                h.status(),
                h.guidelineVersion(),
                h.createdAt(),
                h.createdBy(),
                h.submittedAt(),
                h.publishedAt(),
                h.publishedBy(),
                h.reviewRound(),
                h.lockVersion(),
                catalogs.items(h.id()),
                List.copyOf(review));
    }

    private static boolean isGrassroots(OrganizationKind kind) {
        return kind == OrganizationKind.TOWNSHIP
                || kind == OrganizationKind.SUBDISTRICT
                || kind == OrganizationKind.VILLAGE_COMMITTEE;
    }

    static CatalogItemDraft check(CatalogItemDraft d) {
        GuidelineItemDraft g = AreaGuidelines.check(new GuidelineItemDraft(
                d.firstLevel(),
                d.secondLevel(),
                d.thirdLevel(),
                d.contentElements(),
                d.legalBasis(),
                d.timeLimit(),
                d.responsibleBody(),
                d.audience(),
                d.mode(),
                d.levels()));
        if (d.channels() == null || d.channels().isEmpty() && Texts.isBlank(d.localChannels())) {
            throw new RuleViolation("channels", "请至少选择一个公开渠道和载体。");
        }
        String local = Texts.clean(d.localChannels());
        if (local != null && local.length() > 500) {
            throw new RuleViolation("localChannels", "本地渠道最多 500 字。");
        }
        return new CatalogItemDraft(
                g.firstLevel(),
                g.secondLevel(),
                g.thirdLevel(),
                g.contentElements(),
                g.legalBasis(),
                g.timeLimit(),
                g.responsibleBody(),
                d.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(d.channels()),
                local,
                g.audience(),
                g.mode(),
                g.levels(),
                note("audienceNote", d.audienceNote(), "公开对象"),
                note("modeNote", d.modeNote(), "公开方式"));
    }

    private static String note(String field, String value, String label) {
        String clean = Texts.clean(value);
        if (clean != null && clean.length() > 200) {
            throw new RuleViolation(field, label + "的说明最多 200 字。");
        }
        return clean;
    }
}
