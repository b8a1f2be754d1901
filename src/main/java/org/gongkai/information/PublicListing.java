package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public read model (table {@code public_listing}) and its maintained counts ({@code public_count}).
 * Every listing, feed and unit page reads one range of one index here, with a bounded number of rows
 * touched however many records the county has: pages near the front by a small offset, deeper pages by a
 * keyset cursor ({@link ListingCursor}), totals by summing the counts. {@link #refresh} runs in the
 * transaction that changes what the public sees of a record, so the model never lags the records.
 */
@Repository
class PublicListing {

    /**
     * The scope of the whole platform; a unit's scope (what it issued, alone or jointly) is its id; a unit's tree
     * scope (what it or any unit below it issued: a site's listing, 网站群) is its id negated.
     */
    static final long SITE = 0L;
    /** Rows a listing may skip by offset; further pages go by cursor. */
    static final int MAX_OFFSET = 1000;

    private static final String COLUMNS = "record_id, index_number, organization_id, title, document_number, "
            + "written_date, first_published_at, document_type, topic_code, disclosure_column, validity";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ZoneId zone;
    private final OrganizationDirectory directory;

    PublicListing(JdbcClient jdbc, JdbcTemplate template, java.time.Clock clock, OrganizationDirectory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.template = template;
        this.zone = clock.getZone();
    }

    // --- maintenance --------------------------------------------------------------------------------

    /** One public record as the listings hold it, with every unit that issued it. */
    private record Row(
            long recordId,
            String indexNumber,
            long organizationId,
            String title,
            String documentNumber,
            LocalDate writtenDate,
            LocalDate formedDate,
            Instant firstPublishedAt,
            Instant publishedAt,
            String documentType,
            String topicCode,
            String column,
            String validity) {}

    private static final String SOURCE = "select r.id, r.index_number, r.organization_id, v.title, v.document_number, "
            + "v.written_date, v.formed_date, r.first_published_at, v.published_at, v.document_type, v.topic_code, "
            + "v.disclosure_column, r.validity from information_record r join information_revision v "
            + "on v.record_id = r.id and v.revision_number = r.published_revision "
            + "where r.status <> 'WITHDRAWN' and r.published_revision is not null ";

    /**
     * Record and unit of each joint issuer the public sees: named by the published revision, and confirmed. The read
     * model and the search index's texts both take them from here.
     */
    static final String PUBLIC_ISSUERS = "select r.id, i.organization_id from information_record r "
            + "join information_revision v on v.record_id = r.id and v.revision_number = r.published_revision "
            + "join information_revision_issuer i on i.revision_id = v.id "
            + "join information_issue_confirmation c on c.record_id = r.id and c.organization_id = i.organization_id "
            + "where r.status <> 'WITHDRAWN' and r.published_revision is not null ";

    /** Copies the published revision's catalog links into the read model. */
    private static final String PUBLIC_LINKS = "insert into public_catalog_link (record_id, area_id, item_key) "
            + "select r.id, l.area_id, l.item_key from information_record r "
            + "join information_revision v on v.record_id = r.id and v.revision_number = r.published_revision "
            + "join information_revision_catalog_link l on l.revision_id = v.id "
            + "where r.status <> 'WITHDRAWN' and r.published_revision is not null ";

    /** The distinct 关键词 fields of the public records' published revisions, at most {@code limit}. */
    List<String> keywordFields(int limit) {
        return jdbc
                .sql("select v.keywords from information_record r join information_revision v "
                        + "on v.record_id = r.id and v.revision_number = r.published_revision "
                        + "where r.status <> 'WITHDRAWN' and r.published_revision is not null "
                        + "and v.keywords is not null group by v.keywords order by v.keywords")
                .query(String.class)
                .stream()
                .limit(limit)
                .toList();
    }

    /** The record's facets as its site-wide row holds them; empty when it is not public. */
    Optional<PublicInformation.ListingFacets> facets(long recordId) {
        return jdbc.sql("select disclosure_column, topic_code, document_type, pub_year, validity from public_listing "
                        + "where scope_id = ? and record_id = ?")
                .param(SITE)
                .param(recordId)
                .query((rs, n) -> new PublicInformation.ListingFacets(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .optional();
    }

    /**
     * Brings the record's rows and the counts in line with what the public now sees of it (published,
     * corrected, withdrawn, validity changed). Call inside the transaction that made the change.
     */
    void refresh(long recordId) {
        refresh(List.of(recordId));
    }

    /**
     * The same for many records at once (a migration's batch), in a few statements for the whole batch rather than
     * some twenty a record: the records' old rows and catalog links go, their public rows come back, and each count
     * they touch moves once by its net change, in a fixed order (two transactions never wait on each other's counts).
     */
    void refresh(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(recordIds));
        if (ids.size() > 1000) { // bounded statements: PostgreSQL takes at most 32,767 parameters
            for (int from = 0; from < ids.size(); from += 1000) {
                refresh(ids.subList(from, Math.min(ids.size(), from + 1000)));
            }
            return;
        }
        Map<List<Object>, Integer> deltas = new java.util.TreeMap<>(java.util.Comparator.comparing(Object::toString));
        jdbc.sql("select scope_id, disclosure_column, pub_year, document_type, topic_code, validity "
                        + "from public_listing where record_id in (:ids)")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    deltas.merge(
                            List.of(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6)),
                            -1,
                            Integer::sum);
                });
        jdbc.sql("delete from public_listing where record_id in (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("delete from public_catalog_link where record_id in (:ids)")
                .param("ids", ids)
                .update();
        List<Row> rows = jdbc.sql(SOURCE + "and r.id in (:ids)")
                .param("ids", ids)
                .query(PublicListing::row)
                .list();
        if (!rows.isEmpty()) {
            Map<Long, List<Long>> joint = new java.util.HashMap<>();
            jdbc.sql(PUBLIC_ISSUERS + "and r.id in (:ids)").param("ids", ids).query((ResultSet rs) -> {
                joint.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
            jdbc.sql(PUBLIC_LINKS + "and r.id in (:ids)").param("ids", ids).update();
            Map<Long, Long> parents = directory.parents();
            List<Object[]> inserts = new ArrayList<>();
            for (Row row : rows) {
                inserts.addAll(rows(row, joint.getOrDefault(row.recordId(), List.of()), parents));
            }
            template.batchUpdate(INSERT, inserts);
            for (Object[] r : inserts) {
                deltas.merge(List.of(countKey(r)), 1, Integer::sum);
            }
        }
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> moves = new ArrayList<>();
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                keys.add(key.toArray());
                List<Object> params = new ArrayList<>(List.of(delta));
                params.addAll(key);
                moves.add(params.toArray());
            }
        });
        // created at zero first: safe when two publications create the same count at once
        template.batchUpdate(
                "insert into public_count (scope_id, disclosure_column, pub_year, document_type, topic_code, validity, n) "
                        + "values (?, ?, ?, ?, ?, ?, 0) on conflict do nothing",
                keys);
        template.batchUpdate(
                "update public_count set n = n + ? where scope_id = ? and disclosure_column = ? and pub_year = ? "
                        + "and document_type = ? and topic_code = ? and validity = ?",
                moves);
    }

    private static final String INSERT =
            "insert into public_listing (scope_id, record_id, index_number, organization_id, "
                    + "title, document_number, written_date, written_key, first_published_at, published_at, pub_year, "
                    + "document_type, topic_code, topic_top, disclosure_column, validity) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The insert parameters of the record's rows: the platform's, each issuing unit's, and the tree scope of each
     * issuing unit and every unit above it.
     */
    private List<Object[]> rows(Row r, Collection<Long> jointIssuers, Map<Long, Long> parents) {
        Set<Long> issuers = new LinkedHashSet<>();
        issuers.add(r.organizationId());
        issuers.addAll(jointIssuers);
        Set<Long> scopes = new LinkedHashSet<>();
        scopes.add(SITE);
        scopes.addAll(issuers);
        for (long issuer : issuers) {
            OrganizationDirectory.ancestry(issuer, parents).forEach(unit -> scopes.add(tree(unit)));
        }
        String topic = r.topicCode() == null ? "" : r.topicCode();
        int year = r.firstPublishedAt().atZone(zone).getYear();
        LocalDate writtenKey = r.writtenDate() != null ? r.writtenDate() : r.formedDate();
        List<Object[]> out = new ArrayList<>();
        for (long scope : scopes) {
            out.add(new Object[] {
                scope,
                r.recordId(),
                r.indexNumber(),
                r.organizationId(),
                r.title(),
                r.documentNumber(),
                date(r.writtenDate()),
                Date.valueOf(writtenKey),
                utc(r.firstPublishedAt()),
                utc(r.publishedAt()),
                year,
                r.documentType(),
                topic,
                topic.length() >= 2 ? topic.substring(0, 2) : topic,
                r.column() == null ? "" : r.column(),
                r.validity()
            });
        }
        return out;
    }

    /** The count key of an insert row of {@link #rows}: scope, column, year, type, topic, validity. */
    private static Object[] countKey(Object[] insert) {
        return new Object[] {insert[0], insert[14], insert[10], insert[11], insert[12], insert[15]};
    }

    /** The public records these units issued, alone or jointly, by id. */
    List<Long> recordsOf(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct record_id from public_listing where scope_id in (:units) order by record_id")
                .param("units", units)
                .query(Long.class)
                .list();
    }

    /** Rows in the site scope, to tell whether the model is in step with the records. */
    long size() {
        return jdbc.sql("select coalesce(sum(n), 0) from public_count where scope_id = 0")
                .query(Long.class)
                .single();
    }

    /** Rebuilds the whole model from the records in bulk; for an upgrade or a model found out of step. */
    void rebuild() {
        jdbc.sql("delete from public_count").update();
        jdbc.sql("delete from public_listing").update();
        jdbc.sql("delete from public_catalog_link").update();
        jdbc.sql(PUBLIC_LINKS).update();
        Map<Long, List<Long>> joint = new LinkedHashMap<>();
        jdbc.sql(PUBLIC_ISSUERS).query((ResultSet rs) -> {
            joint.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        List<Object[]> batch = new ArrayList<>();
        Map<Long, Long> parents = directory.parents();
        jdbc.sql(SOURCE).query((ResultSet rs) -> {
            Row row = row(rs, 0);
            batch.addAll(rows(row, joint.getOrDefault(row.recordId(), List.of()), parents));
            if (batch.size() >= 2000) {
                template.batchUpdate(INSERT, batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            template.batchUpdate(INSERT, batch);
        }
        jdbc.sql(
                        "insert into public_count (scope_id, disclosure_column, pub_year, document_type, topic_code, validity, n) "
                                + "select scope_id, disclosure_column, pub_year, document_type, topic_code, validity, count(*) "
                                + "from public_listing group by scope_id, disclosure_column, pub_year, document_type, topic_code, validity")
                .update();
    }

    // --- reading ------------------------------------------------------------------------------------

    /** A filtered listing: one page by offset near the front or by cursor further on, and the total. */
    Page<PublishedSummary> list(InformationQuery q, Instant yearStart, Instant yearEnd, ListingCursor after) {
        Statement page = statement(q, yearStart, yearEnd, after);
        long total = total(q, page.scope(), page.filter());
        boolean written = q.sort() == InformationQuery.Sort.WRITTEN;
        List<PublishedSummary> items = jdbc.sql(page.sql())
                .params(page.params())
                .query(PublicListing::summary)
                .list();
        ListingCursor next = null;
        if (items.size() == q.size()) {
            PublishedSummary last = items.get(items.size() - 1);
            next = new ListingCursor(
                    written
                            ? last.writtenKey().toEpochDay()
                            : last.publishedAt().toEpochMilli(),
                    last.recordId());
        }
        return new Page<>(items, total, q.page(), q.size(), next);
    }

    /** The statement of one page of a listing, with its filter alone for the total. */
    record Statement(long scope, Conditions filter, String sql, List<Object> params) {}

    /** Conditions joined by {@code and}, with their parameters in order; a condition on an absent value is left out. */
    static final class Conditions {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Conditions and(String condition, Object... values) {
            sql.append(sql.isEmpty() ? "" : " and ").append(condition);
            params.addAll(java.util.Arrays.asList(values));
            return this;
        }

        Conditions and(Conditions more) {
            return more.sql.isEmpty() ? this : and(more.sql.toString(), more.params.toArray());
        }

        /** {@code column = value}, unless the value is absent. */
        Conditions equal(String column, Object value) {
            return value == null ? this : and(column + " = ?", value);
        }

        String sql() {
            return sql.toString();
        }

        List<Object> params() {
            return params;
        }
    }

    Statement statement(InformationQuery q, Instant yearStart, Instant yearEnd, ListingCursor after) {
        long scope = scope(q.organizationId(), q.within());
        Conditions filter = new Conditions()
                .and("p.scope_id = ?", scope)
                .equal("p.disclosure_column", name(q.column()))
                .equal(
                        q.topicCode() != null && q.topicCode().length() <= 2 ? "p.topic_top" : "p.topic_code",
                        q.topicCode())
                .equal("p.document_type", name(q.documentType()));
        if (yearStart != null) {
            filter.and("p.first_published_at >= ? and p.first_published_at < ?", utc(yearStart), utc(yearEnd));
        }
        filter.equal("p.validity", name(q.validity()));
        if (q.catalogAreaId() != null) {
            filter.and(
                    "exists (select 1 from public_catalog_link l where l.record_id = p.record_id and "
                            + new Conditions()
                                    .and("l.area_id = ?", q.catalogAreaId())
                                    .equal("l.item_key", q.catalogItemKey())
                                    .sql()
                            + ")",
                    catalogParams(q));
        }
        boolean written = q.sort() == InformationQuery.Sort.WRITTEN;
        String key = written ? "p.written_key" : "p.first_published_at";
        Conditions page = new Conditions().and(filter);
        if (after != null) {
            Object at =
                    written ? Date.valueOf(LocalDate.ofEpochDay(after.key())) : utc(Instant.ofEpochMilli(after.key()));
            page.and(key + " <= ? and (" + key + " < ? or p.record_id < ?)", at, at, after.recordId());
        }
        List<Object> params = new ArrayList<>(page.params());
        String sql = "select " + prefixed() + " from public_listing p where " + page.sql() + " order by "
                + order(q, key) + " limit ?";
        params.add(q.size());
        if (after == null) {
            sql += " offset ?";
            params.add((q.page() - 1) * q.size());
        }
        return new Statement(scope, filter, sql, params);
    }

    /** The scope of a unit's own records, else of a unit's tree, else of the platform. */
    static long scope(Long organizationId, Long within) {
        return organizationId != null ? organizationId : within != null ? tree(within) : SITE;
    }

    /** The tree scope of a unit. */
    static long tree(long unitId) {
        return -unitId;
    }

    private static Object[] catalogParams(InformationQuery q) {
        return q.catalogItemKey() == null
                ? new Object[] {q.catalogAreaId()}
                : new Object[] {q.catalogAreaId(), q.catalogItemKey()};
    }

    /**
     * The order of the index the listing reads, written out in full: the columns fixed by the filter first
     * (equal in every row, so the order is the same) so that H2, like PostgreSQL, reads the index in order
     * and stops after the page instead of sorting the scope.
     */
    private static String order(InformationQuery q, String key) {
        String fixed = "p.scope_id, ";
        if (q.sort() != InformationQuery.Sort.WRITTEN) {
            if (q.column() != null) {
                fixed += "p.disclosure_column, ";
            } else if (q.documentType() != null) {
                fixed += "p.document_type, ";
            } else if (q.topicCode() != null) {
                fixed += q.topicCode().length() <= 2 ? "p.topic_top, " : "p.topic_code, ";
            } else if (q.validity() != null) {
                fixed += "p.validity, ";
            }
        }
        return fixed + key + " desc, p.record_id desc";
    }

    private long total(InformationQuery q, long scope, Conditions filter) {
        if (q.catalogAreaId() != null) {
            // through the links of the area (indexed), not the listing
            Conditions links = new Conditions()
                    .and("l.area_id = ?", q.catalogAreaId())
                    .equal("l.item_key", q.catalogItemKey())
                    .and(filter);
            return jdbc.sql(
                            "select count(*) from public_catalog_link l join public_listing p on p.record_id = l.record_id "
                                    + "where " + links.sql())
                    .params(links.params())
                    .query(Long.class)
                    .single();
        }
        Conditions counts = new Conditions().and("scope_id = ?", scope).equal("disclosure_column", name(q.column()));
        if (q.topicCode() != null) {
            counts.and("topic_code like ?", q.topicCode() + "%");
        }
        counts.equal("document_type", name(q.documentType()))
                .equal("pub_year", q.year())
                .equal("validity", name(q.validity()));
        return jdbc.sql("select coalesce(sum(n), 0) from public_count where " + counts.sql())
                .params(counts.params())
                .query(Long.class)
                .single();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** The newest {@code limit} records of each of the unit's columns, in one statement of indexed ranges. */
    Map<DisclosureColumn, List<PublishedSummary>> latestByColumn(
            long organizationId, List<DisclosureColumn> columns, int limit) {
        Map<DisclosureColumn, List<PublishedSummary>> out = new LinkedHashMap<>();
        columns.forEach(c -> out.put(c, new ArrayList<>()));
        if (columns.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (DisclosureColumn c : columns) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("(select ")
                    .append(prefixed())
                    .append(
                            " from public_listing p where p.scope_id = ? and p.disclosure_column = ? "
                                    + "order by p.scope_id, p.disclosure_column, p.first_published_at desc, p.record_id desc limit ?)");
            params.add(organizationId);
            params.add(c.name());
            params.add(limit);
        }
        for (PublishedSummary s : jdbc.sql(sql.toString())
                .params(params)
                .query(PublicListing::summary)
                .list()) {
            out.get(s.column()).add(s);
        }
        out.values()
                .forEach(list -> list.sort(java.util.Comparator.comparing(PublishedSummary::publishedAt)
                        .reversed()
                        .thenComparing(java.util.Comparator.comparingLong(PublishedSummary::recordId)
                                .reversed())));
        return out;
    }

    /** Index numbers and last changes of the public records with ids in [from, to), by id, for sitemaps. */
    List<PublicInformation.SitemapEntry> sitemapEntries(long scope, long fromId, long toId) {
        return jdbc.sql("select index_number, published_at from public_listing where scope_id = ? and record_id >= ? "
                        + "and record_id < ? order by scope_id, record_id")
                .params(scope, fromId, toId)
                .query((rs, n) -> new PublicInformation.SitemapEntry(rs.getString(1), instant(rs, "published_at")))
                .list();
    }

    /** The highest id of a public record, or 0. */
    long maxRecordId(long scope) {
        return jdbc.sql("select coalesce(max(record_id), 0) from public_listing where scope_id = ?")
                .param(scope)
                .query(Long.class)
                .single();
    }

    /** Public records per 公开栏目 in a scope, from the counts (columns without any are absent). */
    Map<DisclosureColumn, Long> columnCounts(long scope) {
        Map<DisclosureColumn, Long> counts = new java.util.EnumMap<>(DisclosureColumn.class);
        jdbc.sql("select disclosure_column, sum(n) from public_count where scope_id = ? group by disclosure_column "
                        + "having sum(n) > 0")
                .param(scope)
                .query((rs, n) -> {
                    String column = rs.getString(1);
                    if (column != null && !column.isEmpty()) { // "" is a record without a column
                        counts.put(DisclosureColumn.valueOf(column), rs.getLong(2));
                    }
                    return null;
                })
                .list();
        return counts;
    }

    /** Public records per top-level 主题分类 (two-digit code) in a scope, from the counts. */
    Map<String, Long> topLevelTopicCounts(long scope) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select topic_code, sum(n) from public_count where scope_id = ? group by topic_code having sum(n) > 0")
                .param(scope)
                .query((rs, n) -> {
                    String code = rs.getString(1);
                    if (code != null && code.length() >= 2) {
                        counts.merge(code.substring(0, 2), rs.getLong(2), Long::sum);
                    }
                    return null;
                })
                .list();
        return counts;
    }

    /** Years with public records, newest first, from the counts. */
    List<Integer> years(long scope) {
        return jdbc.sql(
                        "select distinct pub_year from public_count where scope_id = ? and n > 0 order by pub_year desc")
                .param(scope)
                .query(Integer.class)
                .list();
    }

    private static String prefixed() {
        return "p." + COLUMNS.replace(", ", ", p.") + ", p.written_key";
    }

    // --- mapping ------------------------------------------------------------------------------------

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("index_number"),
                rs.getLong("organization_id"),
                rs.getString("title"),
                rs.getString("document_number"),
                localDate(rs, "written_date"),
                localDate(rs, "formed_date"),
                instant(rs, "first_published_at"),
                instant(rs, "published_at"),
                rs.getString("document_type"),
                rs.getString("topic_code"),
                rs.getString("disclosure_column"),
                rs.getString("validity"));
    }

    private static PublishedSummary summary(ResultSet rs, int n) throws SQLException {
        String topic = rs.getString("topic_code");
        String column = rs.getString("disclosure_column");
        return new PublishedSummary(
                rs.getLong("record_id"),
                rs.getString("index_number"),
                rs.getString("title"),
                rs.getString("document_number"),
                rs.getLong("organization_id"),
                localDate(rs, "written_date"),
                instant(rs, "first_published_at"),
                DocumentType.valueOf(rs.getString("document_type")),
                topic.isEmpty() ? null : topic,
                column.isEmpty() ? null : DisclosureColumn.valueOf(column),
                Validity.valueOf(rs.getString("validity")),
                localDate(rs, "written_key"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
