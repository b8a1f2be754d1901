package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of the catalogs against the area guidelines: for every unit and area, where its catalog
 * stands and which guideline items it lacks or adds, matched by item identity (一级, 二级 and 三级事项) among the
 * items that apply at the unit's level; items are counted one by one, not by distinct names (issue 9 §21). The supervising office sees the whole county; a unit's own staff see their unit.
 */
@Service
public class CatalogCoverage {

    private static final Set<OrganizationKind> COMPILING_UNITS = EnumSet.of(
            OrganizationKind.DEPARTMENT,
            OrganizationKind.TOWNSHIP,
            OrganizationKind.SUBDISTRICT,
            OrganizationKind.VILLAGE_COMMITTEE);

    private final CatalogRepository catalogs;
    private final AreaRepository areas;
    private final OrganizationDirectory directory;
    private final AccessControl access;

    CatalogCoverage(
            CatalogRepository catalogs, AreaRepository areas, OrganizationDirectory directory, AccessControl access) {
        this.catalogs = catalogs;
        this.areas = areas;
        this.directory = directory;
        this.access = access;
    }

    /** One cell: the latest version's state, whether a version is published, and the gaps. */
    public record Cell(
            long organizationId,
            long areaId,
            Long catalogId,
            CatalogStatus latestStatus,
            boolean published,
            int items,
            List<String> missing,
            List<String> extra) {

        public String statusLabel() {
            if (latestStatus == null) {
                return "未编制";
            }
            return published && latestStatus != CatalogStatus.PUBLISHED
                    ? "已发布（新版本" + latestStatus.label() + "）"
                    : latestStatus.label();
        }
    }

    public record Row(Organization organization, List<Cell> cells) {

        public long publishedCount() {
            return cells.stream().filter(Cell::published).count();
        }
    }

    public record Table(List<CatalogArea> areas, List<Row> rows) {}

    /** The county-wide table, for a SUPERVISOR over the top organization. */
    @Transactional(readOnly = true)
    public Table county() {
        Long root = directory.root().map(Organization::id).orElse(null);
        access.require(Role.SUPERVISOR, root, "CATALOG_COVERAGE_READ");
        List<Organization> units = directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> COMPILING_UNITS.contains(o.kind()))
                .toList();
        return table(units);
    }

    /**
     * Each compiling unit's coverage today, for the supervision indicators (issue 16 §1): the areas it compiles (has a
     * catalog version of), those with a published version, and the guideline items missing from its latest versions.
     * No authorization of its own: the caller decides who sees a unit's figures.
     */
    public record UnitCoverage(long organizationId, long compiledAreas, long publishedAreas, long missingItems) {}

    @Transactional(readOnly = true)
    public Map<Long, UnitCoverage> byUnit() {
        List<Organization> units = directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> COMPILING_UNITS.contains(o.kind()))
                .toList();
        Map<Long, UnitCoverage> out = new HashMap<>();
        for (Row row : table(units).rows()) {
            out.put(
                    row.organization().id(),
                    new UnitCoverage(
                            row.organization().id(),
                            row.cells().stream()
                                    .filter(c -> c.latestStatus() != null)
                                    .count(),
                            row.publishedCount(),
                            row.cells().stream()
                                    .mapToLong(c -> c.missing().size())
                                    .sum()));
        }
        return out;
    }

    /** One cell with its gaps, for the unit's staff or the supervising office. */
    @Transactional(readOnly = true)
    public Cell cell(long organizationId, long areaId) {
        if (!access.canAny(EnumSet.of(Role.SUPERVISOR, Role.EDITOR, Role.SIGNER), organizationId)) {
            access.deny("CATALOG_COVERAGE_READ", "organization:" + organizationId);
        }
        Organization unit = directory.find(organizationId).orElseThrow();
        return table(List.of(unit)).rows().get(0).cells().stream()
                .filter(c -> c.areaId() == areaId)
                .findFirst()
                .orElseThrow();
    }

    private Table table(List<Organization> units) {
        List<CatalogArea> allAreas = areas.areas();
        Map<Long, Map<AdministrativeLevel, Set<CatalogRepository.ItemIdentity>>> guideline = new HashMap<>();
        Map<Long, List<GuidelineItem>> currentItems = areas.currentItems();
        for (CatalogArea area : allAreas) {
            Map<AdministrativeLevel, Set<CatalogRepository.ItemIdentity>> byLevel = new HashMap<>();
            for (GuidelineItem item : currentItems.getOrDefault(area.id(), List.of())) {
                for (AdministrativeLevel level : item.levels()) {
                    byLevel.computeIfAbsent(level, k -> new LinkedHashSet<>())
                            .add(new CatalogRepository.ItemIdentity(
                                    item.firstLevel(), item.secondLevel(), item.thirdLevel()));
                }
            }
            guideline.put(area.id(), byLevel);
        }
        Map<String, CatalogRepository.Header> latest = catalogs.latestEverywhere().stream()
                .collect(Collectors.toMap(h -> h.organizationId() + "/" + h.areaId(), Function.identity()));
        Map<Long, List<CatalogRepository.ItemIdentity>> items = catalogs.itemIdentities(
                latest.values().stream().map(CatalogRepository.Header::id).toList());
        Set<String> published = catalogs.publishedPairs();
        List<Row> rows = new ArrayList<>();
        for (Organization unit : units) {
            AdministrativeLevel level = unit.kind().level();
            List<Cell> cells = new ArrayList<>();
            for (CatalogArea area : allAreas) {
                String pair = unit.id() + "/" + area.id();
                CatalogRepository.Header h = latest.get(pair);
                Set<CatalogRepository.ItemIdentity> expected =
                        guideline.get(area.id()).getOrDefault(level, Set.of());
                List<CatalogRepository.ItemIdentity> rowsOfCatalog =
                        h == null ? List.of() : items.getOrDefault(h.id(), List.of());
                Set<CatalogRepository.ItemIdentity> present = new java.util.HashSet<>(rowsOfCatalog);
                List<String> missing = h == null
                        ? List.of()
                        : expected.stream()
                                .filter(n -> !present.contains(n))
                                .map(CatalogRepository.ItemIdentity::label)
                                .toList();
                List<String> extra = present.stream()
                        .filter(n -> !expected.contains(n))
                        .map(CatalogRepository.ItemIdentity::label)
                        .sorted()
                        .toList();
                cells.add(new Cell(
                        unit.id(),
                        area.id(),
                        h == null ? null : h.id(),
                        h == null ? null : h.status(),
                        published.contains(pair),
                        rowsOfCatalog.size(),
                        missing,
                        extra));
            }
            rows.add(new Row(unit, cells));
        }
        return new Table(allAreas, rows);
    }
}
