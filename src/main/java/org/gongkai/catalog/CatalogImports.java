package org.gongkai.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a unit's catalog from the Excel or CSV layout offices already use: the file is read within bounds for a
 * preview (nothing stored), then imported as a new draft, all rows or none, keeping the identity of items that match
 * the published version so that the next publication's adjustments are real. Split from {@link CatalogCompilation},
 * which compiles, reviews and publishes (issue 10).
 */
@Service
public class CatalogImports {

    private final CatalogRepository catalogs;
    private final AreaRepository areas;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogImports(
            CatalogRepository catalogs,
            AreaRepository areas,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.catalogs = catalogs;
        this.areas = areas;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files being read, by unit: one at a time per unit, and at most two on the node, so that concurrent
     * uploads cannot together exhaust the memory a bounded read may use (issue 9 §1).
     */
    private final java.util.Set<Long> reading = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final java.util.concurrent.Semaphore FILE_READERS = new java.util.concurrent.Semaphore(2);

    /** Reads an uploaded catalog for the preview; nothing is stored. */
    @Transactional(readOnly = true)
    public ImportedCatalog readFile(long organizationId, String fileName, byte[] content) {
        access.requireAny(CatalogCompilation.COMPILERS, organizationId, "CATALOG_IMPORT");
        Organization unit = directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        if (!reading.add(organizationId)) {
            throw new RuleViolation("file", "本单位有一个目录文件正在读取，请等它完成后再上传。");
        }
        try {
            if (!FILE_READERS.tryAcquire()) {
                throw new RuleViolation("file", "系统正在读取其他单位的目录文件，请稍候一分钟再试。");
            }
            try {
                return CatalogFileReader.read(fileName, content, unit.kind().level());
            } finally {
                FILE_READERS.release();
            }
        } finally {
            reading.remove(organizationId);
        }
    }

    /** The area named in the file's title or sheet, if any: the longest area name it contains. */
    @Transactional(readOnly = true)
    public Optional<CatalogArea> areaNamedIn(String hint) {
        if (hint == null) {
            return Optional.empty();
        }
        return areas.areas().stream()
                .filter(a -> hint.contains(a.name()))
                .max(java.util.Comparator.comparingInt(a -> a.name().length()));
    }

    /**
     * Imports the file as a new draft of the unit's catalog of the area: all rows or none. Items that
     * match a published item by name keep its identity, so the next publication's adjustments are real.
     */
    @Transactional
    public long importFile(long organizationId, Long areaId, String fileName, byte[] content) {
        ImportedCatalog file = readFile(organizationId, fileName, content);
        if (areaId == null || areas.area(areaId).isEmpty()) {
            throw new RuleViolation(
                    "areaId",
                    "文件“" + (file.areaHint() == null ? fileName : file.areaHint()) + "”中没有可识别的领域，请在列表中选择该目录所属的领域。");
        }
        if (!file.importable()) {
            List<String> shown =
                    file.problems().subList(0, Math.min(10, file.problems().size()));
            throw new RuleViolation(
                    "file", "文件有 " + file.problems().size() + " 处问题，未导入任何内容：" + String.join(" ", shown));
        }
        CatalogArea area = areas.area(areaId).orElseThrow();
        List<CatalogRepository.Header> versions = catalogs.versions(organizationId, areaId);
        if (versions.stream()
                .anyMatch(h -> h.status().editable()
                        || h.status() == CatalogStatus.SUBMITTED
                        || h.status() == CatalogStatus.REVIEWED)) {
            throw new RuleViolation("该领域已有未发布的目录（草稿或审核中），请先处理该目录，再导入新版本。");
        }
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        versions.stream()
                .filter(h -> h.status() == CatalogStatus.PUBLISHED)
                .findFirst()
                .ifPresent(p -> catalogs.items(p.id())
                        .forEach(i -> keys.putIfAbsent(
                                identity(i.firstLevel(), i.secondLevel(), i.thirdLevel()), i.itemKey())));
        int next = versions.isEmpty() ? 1 : versions.get(0).versionNumber() + 1;
        long id = catalogs.insertHeader(
                organizationId, areaId, next, area.guidelineVersion(), clock.instant(), Actors.currentName());
        java.util.Set<String> used = new java.util.HashSet<>();
        List<String> itemKeys = new ArrayList<>();
        List<CatalogItemDraft> items = new ArrayList<>();
        for (ImportedCatalog.Row row : file.rows()) {
            CatalogItemDraft item = row.item();
            String key = keys.get(identity(item.firstLevel(), item.secondLevel(), item.thirdLevel()));
            if (key == null || !used.add(key)) {
                key = UUID.randomUUID().toString();
            }
            itemKeys.add(key);
            items.add(item);
        }
        catalogs.insertItems(id, itemKeys, items);
        audit.record(
                "CATALOG_IMPORT",
                "catalog:" + id,
                Outcome.SUCCESS,
                fileName + "：" + area.name() + " 第 " + next + " 版，"
                        + file.rows().size() + " 个事项");
        return id;
    }

    private static String identity(String first, String second, String third) {
        return (first == null ? "" : first) + "\u001f" + second + "\u001f" + (third == null ? "" : third);
    }
}
