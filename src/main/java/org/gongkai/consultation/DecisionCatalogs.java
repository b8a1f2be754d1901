package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 决策事项目录 (国务院令第713号 第三条; issue 15 §6). The government's office (its supervising staff) compiles the year's
 * catalog of major decisions, each with its sponsoring unit and the participation planned, and publishes it once the
 * Party committee at the same level agreed (the agreement recorded on it); afterwards items are added with their reason
 * or taken out with theirs, and the office or the sponsoring unit's editors move each item along until it is decided,
 * linked to its consultation, hearing and decision record.
 */
@Service
public class DecisionCatalogs {

    static final int MAX_ITEMS = 200;

    private final DecisionCatalogRepository repository;
    private final ConsultationRepository consultations;
    private final HearingRepository hearings;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    DecisionCatalogs(
            DecisionCatalogRepository repository,
            ConsultationRepository consultations,
            HearingRepository hearings,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.consultations = consultations;
        this.hearings = hearings;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the office writes for one decision. */
    public record ItemDraft(
            String title,
            Long sponsorId,
            String reason,
            List<Participation> participation,
            String plannedBy,
            Long consultationId,
            Long hearingId) {}

    private static String target(long id) {
        return "decision-catalog:" + id;
    }

    private DecisionCatalog load(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("该决策事项目录不存在。"));
    }

    /** The people's governments whose catalogs the current staff member compiles. */
    @Transactional(readOnly = true)
    public List<Organization> compilable() {
        return governments().stream()
                .filter(o -> access.can(Role.SUPERVISOR, o.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Organization> governments() {
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> o.kind() == OrganizationKind.PEOPLES_GOVERNMENT)
                .toList();
    }

    /** The units that may sponsor a decision: those answering the public. */
    @Transactional(readOnly = true)
    public List<Organization> sponsors() {
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> o.kind().answersThePublic())
                .toList();
    }

    public record YearCatalog(Organization government, int year, Optional<DecisionCatalog> catalog) {}

    /**
     * The catalogs of a year the staff member reads: those of the governments they work for, and those with an item
     * their unit sponsors.
     */
    @Transactional(readOnly = true)
    public List<YearCatalog> ofYear(int year) {
        OrganizationScope scope = access.scope(Consultations.STAFF);
        Map<Long, DecisionCatalog> catalogs = repository.ofYear(year);
        return governments().stream()
                .map(g -> new YearCatalog(g, year, Optional.ofNullable(catalogs.get(g.id()))))
                .filter(y -> scope.covers(y.government().id())
                        || y.catalog().map(c -> sponsors(c, scope)).orElse(false))
                .toList();
    }

    private static boolean sponsors(DecisionCatalog c, OrganizationScope scope) {
        return c.items().stream().anyMatch(i -> scope.covers(i.sponsorId()));
    }

    /** A catalog, for the government's staff and for the staff of the units sponsoring one of its items. */
    @Transactional(readOnly = true)
    public DecisionCatalog find(long id) {
        DecisionCatalog c = load(id);
        if (!sponsors(c, access.scope(Consultations.STAFF))) {
            access.requireAny(Consultations.STAFF, c.organizationId(), "DECISION_CATALOG_READ");
        }
        return c;
    }

    public boolean canCompile(long governmentId) {
        return access.can(Role.SUPERVISOR, governmentId);
    }

    /** Whether the current staff member may move this item: the office, or an editor of the sponsoring unit. */
    public boolean canMove(DecisionCatalog c, DecisionCatalog.Item item) {
        return c.published()
                && (access.can(Role.SUPERVISOR, c.organizationId()) || access.can(Role.EDITOR, item.sponsorId()));
    }

    @Transactional
    public long create(long governmentId, int year) {
        access.require(Role.SUPERVISOR, governmentId, "DECISION_CATALOG_CREATE");
        Organization g = directory
                .find(governmentId)
                .filter(o -> o.kind() == OrganizationKind.PEOPLES_GOVERNMENT)
                .orElseThrow(() -> new RuleViolation("决策事项目录由人民政府编制，请选择人民政府。"));
        int thisYear = LocalDate.now(clock).getYear();
        if (year < thisYear - 1 || year > thisYear + 1) {
            throw new RuleViolation("year", "只能编制 " + (thisYear - 1) + " 至 " + (thisYear + 1) + " 年的目录。");
        }
        if (repository.idOf(governmentId, year).isPresent()) {
            throw new RuleViolation("year", g.name() + " " + year + " 年的决策事项目录已经存在。");
        }
        long id = repository.insert(governmentId, year, clock.instant());
        audit.record("DECISION_CATALOG_CREATE", target(id), Outcome.SUCCESS, g.name() + " " + year + " 年");
        return id;
    }

    /**
     * Adds a decision. Once the catalog is published this is an adjustment (第三条 “根据实际情况调整”): its reason is
     * required and shown.
     */
    @Transactional
    public long addItem(long catalogId, ItemDraft d) {
        DecisionCatalog c = load(catalogId);
        access.require(Role.SUPERVISOR, c.organizationId(), "DECISION_ITEM_ADD");
        if (c.items().size() >= MAX_ITEMS) {
            throw new RuleViolation("一年的决策事项目录最多 " + MAX_ITEMS + " 项。");
        }
        String title = Texts.required("title", d.title(), 300, "决策事项名称");
        if (d.sponsorId() == null
                || directory
                        .find(d.sponsorId())
                        .filter(o -> o.kind().answersThePublic())
                        .isEmpty()) {
            throw new RuleViolation("sponsorId", "请从列表中选择承办单位。");
        }
        String reason = Texts.text("reason", d.reason(), 2000, c.published() ? "调整理由" : "决策依据和理由", c.published());
        if (d.participation() == null || d.participation().isEmpty()) {
            throw new RuleViolation("participation", "请选择至少一种公众参与或论证方式（第十四条）。");
        }
        String plannedBy = Texts.required("plannedBy", d.plannedBy(), 50, "计划完成时间");
        if (d.consultationId() != null && consultations.find(d.consultationId()).isEmpty()) {
            throw new RuleViolation("consultationId", "征求意见 " + d.consultationId() + " 不存在。");
        }
        if (d.hearingId() != null && hearings.find(d.hearingId()).isEmpty()) {
            throw new RuleViolation("hearingId", "听证 " + d.hearingId() + " 不存在。");
        }
        long id = repository.insertItem(
                catalogId,
                new ItemDraft(
                        title,
                        d.sponsorId(),
                        reason,
                        List.copyOf(EnumSet.copyOf(d.participation())),
                        plannedBy,
                        d.consultationId(),
                        d.hearingId()),
                c.published());
        audit.record(
                "DECISION_ITEM_ADD",
                target(catalogId),
                Outcome.SUCCESS,
                title + (c.published() ? "（调整增加：" + reason + "）" : ""));
        return id;
    }

    @Transactional
    public void removeDraftItem(long catalogId, long itemId) {
        DecisionCatalog c = load(catalogId);
        access.require(Role.SUPERVISOR, c.organizationId(), "DECISION_ITEM_REMOVE");
        if (c.published()) {
            throw new RuleViolation("目录已公布，事项不能删除；不再决策的，请“调出目录”并写明理由。");
        }
        if (!repository.deleteDraftItem(catalogId, itemId)) {
            throw RuleViolation.changedMeanwhile("该目录");
        }
        audit.record("DECISION_ITEM_REMOVE", target(catalogId), Outcome.SUCCESS, "事项 " + itemId);
    }

    /** 公布: with the Party committee's agreement recorded (第三条 “经同级党委同意后向社会公布”). */
    @Transactional
    public void publish(long catalogId, int version, String approvalNote) {
        DecisionCatalog c = load(catalogId);
        access.require(Role.SUPERVISOR, c.organizationId(), "DECISION_CATALOG_PUBLISH");
        if (c.published()) {
            throw new RuleViolation("目录已公布。");
        }
        if (c.items().isEmpty()) {
            throw new RuleViolation("目录还没有事项，请先添加决策事项。");
        }
        String note = Texts.required("approvalNote", approvalNote, 500, "同级党委同意的情况（会议或文号、日期）");
        if (!repository.publish(catalogId, version, note, clock.instant(), Actors.currentName())) {
            throw RuleViolation.changedMeanwhile("该目录");
        }
        audit.record("DECISION_CATALOG_PUBLISH", target(catalogId), Outcome.SUCCESS, c.year() + " 年，" + note);
    }

    /** Moves an item along: started, decided (with its decision record's index number), or taken out with a reason. */
    @Transactional
    public void move(
            long catalogId, long itemId, int version, DecisionItemStatus to, String note, String decisionIndexNumber) {
        DecisionCatalog c = load(catalogId);
        DecisionCatalog.Item item =
                c.items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow(() -> new NotFound("该事项不存在。"));
        if (!canMove(c, item)) {
            if (!c.published()) {
                throw new RuleViolation("目录公布后才能更新事项进展。");
            }
            access.require(Role.SUPERVISOR, c.organizationId(), "DECISION_ITEM_STATUS");
        }
        if (to == null) {
            throw new RuleViolation("status", "请选择新的状态。");
        }
        item.status().checkMoveTo(to);
        String why = Texts.text(
                "note",
                note,
                2000,
                to == DecisionItemStatus.WITHDRAWN ? "调出目录的理由" : "进展说明",
                to == DecisionItemStatus.WITHDRAWN);
        String index = Texts.optional("decisionIndexNumber", decisionIndexNumber, 100, "决策文件索引号");
        if (!repository.moveItem(itemId, version, item.status(), to, why, index, clock.instant())) {
            throw RuleViolation.changedMeanwhile("该目录");
        }
        audit.record(
                "DECISION_ITEM_STATUS",
                target(catalogId),
                Outcome.SUCCESS,
                item.title() + "：" + item.status().label() + " → " + to.label() + (why == null ? "" : "，" + why));
    }

    // --- public --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Integer> publishedYears(long governmentId) {
        return repository.years(governmentId, true);
    }

    @Transactional(readOnly = true)
    public Optional<DecisionCatalog> published(long governmentId, int year) {
        return repository.idOf(governmentId, year).flatMap(repository::find).filter(DecisionCatalog::published);
    }
}
