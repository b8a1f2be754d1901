package org.gongkai.catalog;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CatalogRepository {

    /** A catalog row without its items and review. */
    record Header(
            long id,
            long organizationId,
            long areaId,
            int versionNumber,
            CatalogStatus status,
            Integer guidelineVersion,
            Instant createdAt,
            String createdBy,
            Instant submittedAt,
            Instant publishedAt,
            String publishedBy,
            int reviewRound,
            int lockVersion) {}

    private static final String HEADER = "id, organization_id, area_id, version_number, status, guideline_version, "
            + "created_at, created_by, submitted_at, published_at, published_by, review_round, lock_version";
    private static final String ITEM = "id, item_key, sort_order, first_level, second_level, third_level, "
            + "content_elements, legal_basis, time_limit, responsible_body, channels, local_channels, audience, "
            + "disclosure_mode, levels, audience_note, mode_note, time_rule";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batchTemplate;

    CatalogRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batchTemplate) {
        this.jdbc = jdbc;
        this.batchTemplate = batchTemplate;
    }

    Optional<Header> header(long id) {
        return jdbc.sql("select " + HEADER + " from standard_catalog where id = ?")
                .param(id)
                .query(CatalogRepository::header)
                .optional();
    }

    List<Header> versions(long organizationId, long areaId) {
        return jdbc.sql("select " + HEADER + " from standard_catalog where organization_id = ? and area_id = ? "
                        + "order by version_number desc")
                .params(organizationId, areaId)
                .query(CatalogRepository::header)
                .list();
    }

    List<Header> latestOf(long organizationId) {
        return jdbc.sql("select " + HEADER + " from standard_catalog c where organization_id = ? and version_number = "
                        + "(select max(version_number) from standard_catalog m where m.organization_id = c.organization_id "
                        + "and m.area_id = c.area_id)")
                .param(organizationId)
                .query(CatalogRepository::header)
                .list();
    }

    /** The latest version of every unit's catalog of every area. */
    List<Header> latestEverywhere() {
        return jdbc.sql("select " + HEADER + " from standard_catalog c where version_number = "
                        + "(select max(version_number) from standard_catalog m where m.organization_id = c.organization_id "
                        + "and m.area_id = c.area_id)")
                .query(CatalogRepository::header)
                .list();
    }

    /** Units and areas that have a published version. */
    Set<String> publishedPairs() {
        return Set.copyOf(
                jdbc.sql("select distinct organization_id, area_id from standard_catalog where status = 'PUBLISHED'")
                        .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2))
                        .list());
    }

    /** The item names (二级事项) of each of the given catalogs. */
    /** Whether a review step of the catalog, in any round, names the organization as its reviewer. */
    boolean askedToReview(long catalogId, long organizationId) {
        return jdbc.sql(
                                "select count(*) from catalog_review_step where catalog_id = ? and reviewer_organization_id = ?")
                        .params(catalogId, organizationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The items of the catalogs by their identity (一级, 二级, 三级事项), one entry per item. */
    java.util.Map<Long, List<ItemIdentity>> itemIdentities(java.util.Collection<Long> catalogIds) {
        java.util.Map<Long, List<ItemIdentity>> out = new java.util.HashMap<>();
        if (catalogIds.isEmpty()) {
            return out;
        }
        jdbc.sql(
                        "select catalog_id, first_level, second_level, third_level from catalog_item where catalog_id in (:ids)")
                .param("ids", catalogIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ItemIdentity(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return out;
    }

    /** What makes a catalog item the same item as a guideline item: its three levels, blanks ignored. */
    record ItemIdentity(String firstLevel, String secondLevel, String thirdLevel) {

        ItemIdentity {
            firstLevel = norm(firstLevel);
            secondLevel = norm(secondLevel);
            thirdLevel = norm(thirdLevel);
        }

        private static String norm(String s) {
            return s == null ? "" : s.replaceAll("\\s+", "");
        }

        String label() {
            return secondLevel + (thirdLevel.isEmpty() ? "" : "（" + thirdLevel + "）");
        }
    }

    /** Catalog versions of a unit published in [from, to): first versions and later (adjusted) ones. */
    long[] publishedBetween(long organizationId, java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("select sum(case when version_number = 1 then 1 else 0 end), "
                        + "sum(case when version_number > 1 then 1 else 0 end) from standard_catalog "
                        + "where organization_id = ? and published_at >= ? and published_at < ?")
                .params(organizationId, utc(from), utc(to))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    List<Header> published(Long organizationId, Long areaId) {
        return jdbc.sql("select " + HEADER + " from standard_catalog where status = 'PUBLISHED' "
                        + "and (cast(:org as bigint) is null or organization_id = :org) "
                        + "and (cast(:area as bigint) is null or area_id = :area) order by organization_id, area_id")
                .param("org", organizationId)
                .param("area", areaId)
                .query(CatalogRepository::header)
                .list();
    }

    /** The published catalogs with the number of items of each, in one statement. */
    List<PublishedCount> publishedCounts(Long organizationId, Long areaId) {
        return jdbc.sql(
                        "select c.id, c.organization_id, c.area_id, c.version_number, c.guideline_version, "
                                + "c.published_at, (select count(*) from catalog_item i where i.catalog_id = c.id) "
                                + "from standard_catalog c where c.status = 'PUBLISHED' "
                                + "and (cast(:org as bigint) is null or c.organization_id = :org) "
                                + "and (cast(:area as bigint) is null or c.area_id = :area) order by c.organization_id, c.area_id")
                .param("org", organizationId)
                .param("area", areaId)
                .query((rs, n) -> new PublishedCount(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getObject(5, Integer.class),
                        instant(rs, "published_at"),
                        rs.getInt(7)))
                .list();
    }

    record PublishedCount(
            long id,
            long organizationId,
            long areaId,
            int versionNumber,
            Integer guidelineVersion,
            java.time.Instant publishedAt,
            int items) {}

    /** The items of a unit's published catalogs with their areas, in catalog order, in one statement. */
    List<PublishedCatalogItem> publishedItems(long organizationId) {
        return jdbc.sql(
                        "select c.area_id, a.name, i.item_key, i.first_level, i.second_level, i.third_level "
                                + "from standard_catalog c join catalog_area a on a.id = c.area_id "
                                + "join catalog_item i on i.catalog_id = c.id "
                                + "where c.status = 'PUBLISHED' and c.organization_id = ? order by c.area_id, i.sort_order, i.id")
                .param(organizationId)
                .query((rs, n) -> new PublishedCatalogItem(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    List<Header> inReview() {
        return jdbc.sql("select " + HEADER + " from standard_catalog where status = 'SUBMITTED' order by submitted_at")
                .query(CatalogRepository::header)
                .list();
    }

    long insertHeader(
            long organizationId, long areaId, int versionNumber, Integer guidelineVersion, Instant now, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into standard_catalog (organization_id, area_id, version_number, status, guideline_version, "
                        + "created_at, created_by) values (?, ?, ?, 'DRAFT', ?, ?, ?)")
                .params(organizationId, areaId, versionNumber, guidelineVersion, utc(now), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Moves the catalog on if it is still at {@code lockVersion} and in {@code from}; false when someone was faster. */
    /** Writes a move of the review path; false when the version is no longer where the move starts. */
    boolean transition(long id, int lockVersion, CatalogReview move) {
        String states = move.from().stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        return jdbc.sql("update standard_catalog set status = ?, lock_version = lock_version + 1 where id = ? "
                                + "and lock_version = ? and status in (" + states + ")")
                        .params(move.to().name(), id, lockVersion)
                        .update()
                == 1;
    }

    /** Marks a change to the draft's content; false when the draft changed since {@code lockVersion}. */
    boolean touch(long id, int lockVersion) {
        return jdbc.sql("update standard_catalog set lock_version = lock_version + 1 where id = ? and lock_version = ? "
                                + "and status in ('DRAFT', 'RETURNED')")
                        .params(id, lockVersion)
                        .update()
                == 1;
    }

    void markSubmitted(long id, Instant at, int round) {
        jdbc.sql("update standard_catalog set submitted_at = ?, review_round = ? where id = ?")
                .params(utc(at), round, id)
                .update();
    }

    void markPublished(long id, Instant at, String by) {
        jdbc.sql("update standard_catalog set published_at = ?, published_by = ? where id = ?")
                .params(utc(at), by, id)
                .update();
    }

    void supersede(long organizationId, long areaId, long exceptId) {
        jdbc.sql("update standard_catalog set status = 'SUPERSEDED', lock_version = lock_version + 1 "
                        + "where organization_id = ? and area_id = ? and status = 'PUBLISHED' and id <> ?")
                .params(organizationId, areaId, exceptId)
                .update();
    }

    // --- items

    List<CatalogItem> items(long catalogId) {
        return jdbc.sql("select " + ITEM + " from catalog_item where catalog_id = ? order by sort_order, id")
                .param(catalogId)
                .query(CatalogRepository::item)
                .list();
    }

    int maxSortOrder(long catalogId) {
        return jdbc.sql("select coalesce(max(sort_order), 0) from catalog_item where catalog_id = ?")
                .param(catalogId)
                .query(Integer.class)
                .single();
    }

    void insertItem(long catalogId, String itemKey, int sortOrder, CatalogItemDraft d) {
        jdbc.sql(
                        "insert into catalog_item (catalog_id, item_key, sort_order, first_level, second_level, third_level, "
                                + "content_elements, legal_basis, time_limit, responsible_body, channels, local_channels, audience, "
                                + "disclosure_mode, levels, audience_note, mode_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        catalogId,
                        itemKey,
                        sortOrder,
                        d.firstLevel(),
                        d.secondLevel(),
                        d.thirdLevel(),
                        d.contentElements(),
                        d.legalBasis(),
                        d.timeLimit(),
                        d.responsibleBody(),
                        channels(d.channels()),
                        d.localChannels(),
                        d.audience().name(),
                        d.mode().name(),
                        AreaRepository.levels(d.levels()),
                        d.audienceNote(),
                        d.modeNote())
                .update();
    }

    /** Inserts many items in JDBC batches (imports of thousands of rows). */
    void insertItems(long catalogId, List<String> keys, List<CatalogItemDraft> items) {
        List<Object[]> batch = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            CatalogItemDraft d = items.get(i);
            batch.add(new Object[] {
                catalogId,
                keys.get(i),
                i + 1,
                d.firstLevel(),
                d.secondLevel(),
                d.thirdLevel(),
                d.contentElements(),
                d.legalBasis(),
                d.timeLimit(),
                d.responsibleBody(),
                channels(d.channels()),
                d.localChannels(),
                d.audience().name(),
                d.mode().name(),
                AreaRepository.levels(d.levels()),
                d.audienceNote(),
                d.modeNote()
            });
        }
        batchTemplate.batchUpdate(
                "insert into catalog_item (catalog_id, item_key, sort_order, first_level, second_level, "
                        + "third_level, content_elements, legal_basis, time_limit, responsible_body, channels, local_channels, "
                        + "audience, disclosure_mode, levels, audience_note, mode_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch);
    }

    boolean updateItem(long catalogId, String itemKey, CatalogItemDraft d) {
        return jdbc.sql(
                                "update catalog_item set first_level = ?, second_level = ?, third_level = ?, content_elements = ?, "
                                        + "legal_basis = ?, time_limit = ?, responsible_body = ?, channels = ?, local_channels = ?, "
                                        + "audience = ?, disclosure_mode = ?, levels = ?, audience_note = ?, mode_note = ?, "
                                        // a rule set by hand belongs to the phrase it was set for
                                        + "time_rule = case when coalesce(time_limit, '') = ? then time_rule end "
                                        + "where catalog_id = ? and item_key = ?")
                        .params(
                                d.firstLevel(),
                                d.secondLevel(),
                                d.thirdLevel(),
                                d.contentElements(),
                                d.legalBasis(),
                                d.timeLimit(),
                                d.responsibleBody(),
                                channels(d.channels()),
                                d.localChannels(),
                                d.audience().name(),
                                d.mode().name(),
                                AreaRepository.levels(d.levels()),
                                d.audienceNote(),
                                d.modeNote(),
                                d.timeLimit() == null ? "" : d.timeLimit(),
                                catalogId,
                                itemKey)
                        .update()
                == 1;
    }

    /** Sets (or with null clears) the rule set by hand of an item, if its phrase is still {@code phrase}. */
    boolean setTimeRule(long catalogId, String itemKey, String phrase, String rule) {
        return jdbc.sql("update catalog_item set time_rule = ? where catalog_id = ? and item_key = ? "
                                + "and coalesce(time_limit, '') = ?")
                        .params(rule, catalogId, itemKey, phrase == null ? "" : phrase)
                        .update()
                == 1;
    }

    boolean deleteItem(long catalogId, String itemKey) {
        return jdbc.sql("delete from catalog_item where catalog_id = ? and item_key = ?")
                        .params(catalogId, itemKey)
                        .update()
                == 1;
    }

    void copyItems(long fromCatalogId, long toCatalogId) {
        jdbc.sql("insert into catalog_item (catalog_id, item_key, sort_order, first_level, second_level, third_level, "
                        + "content_elements, legal_basis, time_limit, responsible_body, channels, local_channels, audience, "
                        + "disclosure_mode, levels, audience_note, mode_note, time_rule) select ?, item_key, sort_order, "
                        + "first_level, second_level, third_level, content_elements, legal_basis, time_limit, "
                        + "responsible_body, channels, local_channels, audience, disclosure_mode, levels, audience_note, "
                        + "mode_note, time_rule from catalog_item where catalog_id = ?")
                .params(toCatalogId, fromCatalogId)
                .update();
    }

    // --- review

    /** The step each catalog under review waits on (the first undecided one of its round), by catalog, in one statement. */
    Map<Long, ReviewStep> pendingSteps() {
        Map<Long, ReviewStep> pending = new java.util.LinkedHashMap<>();
        jdbc.sql(
                        "select s.catalog_id, s.id, s.review_round, s.step_number, s.reviewer_kind, s.reviewer_organization_id "
                                + "from catalog_review_step s join standard_catalog c on c.id = s.catalog_id "
                                + "and s.review_round = c.review_round where c.status = 'SUBMITTED' and s.decision is null "
                                + "order by s.catalog_id, s.step_number")
                .query(rs -> {
                    pending.putIfAbsent(
                            rs.getLong(1),
                            new ReviewStep(
                                    rs.getLong(2),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    ReviewStep.ReviewerKind.valueOf(rs.getString(5)),
                                    rs.getObject(6, Long.class),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
                });
        return pending;
    }

    List<ReviewStep> steps(long catalogId, int round) {
        return jdbc.sql("select id, review_round, step_number, reviewer_kind, reviewer_organization_id, decision, "
                        + "review_comment, decided_by, decided_at from catalog_review_step where catalog_id = ? "
                        + "and review_round = ? order by step_number")
                .params(catalogId, round)
                .query((rs, n) -> new ReviewStep(
                        rs.getLong("id"),
                        rs.getInt("review_round"),
                        rs.getInt("step_number"),
                        ReviewStep.ReviewerKind.valueOf(rs.getString("reviewer_kind")),
                        rs.getObject("reviewer_organization_id", Long.class),
                        null,
                        rs.getString("decision") == null ? null : ReviewStep.Decision.valueOf(rs.getString("decision")),
                        rs.getString("review_comment"),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at")))
                .list();
    }

    void insertStep(long catalogId, int round, int stepNumber, ReviewStep.ReviewerKind kind, Long organizationId) {
        jdbc.sql("insert into catalog_review_step (catalog_id, review_round, step_number, reviewer_kind, "
                        + "reviewer_organization_id) values (?, ?, ?, ?, ?)")
                .params(catalogId, round, stepNumber, kind.name(), organizationId)
                .update();
    }

    boolean decide(long stepId, ReviewStep.Decision decision, String comment, String by, Instant at) {
        return jdbc.sql(
                                "update catalog_review_step set decision = ?, review_comment = ?, decided_by = ?, decided_at = ? "
                                        + "where id = ? and decision is null")
                        .params(decision.name(), comment, by, utc(at), stepId)
                        .update()
                == 1;
    }

    Optional<Long> reviewDepartment(long areaId) {
        return jdbc.sql("select organization_id from area_review_department where area_id = ?")
                .param(areaId)
                .query(Long.class)
                .optional();
    }

    void setReviewDepartment(long areaId, Long organizationId) {
        jdbc.sql("delete from area_review_department where area_id = ?")
                .param(areaId)
                .update();
        if (organizationId != null) {
            jdbc.sql("insert into area_review_department (area_id, organization_id) values (?, ?)")
                    .params(areaId, organizationId)
                    .update();
        }
    }

    // --- adjustments

    java.util.Map<String, Adjustments.Explanation> explanations(long catalogId) {
        java.util.Map<String, Adjustments.Explanation> out = new java.util.HashMap<>();
        jdbc.sql("select item_key, kind, reason from catalog_adjustment_reason where catalog_id = ?")
                .param(catalogId)
                .query(rs -> {
                    String kind = rs.getString("kind");
                    out.put(
                            rs.getString("item_key"),
                            new Adjustments.Explanation(
                                    kind == null ? null : AdjustmentKind.valueOf(kind), rs.getString("reason")));
                });
        return out;
    }

    void explain(long catalogId, String itemKey, AdjustmentKind kind, String reason) {
        jdbc.sql("delete from catalog_adjustment_reason where catalog_id = ? and item_key = ?")
                .params(catalogId, itemKey)
                .update();
        jdbc.sql("insert into catalog_adjustment_reason (catalog_id, item_key, kind, reason) values (?, ?, ?, ?)")
                .params(catalogId, itemKey, kind == null ? null : kind.name(), reason)
                .update();
    }

    void insertAdjustment(long catalogId, CatalogAdjustment a, java.time.LocalDate on) {
        jdbc.sql("insert into catalog_adjustment (catalog_id, item_key, item_name, kind, reason, adjusted_on) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(catalogId, a.itemKey(), a.itemName(), a.kind().name(), a.reason(), on)
                .update();
    }

    /** Every recorded adjustment of a unit's catalogs of an area, newest version first. */
    List<CatalogAdjustment> adjustments(long organizationId, long areaId) {
        return jdbc.sql("select c.version_number, a.item_key, a.item_name, a.kind, a.reason, a.adjusted_on "
                        + "from catalog_adjustment a join standard_catalog c on c.id = a.catalog_id "
                        + "where c.organization_id = ? and c.area_id = ? order by c.version_number desc, a.id")
                .params(organizationId, areaId)
                .query((rs, n) -> new CatalogAdjustment(
                        rs.getInt("version_number"),
                        rs.getString("item_key"),
                        rs.getString("item_name"),
                        AdjustmentKind.valueOf(rs.getString("kind")),
                        rs.getString("reason"),
                        rs.getObject("adjusted_on", java.time.LocalDate.class)))
                .list();
    }

    private static String channels(Set<Channel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    private static Set<Channel> channels(String text) {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        Arrays.stream(text.split("\\s+"))
                .filter(s -> !s.isBlank())
                .map(Channel::valueOf)
                .forEach(set::add);
        return set;
    }

    private static Header header(ResultSet rs, int n) throws SQLException {
        return new Header(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getLong("area_id"),
                rs.getInt("version_number"),
                CatalogStatus.valueOf(rs.getString("status")),
                rs.getObject("guideline_version", Integer.class),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "submitted_at"),
                instant(rs, "published_at"),
                rs.getString("published_by"),
                rs.getInt("review_round"),
                rs.getInt("lock_version"));
    }

    private static CatalogItem item(ResultSet rs, int n) throws SQLException {
        return new CatalogItem(
                rs.getLong("id"),
                rs.getString("item_key"),
                rs.getInt("sort_order"),
                rs.getString("first_level"),
                rs.getString("second_level"),
                rs.getString("third_level"),
                rs.getString("content_elements"),
                rs.getString("legal_basis"),
                TimeLimit.of(rs.getString("time_limit"), rs.getString("time_rule")),
                rs.getString("responsible_body"),
                channels(rs.getString("channels")),
                rs.getString("local_channels"),
                Audience.valueOf(rs.getString("audience")),
                DisclosureMode.valueOf(rs.getString("disclosure_mode")),
                AreaRepository.levels(rs.getString("levels")),
                rs.getString("audience_note"),
                rs.getString("mode_note"));
    }
}
