package org.gongkai.information;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The two-level 主题分类 (RULES.md §4.4), kept as data so a county can follow its province's variant. */
@Service
public class TopicCategories {

    private final JdbcClient jdbc;
    private volatile List<TopicCategory> cached;

    TopicCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * All categories, each top-level one followed by its subcategories; paths read "一级 > 二级" (the scheme writes
     * 一级\二级 — a backslash reads as a stray character to a visitor, issue 14 §5).
     */
    public List<TopicCategory> all() {
        List<TopicCategory> c = cached;
        if (c == null) {
            List<String[]> rows = jdbc.sql("select code, parent_code, name from topic_category "
                            + "order by coalesce(parent_code, code), parent_code nulls first, sort_order")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .list();
            Map<String, String> names = new HashMap<>();
            rows.forEach(r -> names.put(r[0], r[2]));
            List<TopicCategory> result = new ArrayList<>();
            for (String[] r : rows) {
                String path = r[1] == null ? r[2] : names.get(r[1]) + " > " + r[2];
                result.add(new TopicCategory(r[0], r[1], r[2], path));
            }
            c = List.copyOf(result);
            cached = c;
        }
        return c;
    }

    public List<TopicCategory> topLevel() {
        return all().stream().filter(TopicCategory::isTopLevel).toList();
    }

    public Optional<TopicCategory> find(String code) {
        return code == null
                ? Optional.empty()
                : all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** "综合政务 > 政务公开", or an empty string for no category. */
    public String path(String code) {
        return find(code).map(TopicCategory::path).orElse("");
    }
}
