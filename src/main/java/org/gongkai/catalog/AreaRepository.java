package org.gongkai.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.organization.AdministrativeLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AreaRepository {

    private static final String ITEM_COLUMNS =
            "id, area_id, item_key, from_version, to_version, sort_order, first_level, "
                    + "second_level, third_level, content_elements, legal_basis, time_limit, responsible_body, audience, "
                    + "disclosure_mode, levels";

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countAreas() {
        return jdbc.sql("select count(*) from catalog_area").query(Long.class).single();
    }

    List<CatalogArea> areas() {
        return jdbc.sql("select id, name, sort_order, national, issuer, guideline_version, version from catalog_area "
                        + "order by sort_order, id")
                .query(AreaRepository::area)
                .list();
    }

    Optional<CatalogArea> area(long id) {
        return jdbc.sql("select id, name, sort_order, national, issuer, guideline_version, version from catalog_area "
                        + "where id = ?")
                .param(id)
                .query(AreaRepository::area)
                .optional();
    }

    boolean areaNameTaken(String name) {
        return jdbc.sql("select count(*) from catalog_area where name = ?")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertArea(String name, int sortOrder, boolean national, String issuer) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into catalog_area (name, sort_order, national, issuer) values (?, ?, ?, ?)")
                .params(name, sortOrder, national, issuer)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    int maxAreaSortOrder() {
        return jdbc.sql("select coalesce(max(sort_order), 0) from catalog_area")
                .query(Integer.class)
                .single();
    }

    /** Moves the area's guideline to the next version, if nobody else did since {@code expected}. */
    boolean bumpGuidelineVersion(long areaId, int expectedGuidelineVersion) {
        return jdbc.sql("update catalog_area set guideline_version = guideline_version + 1, version = version + 1 "
                                + "where id = ? and guideline_version = ?")
                        .params(areaId, expectedGuidelineVersion)
                        .update()
                == 1;
    }

    List<GuidelineItem> itemsAt(long areaId, int version) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from area_guideline_item where area_id = ? and from_version <= ? "
                        + "and (to_version is null or to_version >= ?) order by sort_order, id")
                .params(areaId, version, version)
                .query(AreaRepository::item)
                .list();
    }

    /** Every area's items at its current guideline version, by area, in one statement. */
    Map<Long, List<GuidelineItem>> currentItems() {
        Map<Long, List<GuidelineItem>> byArea = new HashMap<>();
        jdbc.sql("select " + prefixed("i.") + " from area_guideline_item i join catalog_area a on a.id = i.area_id "
                        + "where i.from_version <= a.guideline_version "
                        + "and (i.to_version is null or i.to_version >= a.guideline_version) "
                        + "order by i.area_id, i.sort_order, i.id")
                .query(AreaRepository::item)
                .list()
                .forEach(item -> byArea.computeIfAbsent(item.areaId(), k -> new ArrayList<>())
                        .add(item));
        return byArea;
    }

    private static String prefixed(String alias) {
        return Arrays.stream(ITEM_COLUMNS.split(",\\s*")).map(c -> alias + c).collect(Collectors.joining(", "));
    }

    long countCurrentItems(long areaId) {
        return jdbc.sql("select count(*) from area_guideline_item where area_id = ? and to_version is null")
                .param(areaId)
                .query(Long.class)
                .single();
    }

    Optional<GuidelineItem> currentItem(long areaId, String itemKey) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from area_guideline_item where area_id = ? and item_key = ? "
                        + "and to_version is null")
                .params(areaId, itemKey)
                .query(AreaRepository::item)
                .optional();
    }

    int maxItemSortOrder(long areaId) {
        return jdbc.sql("select coalesce(max(sort_order), 0) from area_guideline_item where area_id = ?")
                .param(areaId)
                .query(Integer.class)
                .single();
    }

    void insertItem(long areaId, String itemKey, int fromVersion, int sortOrder, GuidelineItemDraft d) {
        jdbc.sql(
                        "insert into area_guideline_item (area_id, item_key, from_version, sort_order, first_level, second_level, "
                                + "third_level, content_elements, legal_basis, time_limit, responsible_body, audience, "
                                + "disclosure_mode, levels) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        areaId,
                        itemKey,
                        fromVersion,
                        sortOrder,
                        d.firstLevel(),
                        d.secondLevel(),
                        d.thirdLevel(),
                        d.contentElements(),
                        d.legalBasis(),
                        d.timeLimit(),
                        d.responsibleBody(),
                        d.audience().name(),
                        d.mode().name(),
                        levels(d.levels()))
                .update();
    }

    /** Ends the item's current row at {@code lastVersion}. */
    void closeItem(long areaId, String itemKey, int lastVersion) {
        jdbc.sql(
                        "update area_guideline_item set to_version = ? where area_id = ? and item_key = ? and to_version is null")
                .params(lastVersion, areaId, itemKey)
                .update();
    }

    static String levels(Set<AdministrativeLevel> levels) {
        return levels.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    static Set<AdministrativeLevel> levels(String text) {
        Set<AdministrativeLevel> set = EnumSet.noneOf(AdministrativeLevel.class);
        Arrays.stream(text.split("\\s+"))
                .filter(s -> !s.isBlank())
                .map(AdministrativeLevel::valueOf)
                .forEach(set::add);
        return set;
    }

    private static CatalogArea area(ResultSet rs, int n) throws SQLException {
        return new CatalogArea(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getInt("sort_order"),
                rs.getBoolean("national"),
                rs.getString("issuer"),
                rs.getInt("guideline_version"),
                rs.getInt("version"));
    }

    private static GuidelineItem item(ResultSet rs, int n) throws SQLException {
        return new GuidelineItem(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getString("item_key"),
                rs.getInt("from_version"),
                rs.getObject("to_version", Integer.class),
                rs.getInt("sort_order"),
                rs.getString("first_level"),
                rs.getString("second_level"),
                rs.getString("third_level"),
                rs.getString("content_elements"),
                rs.getString("legal_basis"),
                TimeLimit.parse(rs.getString("time_limit")),
                rs.getString("responsible_body"),
                Audience.valueOf(rs.getString("audience")),
                DisclosureMode.valueOf(rs.getString("disclosure_mode")),
                levels(rs.getString("levels")));
    }
}
