package org.gongkai.organization;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private static final String COLUMNS = "id, staff_id, name, token_prefix, created_at, created_by, expires_at, "
            + "last_used_at, revoked_at, revoked_by, version";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long staffId, String name, String prefix, String hash, Instant now, String by, Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (staff_id, name, token_prefix, token_hash, created_at, created_by, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(staffId, name, prefix, hash, utc(now), by, utc(expiresAt))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<ApiToken> ofStaff(long staffId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where staff_id = ? order by id desc")
                .param(staffId)
                .query(ApiTokenRepository::token)
                .list();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_token where id = ?")
                .param(id)
                .query(ApiTokenRepository::token)
                .optional();
    }

    /** The token whose hash this is, revoked or expired or not: the caller decides. */
    Optional<ApiToken> byHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from api_token where token_hash = ?")
                .param(hash)
                .query(ApiTokenRepository::token)
                .optional();
    }

    long activeCount(long staffId, Instant now) {
        return jdbc.sql("select count(*) from api_token where staff_id = ? and revoked_at is null and expires_at > ?")
                .params(staffId, utc(now))
                .query(Long.class)
                .single();
    }

    /** Revokes a token not revoked yet, at the version read; false when someone else changed it first. */
    boolean revoke(long id, int version, Instant now, String by) {
        return jdbc.sql("update api_token set revoked_at = ?, revoked_by = ?, version = version + 1 "
                                + "where id = ? and version = ? and revoked_at is null")
                        .params(utc(now), by, id, version)
                        .update()
                == 1;
    }

    /** Notes a use, at most once a minute per token, so that a busy client does not write on every call. */
    void used(long id, Instant now) {
        jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(utc(now), id, utc(now.minusSeconds(60)))
                .update();
    }

    private static ApiToken token(ResultSet rs, int n) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getLong("staff_id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"),
                rs.getString("revoked_by"),
                rs.getInt("version"));
    }
}
