package org.gongkai.report;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual_report tables (V6_1): editions, their frozen cells and the cells staff entered. */
@Repository
class ReportRepository {

    private static final String COLUMNS =
            "id, organization_id, report_year, edition, report_format, origin, status, figures_scope, "
                    + "overview, problems, other_matters, correction_reason, return_reason, figures_at, created_by, created_at, "
                    + "submitted_by, submitted_at, approved_by, approved_at, published_by, published_at, superseded_at, "
                    + "import_note, lock_version";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts a new edition; a second edition with the same number fails on the unique key. */
    long insert(
            long organizationId,
            int year,
            int edition,
            AnnualReport.Origin origin,
            ReportStatus status,
            AnnualReport.FiguresScope scope,
            String overview,
            String problems,
            String otherMatters,
            String correctionReason,
            String by,
            Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into annual_report (organization_id, report_year, edition, report_format, origin, status, "
                        + "figures_scope, overview, problems, other_matters, correction_reason, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        organizationId,
                        year,
                        edition,
                        AnnualReport.FORMAT_2021,
                        origin.name(),
                        status.name(),
                        scope.name(),
                        overview,
                        problems,
                        otherMatters,
                        correctionReason,
                        by,
                        utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Inserts an imported report of an earlier year: published as it was, with where it was published. */
    long insertImported(
            long organizationId,
            int year,
            ReportFormat format,
            Instant publishedAt,
            String note,
            String by,
            Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into annual_report (organization_id, report_year, edition, report_format, origin, status, "
                        + "figures_scope, import_note, created_by, created_at, published_by, published_at, figures_at) "
                        + "values (?, ?, 1, ?, 'IMPORTED', 'PUBLISHED', 'UNIT', ?, ?, ?, ?, ?, ?)")
                .params(organizationId, year, format.key(), note, by, utc(at), by, utc(publishedAt), utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<AnnualReport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where id = ?")
                .param(id)
                .query(ReportRepository::map)
                .optional();
    }

    /** Every edition of a unit's report for a year, newest first. */
    List<AnnualReport> editions(long organizationId, int year) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where organization_id = ? and report_year = ? "
                        + "order by edition desc")
                .params(organizationId, year)
                .query(ReportRepository::map)
                .list();
    }

    /** The latest edition of each unit's report for a year. */
    List<AnnualReport> latestOfYear(int year) {
        return jdbc.sql("select " + COLUMNS + " from annual_report a where report_year = ? and edition = "
                        + "(select max(edition) from annual_report b where b.organization_id = a.organization_id "
                        + "and b.report_year = a.report_year)")
                .param(year)
                .query(ReportRepository::map)
                .list();
    }

    /** Editions the public reads (published, and superseded ones as earlier versions), of one unit or all. */
    List<AnnualReport> publicEditions(Long organizationId, Integer year) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("status in ('PUBLISHED', 'SUPERSEDED')");
        if (organizationId != null) {
            where.append(" and organization_id = ?");
            params.add(organizationId);
        }
        if (year != null) {
            where.append(" and report_year = ?");
            params.add(year);
        }
        return jdbc.sql("select " + COLUMNS + " from annual_report where " + where
                        + " order by report_year desc, organization_id, edition desc")
                .params(params)
                .query(ReportRepository::map)
                .list();
    }

    /** The published edition of a unit's report for a year, if any. */
    Optional<AnnualReport> published(long organizationId, int year) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where organization_id = ? and report_year = ? "
                        + "and status = 'PUBLISHED'")
                .params(organizationId, year)
                .query(ReportRepository::map)
                .optional();
    }

    /**
     * Takes a move: sets the new state and the given columns, guarded by the state and version the edition was read
     * in; false when someone acted first.
     */
    boolean move(AnnualReport r, ReportMove move, Map<String, Object> sets) {
        move.check(r.status());
        StringBuilder assignments = new StringBuilder();
        List<Object> params = new ArrayList<>();
        params.add(move.to().name());
        for (Map.Entry<String, Object> e : sets.entrySet()) {
            assignments.append(", ").append(e.getKey()).append(" = ?");
            params.add(e.getValue() instanceof Instant i ? utc(i) : e.getValue());
        }
        params.add(r.id());
        params.add(r.status().name());
        params.add(r.version());
        // one literal statement around the assignments, so that the guard is in plain sight
        // (StatusWritesAreGuardedTests)
        return jdbc.sql("update annual_report set status = ?" + assignments
                                + ", lock_version = lock_version + 1 where id = ? and status = ? and lock_version = ?")
                        .params(params)
                        .update()
                == 1;
    }

    static Map<String, Object> sets(Object... pairs) {
        Map<String, Object> sets = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            sets.put((String) pairs[i], pairs[i + 1]);
        }
        return sets;
    }

    Map<String, BigDecimal> cells(long reportId) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        jdbc.sql("select cell, amount from annual_report_cell where report_id = ?")
                .param(reportId)
                .query(rs -> {
                    cells.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return cells;
    }

    /** The cells of many editions at once (the county roll-up, the open-data table). */
    Map<Long, Map<String, BigDecimal>> cells(List<Long> reportIds) {
        Map<Long, Map<String, BigDecimal>> cells = new LinkedHashMap<>();
        for (int from = 0; from < reportIds.size(); from += 500) {
            List<Long> chunk = reportIds.subList(from, Math.min(reportIds.size(), from + 500));
            String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.sql("select report_id, cell, amount from annual_report_cell where report_id in (" + in + ")")
                    .params(new ArrayList<Object>(chunk))
                    .query(rs -> {
                        cells.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getBigDecimal(3));
                    });
        }
        return cells;
    }

    void replaceCells(long reportId, Map<String, BigDecimal> cells) {
        deleteCells(reportId);
        List<Object[]> rows = new ArrayList<>();
        cells.forEach((k, v) -> rows.add(new Object[] {reportId, k, v}));
        batch.batchUpdate("insert into annual_report_cell (report_id, cell, amount) values (?, ?, ?)", rows);
    }

    void deleteCells(long reportId) {
        jdbc.sql("delete from annual_report_cell where report_id = ?")
                .param(reportId)
                .update();
    }

    List<EnteredValue> entries(long reportId) {
        return jdbc
                .sql("select cell, amount, source_note, entered_by, entered_at from annual_report_entry "
                        + "where report_id = ?")
                .param(reportId)
                .query((rs, n) -> {
                    EnteredCell cell = null;
                    for (EnteredCell c : EnteredCell.values()) {
                        if (c.cell().equals(rs.getString(1))) {
                            cell = c;
                        }
                    }
                    return cell == null
                            ? null
                            : new EnteredValue(
                                    cell,
                                    rs.getBigDecimal(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    instant(rs, "entered_at"));
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    void putEntry(long reportId, EnteredCell cell, BigDecimal amount, String note, String by, Instant at) {
        removeEntry(reportId, cell);
        jdbc.sql("insert into annual_report_entry (report_id, cell, amount, source_note, entered_by, entered_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(reportId, cell.cell(), amount, note, by, utc(at))
                .update();
    }

    boolean removeEntry(long reportId, EnteredCell cell) {
        return jdbc.sql("delete from annual_report_entry where report_id = ? and cell = ?")
                        .params(reportId, cell.cell())
                        .update()
                == 1;
    }

    private static AnnualReport map(ResultSet rs, int n) throws SQLException {
        return new AnnualReport(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getInt("report_year"),
                rs.getInt("edition"),
                rs.getString("report_format"),
                AnnualReport.Origin.valueOf(rs.getString("origin")),
                ReportStatus.valueOf(rs.getString("status")),
                AnnualReport.FiguresScope.valueOf(rs.getString("figures_scope")),
                rs.getString("overview"),
                rs.getString("problems"),
                rs.getString("other_matters"),
                rs.getString("correction_reason"),
                rs.getString("return_reason"),
                instant(rs, "figures_at"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                rs.getString("submitted_by"),
                instant(rs, "submitted_at"),
                rs.getString("approved_by"),
                instant(rs, "approved_at"),
                rs.getString("published_by"),
                instant(rs, "published_at"),
                instant(rs, "superseded_at"),
                rs.getString("import_note"),
                rs.getInt("lock_version"));
    }
}
