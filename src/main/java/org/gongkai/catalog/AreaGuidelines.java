package org.gongkai.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The areas and their guidelines. Everyone signed in reads them; the county's supervising office (a
 * SUPERVISOR over the top organization) adds local areas and edits guideline items. Every edit makes a
 * new guideline version of the area and keeps the old ones readable.
 */
@Service
public class AreaGuidelines {

    private final AreaRepository repository;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;

    AreaGuidelines(AreaRepository repository, AccessControl access, OrganizationDirectory directory, AuditTrail audit) {
        this.repository = repository;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    /** An area with the number of items its current guideline has. */
    public record AreaSummary(CatalogArea area, long items) {}

    @Transactional(readOnly = true)
    public List<AreaSummary> areas() {
        return repository.areas().stream()
                .map(a -> new AreaSummary(a, repository.countCurrentItems(a.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public CatalogArea area(long id) {
        return repository.area(id).orElseThrow(() -> new RuleViolation("该领域不存在。"));
    }

    /** The guideline items of {@code version} (null: the current one). */
    @Transactional(readOnly = true)
    public List<GuidelineItem> items(long areaId, Integer version) {
        CatalogArea area = area(areaId);
        int shown = version == null ? area.guidelineVersion() : version;
        if (shown < 1 || shown > area.guidelineVersion()) {
            throw new RuleViolation("version", "该领域的标准指引只有第 1 至第 " + area.guidelineVersion() + " 版。");
        }
        return repository.itemsAt(areaId, shown);
    }

    @Transactional(readOnly = true)
    public boolean canEdit() {
        return directory
                .root()
                .map(Organization::id)
                .map(root -> access.can(Role.SUPERVISOR, root))
                .orElse(false);
    }

    @Transactional
    public long addLocalArea(String name) {
        requireEditor("CATALOG_AREA_CREATE");
        String clean = Texts.clean(name);
        if (clean == null || clean.length() > 60) {
            throw new RuleViolation("name", "请填写领域名称（最多 60 字）。");
        }
        if (repository.areaNameTaken(clean)) {
            throw new RuleViolation("name", "领域“" + clean + "”已存在。");
        }
        long id = repository.insertArea(clean, repository.maxAreaSortOrder() + 1, false, null);
        audit.record("CATALOG_AREA_CREATE", "catalog-area:" + id, Outcome.SUCCESS, clean);
        return id;
    }

    @Transactional
    public String addItem(long areaId, int expectedGuidelineVersion, GuidelineItemDraft draft) {
        requireEditor("GUIDELINE_ITEM_CREATE");
        GuidelineItemDraft clean = check(draft);
        int next = nextVersion(areaId, expectedGuidelineVersion);
        String key = UUID.randomUUID().toString();
        repository.insertItem(areaId, key, next, repository.maxItemSortOrder(areaId) + 1, clean);
        audit.record(
                "GUIDELINE_ITEM_CREATE",
                "catalog-area:" + areaId,
                Outcome.SUCCESS,
                "第 " + next + " 版 新增 " + clean.secondLevel());
        return key;
    }

    @Transactional
    public void updateItem(long areaId, String itemKey, int expectedGuidelineVersion, GuidelineItemDraft draft) {
        requireEditor("GUIDELINE_ITEM_UPDATE");
        GuidelineItem current = currentItem(areaId, itemKey);
        GuidelineItemDraft clean = check(draft);
        int next = nextVersion(areaId, expectedGuidelineVersion);
        repository.closeItem(areaId, itemKey, next - 1);
        repository.insertItem(areaId, itemKey, next, current.sortOrder(), clean);
        audit.record(
                "GUIDELINE_ITEM_UPDATE",
                "catalog-area:" + areaId,
                Outcome.SUCCESS,
                "第 " + next + " 版 修改 " + clean.secondLevel());
    }

    @Transactional
    public void removeItem(long areaId, String itemKey, int expectedGuidelineVersion) {
        requireEditor("GUIDELINE_ITEM_REMOVE");
        GuidelineItem current = currentItem(areaId, itemKey);
        int next = nextVersion(areaId, expectedGuidelineVersion);
        repository.closeItem(areaId, itemKey, next - 1);
        audit.record(
                "GUIDELINE_ITEM_REMOVE",
                "catalog-area:" + areaId,
                Outcome.SUCCESS,
                "第 " + next + " 版 删除 " + current.secondLevel());
    }

    @Transactional(readOnly = true)
    public GuidelineItem currentItem(long areaId, String itemKey) {
        return repository.currentItem(areaId, itemKey).orElseThrow(() -> new RuleViolation("该指引事项不存在或已被删除。"));
    }

    private int nextVersion(long areaId, int expected) {
        area(areaId);
        if (!repository.bumpGuidelineVersion(areaId, expected)) {
            throw new RuleViolation("该领域的标准指引已被他人修改，请刷新页面后重新编辑。");
        }
        return expected + 1;
    }

    private void requireEditor(String action) {
        Long root = directory.root().map(Organization::id).orElse(null);
        access.require(Role.SUPERVISOR, root, action);
    }

    static GuidelineItemDraft check(GuidelineItemDraft d) {
        String second = Texts.clean(d.secondLevel());
        if (second == null) {
            throw new RuleViolation("secondLevel", "请填写二级事项（事项名称）。");
        }
        if (d.audience() == null) {
            throw new RuleViolation("audience", "请选择公开对象。");
        }
        if (d.mode() == null) {
            throw new RuleViolation("mode", "请选择公开方式。");
        }
        if (d.levels() == null || d.levels().isEmpty()) {
            throw new RuleViolation("levels", "请至少选择一个公开层级。");
        }
        return new GuidelineItemDraft(
                limit("firstLevel", d.firstLevel(), 200, "一级事项"),
                limit("secondLevel", second, 200, "二级事项"),
                limit("thirdLevel", d.thirdLevel(), 200, "三级事项"),
                limit("contentElements", d.contentElements(), 4000, "公开内容"),
                limit("legalBasis", d.legalBasis(), 2000, "公开依据"),
                limit("timeLimit", d.timeLimit(), TimeLimitParser.MAX_PHRASE, "公开时限"),
                limit("responsibleBody", d.responsibleBody(), 200, "公开主体"),
                d.audience(),
                d.mode(),
                EnumSet.copyOf(d.levels()));
    }

    private static String limit(String field, String value, int max, String label) {
        String clean = Texts.clean(value);
        if (clean != null && clean.length() > max) {
            throw new RuleViolation(field, label + "最多 " + max + " 字，当前 " + clean.length() + " 字。");
        }
        return clean;
    }
}
