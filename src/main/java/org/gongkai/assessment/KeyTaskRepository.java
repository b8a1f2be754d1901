package org.gongkai.assessment;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Key-task plans with their tasks, assisting units, quarterly progress and published quarters. */
@Repository
class KeyTaskRepository {

    private final JdbcClient jdbc;

    KeyTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(
            long id,
            int year,
            String title,
            String basis,
            KeyTaskPlan.Status status,
            Instant publishedAt,
            int version) {}

    private static final String HEAD =
            "select id, plan_year, title, basis, status, published_at, version from key_task_plan";

    List<KeyTaskPlan> plans(boolean publishedOnly, Map<Long, String> names) {
        return jdbc
                .sql(HEAD + (publishedOnly ? " where status = 'PUBLISHED'" : "") + " order by plan_year desc")
                .query((rs, n) -> new Head(
                        rs.getLong("id"),
                        rs.getInt("plan_year"),
                        rs.getString("title"),
                        rs.getString("basis"),
                        KeyTaskPlan.Status.valueOf(rs.getString("status")),
                        instant(rs, "published_at"),
                        rs.getInt("version")))
                .list()
                .stream()
                .map(h -> plan(h, names))
                .toList();
    }

    Optional<KeyTaskPlan> plan(long id, Map<Long, String> names) {
        return jdbc.sql(HEAD + " where id = ?")
                .param(id)
                .query((rs, n) -> new Head(
                        rs.getLong("id"),
                        rs.getInt("plan_year"),
                        rs.getString("title"),
                        rs.getString("basis"),
                        KeyTaskPlan.Status.valueOf(rs.getString("status")),
                        instant(rs, "published_at"),
                        rs.getInt("version")))
                .optional()
                .map(h -> plan(h, names));
    }

    Optional<Long> planOfTask(long taskId) {
        return jdbc.sql("select plan_id from key_task where id = ?")
                .param(taskId)
                .query(Long.class)
                .optional();
    }

    private KeyTaskPlan plan(Head h, Map<Long, String> names) {
        Map<Long, List<KeyTaskPlan.Unit>> assistants = new HashMap<>();
        jdbc.sql("select a.task_id, a.organization_id from key_task_assistant a join key_task t on t.id = a.task_id "
                        + "where t.plan_id = ? order by a.organization_id")
                .param(h.id())
                .query(rs -> {
                    long org = rs.getLong(2);
                    assistants
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new KeyTaskPlan.Unit(org, names.getOrDefault(org, "")));
                });
        Map<Long, Map<Integer, KeyTaskPlan.Progress>> progress = new HashMap<>();
        jdbc.sql(
                        "select p.task_id, p.quarter, p.state, p.progress, p.reported_at, p.reported_by from key_task_progress p "
                                + "join key_task t on t.id = p.task_id where t.plan_id = ?")
                .param(h.id())
                .query(rs -> {
                    progress.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(
                                    rs.getInt(2),
                                    new KeyTaskPlan.Progress(
                                            rs.getInt(2),
                                            KeyTaskPlan.State.valueOf(rs.getString(3)),
                                            rs.getString(4),
                                            instant(rs, "reported_at"),
                                            rs.getString(6)));
                });
        List<KeyTaskPlan.Task> tasks = jdbc.sql(
                        "select id, position, title, description, lead_id, due_on from key_task where plan_id = ? order by position")
                .param(h.id())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    long lead = rs.getLong("lead_id");
                    return new KeyTaskPlan.Task(
                            id,
                            rs.getInt("position"),
                            rs.getString("title"),
                            rs.getString("description"),
                            new KeyTaskPlan.Unit(lead, names.getOrDefault(lead, "")),
                            List.copyOf(assistants.getOrDefault(id, List.of())),
                            rs.getDate("due_on").toLocalDate(),
                            Map.copyOf(progress.getOrDefault(id, Map.of())));
                })
                .list();
        TreeSet<Integer> quarters = new TreeSet<>(jdbc.sql("select quarter from key_task_quarter where plan_id = ?")
                .param(h.id())
                .query(Integer.class)
                .list());
        return new KeyTaskPlan(
                h.id(), h.year(), h.title(), h.basis(), h.status(), h.publishedAt(), h.version(), tasks, quarters);
    }

    boolean exists(int year) {
        return jdbc.sql("select count(*) from key_task_plan where plan_year = ?")
                        .param(year)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertPlan(int year, String title, String basis, Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into key_task_plan (plan_year, title, basis, status, created_at, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(year, title, basis, KeyTaskPlan.Status.DRAFT.name(), utc(at), by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    boolean move(KeyTaskPlan p, KeyTaskMove move, Map<String, Object> set) {
        return move.from().contains(p.status())
                && GuardedWrites.apply(
                        jdbc,
                        "key_task_plan",
                        p.id(),
                        p.version(),
                        p.status().name(),
                        move.to(p.status()).name(),
                        set);
    }

    void insertTask(
            long planId, String title, String description, long leadId, List<Long> assistants, LocalDate dueOn) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from key_task where plan_id = ?")
                .param(planId)
                .query(Integer.class)
                .single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into key_task (plan_id, position, title, description, lead_id, due_on) values (?, ?, ?, ?, ?, ?)")
                .params(planId, position, title, description, leadId, Date.valueOf(dueOn))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (long a : assistants) {
            jdbc.sql("insert into key_task_assistant (task_id, organization_id) values (?, ?)")
                    .params(id, a)
                    .update();
        }
    }

    void deleteTask(long taskId) {
        jdbc.sql("delete from key_task_progress where task_id = ?")
                .param(taskId)
                .update();
        jdbc.sql("delete from key_task_assistant where task_id = ?")
                .param(taskId)
                .update();
        jdbc.sql("delete from key_task where id = ?").param(taskId).update();
    }

    /** A quarter's progress written or replaced (the quarter not yet published: checked by the caller). */
    void saveProgress(long taskId, int quarter, KeyTaskPlan.State state, String text, Instant at, String by) {
        int changed = jdbc.sql("update key_task_progress set state = ?, progress = ?, reported_at = ?, reported_by = ? "
                        + "where task_id = ? and quarter = ?")
                .params(state.name(), text, utc(at), by, taskId, quarter)
                .update();
        if (changed == 0) {
            jdbc.sql("insert into key_task_progress (task_id, quarter, state, progress, reported_at, reported_by) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(taskId, quarter, state.name(), text, utc(at), by)
                    .update();
        }
    }

    void publishQuarter(long planId, int quarter, Instant at, String by) {
        jdbc.sql("insert into key_task_quarter (plan_id, quarter, published_at, published_by) values (?, ?, ?, ?)")
                .params(planId, quarter, utc(at), by)
                .update();
    }
}
