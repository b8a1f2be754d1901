package org.gongkai.consultation;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Decision catalogs and their items; publication and every item's move are guarded by state and version. */
@Repository
class DecisionCatalogRepository {

    private static final String ITEM =
            "select id, catalog_id, title, sponsor_id, reason, participation, planned_by, status, "
                    + "added_after_publication, consultation_id, hearing_id, decision_index_number, status_note, "
                    + "status_changed_at, version from decision_item ";

    private final JdbcClient jdbc;

    DecisionCatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, int year, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into decision_catalog (organization_id, catalog_year, status, created_at) values (?, ?, 'DRAFT', ?)")
                .params(organizationId, year, utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String CATALOG =
            "select id, organization_id, catalog_year, status, approval_note, published_at, version from decision_catalog ";

    Optional<DecisionCatalog> find(long id) {
        return catalogs(CATALOG + "where id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Every government's catalog of a year, keyed by the government, with their items: two queries. */
    Map<Long, DecisionCatalog> ofYear(int year) {
        Map<Long, DecisionCatalog> byGovernment = new HashMap<>();
        for (DecisionCatalog c : catalogs(CATALOG + "where catalog_year = :year", Map.of("year", year))) {
            byGovernment.put(c.organizationId(), c);
        }
        return byGovernment;
    }

    private List<DecisionCatalog> catalogs(String sql, Map<String, ?> params) {
        List<DecisionCatalog> bare = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new DecisionCatalog(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        "PUBLISHED".equals(rs.getString(4)),
                        rs.getString(5),
                        instant(rs, "published_at"),
                        rs.getInt(7),
                        List.of()))
                .list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<DecisionCatalog.Item>> items = new HashMap<>();
        jdbc.sql(ITEM + "where catalog_id in (:ids) order by id")
                .param("ids", bare.stream().map(DecisionCatalog::id).toList())
                .query((rs, n) -> items.computeIfAbsent(rs.getLong("catalog_id"), k -> new ArrayList<>())
                        .add(item(rs)))
                .list();
        return bare.stream()
                .map(c -> new DecisionCatalog(
                        c.id(),
                        c.organizationId(),
                        c.year(),
                        c.published(),
                        c.approvalNote(),
                        c.publishedAt(),
                        c.version(),
                        List.copyOf(items.getOrDefault(c.id(), List.of()))))
                .toList();
    }

    Optional<Long> idOf(long organizationId, int year) {
        return jdbc.sql("select id from decision_catalog where organization_id = ? and catalog_year = ?")
                .params(organizationId, year)
                .query(Long.class)
                .optional();
    }

    /** The years of a government's catalogs, newest first ({@code publishedOnly}: those the public sees). */
    List<Integer> years(long organizationId, boolean publishedOnly) {
        return jdbc.sql("select catalog_year from decision_catalog where organization_id = ?"
                        + (publishedOnly ? " and status = 'PUBLISHED'" : "") + " order by catalog_year desc")
                .param(organizationId)
                .query(Integer.class)
                .list();
    }

    boolean publish(long id, int version, String note, Instant at, String by) {
        return jdbc.sql(
                                "update decision_catalog set status = 'PUBLISHED', approval_note = ?, published_at = ?, "
                                        + "published_by = ?, version = version + 1 where id = ? and version = ? and status = 'DRAFT'")
                        .params(note, utc(at), by, id, version)
                        .update()
                == 1;
    }

    List<DecisionCatalog.Item> items(long catalogId) {
        return jdbc.sql(ITEM + "where catalog_id = ? order by id")
                .param(catalogId)
                .query((rs, n) -> item(rs))
                .list();
    }

    private static DecisionCatalog.Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DecisionCatalog.Item(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("sponsor_id"),
                rs.getString("reason"),
                Arrays.stream(rs.getString("participation").split(","))
                        .filter(s -> !s.isEmpty())
                        .map(Participation::valueOf)
                        .toList(),
                rs.getString("planned_by"),
                DecisionItemStatus.valueOf(rs.getString("status")),
                rs.getBoolean("added_after_publication"),
                (Long) rs.getObject("consultation_id", Long.class),
                (Long) rs.getObject("hearing_id", Long.class),
                rs.getString("decision_index_number"),
                rs.getString("status_note"),
                instant(rs, "status_changed_at"),
                rs.getInt("version"));
    }

    long insertItem(long catalogId, DecisionCatalogs.ItemDraft d, boolean afterPublication) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_item (catalog_id, title, sponsor_id, reason, participation, planned_by, status, "
                        + "added_after_publication, consultation_id, hearing_id) "
                        + "values (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?)")
                .params(
                        catalogId,
                        d.title(),
                        d.sponsorId(),
                        d.reason(),
                        d.participation().stream().map(Enum::name).collect(Collectors.joining(",")),
                        d.plannedBy(),
                        afterPublication,
                        d.consultationId(),
                        d.hearingId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Deletes an item of a catalog still in draft. */
    boolean deleteDraftItem(long catalogId, long itemId) {
        return jdbc.sql("delete from decision_item where id = ? and catalog_id = ? and catalog_id in "
                                + "(select id from decision_catalog where status = 'DRAFT')")
                        .params(itemId, catalogId)
                        .update()
                == 1;
    }

    boolean moveItem(
            long itemId,
            int version,
            DecisionItemStatus from,
            DecisionItemStatus to,
            String note,
            String decisionIndexNumber,
            Instant at) {
        return jdbc.sql("update decision_item set status = ?, status_note = ?, decision_index_number = "
                                + "coalesce(?, decision_index_number), status_changed_at = ?, version = version + 1 "
                                + "where id = ? and version = ? and status = ?")
                        .params(to.name(), note, decisionIndexNumber, utc(at), itemId, version, from.name())
                        .update()
                == 1;
    }
}
