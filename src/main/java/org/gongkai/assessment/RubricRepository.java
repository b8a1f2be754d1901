package org.gongkai.assessment;

import static org.gongkai.shared.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rubrics with their categories and items; a change bumps the rubric's version, guarded by the version read. */
@Repository
class RubricRepository {

    private final JdbcClient jdbc;

    RubricRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long id, String code, String name, String basis, int pass, int basic, int version) {}

    List<Rubric> all() {
        List<Head> heads = jdbc.sql(
                        "select id, code, name, basis, pass_score, basic_score, version from rubric order by id")
                .query((rs, n) -> new Head(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
        Map<Long, List<Rubric.Category>> categories = categories();
        return heads.stream()
                .map(h -> new Rubric(
                        h.id(),
                        h.code(),
                        h.name(),
                        h.basis(),
                        h.pass(),
                        h.basic(),
                        h.version(),
                        categories.getOrDefault(h.id(), List.of())))
                .toList();
    }

    Optional<Rubric> find(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst();
    }

    /** Every rubric's categories with their items, in order: two queries (rubrics are a handful of rows). */
    private Map<Long, List<Rubric.Category>> categories() {
        Map<Long, List<Rubric.Item>> items = new HashMap<>();
        jdbc.sql("select id, category_id, position, name, points, method, indicator, rule, guidance from rubric_item "
                        + "order by category_id, position")
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new Rubric.Item(
                                    rs.getLong(1),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getInt(5),
                                    ScoringMethod.valueOf(rs.getString(6)),
                                    rs.getString(7) == null ? null : Indicator.valueOf(rs.getString(7)),
                                    rs.getString(8) == null ? null : ScoringRule.valueOf(rs.getString(8)),
                                    rs.getString(9)));
                });
        Map<Long, List<Rubric.Category>> out = new HashMap<>();
        jdbc.sql("select id, rubric_id, position, name from rubric_category order by rubric_id, position")
                .query(rs -> {
                    long id = rs.getLong(1);
                    out.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new Rubric.Category(
                                    id, rs.getInt(3), rs.getString(4), List.copyOf(items.getOrDefault(id, List.of()))));
                });
        return out;
    }

    /** Takes the rubric's version from {@code version} to the next; false when someone changed it first. */
    boolean touch(long id, int version, Instant at, String by) {
        return jdbc.sql(
                                "update rubric set version = version + 1, updated_at = ?, updated_by = ? where id = ? and version = ?")
                        .params(utc(at), by, id, version)
                        .update()
                == 1;
    }

    void thresholds(long id, int pass, int basic) {
        jdbc.sql("update rubric set pass_score = ?, basic_score = ? where id = ?")
                .params(pass, basic, id)
                .update();
    }

    void updateItem(long itemId, Rubric.Item i) {
        jdbc.sql(
                        "update rubric_item set name = ?, points = ?, method = ?, indicator = ?, rule = ?, guidance = ? where id = ?")
                .params(
                        i.name(),
                        i.points(),
                        i.method().name(),
                        i.indicator() == null ? null : i.indicator().name(),
                        i.rule() == null ? null : i.rule().name(),
                        i.guidance(),
                        itemId)
                .update();
    }

    void insertItem(long categoryId, Rubric.Item i) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from rubric_item where category_id = ?")
                .param(categoryId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into rubric_item (category_id, position, name, points, method, indicator, rule, guidance) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        categoryId,
                        position,
                        i.name(),
                        i.points(),
                        i.method().name(),
                        i.indicator() == null ? null : i.indicator().name(),
                        i.rule() == null ? null : i.rule().name(),
                        i.guidance())
                .update();
    }

    void deleteItem(long itemId) {
        jdbc.sql("delete from rubric_item where id = ?").param(itemId).update();
    }
}
