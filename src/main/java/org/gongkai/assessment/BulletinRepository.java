package org.gongkai.assessment;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Monthly bulletins; their content is kept as generated (JSON), every status change guarded by state and version. */
@Repository
class BulletinRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS =
            "select id, bulletin_year, bulletin_month, status, content, remarks, generated_at, "
                    + "generated_by, published_at, published_by, version from bulletin";

    private final JdbcClient jdbc;

    BulletinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Bulletin> all(int limit) {
        return jdbc.sql(COLUMNS + " order by bulletin_year desc, bulletin_month desc limit ?")
                .param(limit)
                .query(BulletinRepository::bulletin)
                .list();
    }

    List<Bulletin> published(int limit) {
        return jdbc.sql(COLUMNS
                        + " where status = 'PUBLISHED' order by bulletin_year desc, bulletin_month desc limit ?")
                .param(limit)
                .query(BulletinRepository::bulletin)
                .list();
    }

    Optional<Bulletin> find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?")
                .param(id)
                .query(BulletinRepository::bulletin)
                .optional();
    }

    Optional<Bulletin> of(YearMonth month) {
        return jdbc.sql(COLUMNS + " where bulletin_year = ? and bulletin_month = ?")
                .params(month.getYear(), month.getMonthValue())
                .query(BulletinRepository::bulletin)
                .optional();
    }

    long insert(YearMonth month, Bulletin.Content content, Instant at, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into bulletin (bulletin_year, bulletin_month, status, content, generated_at, generated_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(
                        month.getYear(),
                        month.getMonthValue(),
                        Bulletin.Status.DRAFT.name(),
                        JSON.writeValueAsString(content),
                        utc(at),
                        by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    boolean move(Bulletin b, BulletinMove move, Map<String, Object> set) {
        return move.from().contains(b.status())
                && GuardedWrites.apply(
                        jdbc,
                        "bulletin",
                        b.id(),
                        b.version(),
                        b.status().name(),
                        move.to(b.status()).name(),
                        set);
    }

    static String json(Bulletin.Content content) {
        return JSON.writeValueAsString(content);
    }

    private static Bulletin bulletin(ResultSet rs, int n) throws SQLException {
        return new Bulletin(
                rs.getLong("id"),
                YearMonth.of(rs.getInt("bulletin_year"), rs.getInt("bulletin_month")),
                Bulletin.Status.valueOf(rs.getString("status")),
                JSON.readValue(rs.getString("content"), Bulletin.Content.class),
                rs.getString("remarks"),
                instant(rs, "generated_at"),
                rs.getString("generated_by"),
                instant(rs, "published_at"),
                rs.getString("published_by"),
                rs.getInt("version"));
    }
}
