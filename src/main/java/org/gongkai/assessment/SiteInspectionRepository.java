package org.gongkai.assessment;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Site inspections with their findings. */
@Repository
class SiteInspectionRepository {

    private static final String COLUMNS =
            "select id, started_at, finished_at, started_by, status, vetoes, deducted, score, "
                    + "passed, records_read, duration_ms, pages_visited, links_checked, p95_ms, slowest_ms, crawl_note, version "
                    + "from site_inspection";

    private final JdbcClient jdbc;

    SiteInspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a run; a duplicate key when one is under way (the unique running_lock). */
    long start(Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into site_inspection (started_at, started_by, status, running_lock) values (?, ?, ?, 1)")
                .params(utc(at), by, SiteInspection.Status.RUNNING.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void insertFinding(long inspectionId, SiteInspection.Finding f) {
        jdbc.sql("insert into site_inspection_finding (inspection_id, check_code, kind, points, title, href, detail) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        inspectionId,
                        f.check().name(),
                        f.kind().name(),
                        f.points(),
                        cut(f.title(), 500),
                        cut(f.href(), 500),
                        cut(f.detail(), 1000))
                .update();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Finishes a running inspection (guarded by its state and version): false when it is not running. */
    boolean finish(long id, Map<String, Object> set) {
        boolean done = GuardedWrites.apply(
                jdbc,
                "site_inspection",
                id,
                0,
                SiteInspection.Status.RUNNING.name(),
                SiteInspection.Status.DONE.name(),
                set);
        if (done) {
            jdbc.sql("update site_inspection set running_lock = null where id = ?")
                    .param(id)
                    .update();
        }
        return done;
    }

    /**
     * Marks a run that could not finish, and lets the next one start (guarded by its state and version: a run under way
     * has never been changed).
     */
    void interrupt(long id) {
        interrupt(id, 0);
    }

    private void interrupt(long id, int version) {
        jdbc.sql("update site_inspection set status = ?, running_lock = null, version = version + 1 "
                        + "where id = ? and status = ? and version = ?")
                .params(SiteInspection.Status.INTERRUPTED.name(), id, SiteInspection.Status.RUNNING.name(), version)
                .update();
    }

    /** Marks the runs still under way that started before {@code before} as cut short. */
    void interruptStale(Instant before) {
        jdbc.sql("select id, version from site_inspection where status = ? and started_at < ?")
                .params(SiteInspection.Status.RUNNING.name(), utc(before))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .list()
                .forEach(run -> interrupt(run[0], (int) run[1]));
    }

    boolean running() {
        return jdbc.sql("select count(*) from site_inspection where running_lock is not null")
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<SiteInspection> recent(int limit) {
        return jdbc.sql(COLUMNS + " order by started_at desc, id desc limit ?")
                .param(limit)
                .query((rs, n) -> inspection(rs, List.of()))
                .list();
    }

    Optional<Instant> latestStart() {
        return jdbc.sql("select max(started_at) as latest from site_inspection")
                .query((rs, n) -> Optional.ofNullable(instant(rs, "latest")))
                .single();
    }

    Optional<SiteInspection> find(long id) {
        List<SiteInspection.Finding> findings = jdbc.sql("select check_code, kind, points, title, href, detail "
                        + "from site_inspection_finding where inspection_id = ? order by id")
                .param(id)
                .query((rs, n) -> new SiteInspection.Finding(
                        InspectionCheck.valueOf(rs.getString(1)),
                        SiteInspection.Kind.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        return jdbc.sql(COLUMNS + " where id = ?")
                .param(id)
                .query((rs, n) -> inspection(rs, findings))
                .optional();
    }

    private static SiteInspection inspection(ResultSet rs, List<SiteInspection.Finding> findings) throws SQLException {
        int score = rs.getInt("score");
        Integer s = rs.wasNull() ? null : score;
        boolean passed = rs.getBoolean("passed");
        Boolean ok = rs.wasNull() ? null : passed;
        long duration = rs.getLong("duration_ms");
        Long d = rs.wasNull() ? null : duration;
        long p95 = rs.getLong("p95_ms");
        Long p = rs.wasNull() ? null : p95;
        long slowest = rs.getLong("slowest_ms");
        Long sl = rs.wasNull() ? null : slowest;
        return new SiteInspection(
                rs.getLong("id"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getString("started_by"),
                SiteInspection.Status.valueOf(rs.getString("status")),
                rs.getInt("vetoes"),
                rs.getInt("deducted"),
                s,
                ok,
                rs.getLong("records_read"),
                d,
                rs.getLong("pages_visited"),
                rs.getLong("links_checked"),
                p,
                sl,
                rs.getString("crawl_note"),
                findings);
    }
}
