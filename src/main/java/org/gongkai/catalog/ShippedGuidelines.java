package org.gongkai.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.shared.Csv;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds an empty installation with the 26 national areas ({@code catalog/areas.csv}) and their
 * guideline items ({@code catalog/guidelines.csv}, made from the national guidelines as reproduced in
 * county catalogs by {@code tools/guidelines_from_markdown.py}), plus the rows common to nearly every
 * area ({@code catalog/common-items.csv}: 政策文件, 重大决策草案, 重大政策解读及回应) where an area lacks
 * them. All of it in one transaction; guideline version 1.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShippedGuidelines implements ApplicationRunner {

    private final AreaRepository repository;
    private final AuditTrail audit;

    ShippedGuidelines(AreaRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (repository.countAreas() > 0) {
            return;
        }
        Map<String, Long> areaIds = new HashMap<>();
        Map<String, List<String>> areaRows = new HashMap<>();
        for (List<String> row : rows("catalog/areas.csv")) {
            areaIds.put(row.get(1), repository.insertArea(row.get(1), Integer.parseInt(row.get(0)), true, row.get(2)));
            areaRows.put(row.get(1), row);
        }
        Map<Long, Set<String>> seen = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        int loaded = 0;
        for (List<String> row : rows("catalog/guidelines.csv")) {
            Long areaId = areaIds.get(row.get(1));
            if (areaId == null) {
                throw new IllegalStateException("guidelines.csv names an unknown area: " + row.get(1));
            }
            // a row printed without 公开依据 or 公开主体 takes what the area's guideline states for all its rows
            List<String> area = areaRows.get(row.get(1));
            GuidelineItemDraft draft = new GuidelineItemDraft(
                    row.get(2),
                    row.get(3),
                    null,
                    row.get(4),
                    orElse(row.get(5), area, 3),
                    row.get(6),
                    orElse(row.get(7), area, 4),
                    Audience.valueOf(row.get(8)),
                    DisclosureMode.valueOf(row.get(9)),
                    levels(row.get(10)));
            insert(areaId, AreaGuidelines.check(draft), seen, order);
            loaded++;
        }
        List<List<String>> common = rows("catalog/common-items.csv");
        for (Map.Entry<String, Long> area : areaIds.entrySet()) {
            for (List<String> row : common) {
                if (!seen.getOrDefault(area.getValue(), Set.of()).contains(row.get(0) + "/" + row.get(1))) {
                    List<String> areaRow = areaRows.get(area.getKey());
                    insert(
                            area.getValue(),
                            new GuidelineItemDraft(
                                    row.get(0),
                                    row.get(1),
                                    null,
                                    row.get(2).replace("{领域}", area.getKey()),
                                    orElse(row.get(3), areaRow, 3),
                                    row.get(4),
                                    orElse(null, areaRow, 4),
                                    Audience.PUBLIC,
                                    DisclosureMode.PROACTIVE,
                                    EnumSet.of(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP)),
                            seen,
                            order);
                    loaded++;
                }
            }
        }
        audit.record(
                "CATALOG_GUIDELINES_SEEDED", "catalog", Outcome.SUCCESS, areaIds.size() + " 个领域，" + loaded + " 个指引事项");
    }

    private void insert(long areaId, GuidelineItemDraft draft, Map<Long, Set<String>> seen, Map<Long, Integer> order) {
        int sort = order.merge(areaId, 1, Integer::sum);
        repository.insertItem(areaId, UUID.randomUUID().toString(), 1, sort, draft);
        seen.computeIfAbsent(areaId, k -> new HashSet<>()).add(draft.firstLevel() + "/" + draft.secondLevel());
    }

    private static String orElse(String value, List<String> areaRow, int column) {
        if (value != null && !value.isBlank()) {
            return value;
        }
        return areaRow.size() > column && !areaRow.get(column).isBlank() ? areaRow.get(column) : value;
    }

    private static Set<AdministrativeLevel> levels(String text) {
        return AreaRepository.levels(text);
    }

    private static List<List<String>> rows(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            List<List<String>> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return rows.subList(1, rows.size()).stream()
                    .filter(r -> r.size() > 1)
                    .toList();
        }
    }
}
