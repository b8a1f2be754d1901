package org.gongkai.catalog;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.shared.WithholdingGround;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class NegativeListRepository {

    record Header(
            long id,
            long organizationId,
            int versionNumber,
            CatalogStatus status,
            String reviewComment,
            String reviewedBy,
            Instant reviewedAt,
            Instant publishedAt,
            int lockVersion) {}

    private static final String HEADER = "id, organization_id, version_number, status, review_comment, reviewed_by, "
            + "reviewed_at, published_at, lock_version";

    private final JdbcClient jdbc;

    NegativeListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Header> header(long id) {
        return jdbc.sql("select " + HEADER + " from negative_list where id = ?")
                .param(id)
                .query(NegativeListRepository::header)
                .optional();
    }

    List<Header> versions(long organizationId) {
        return jdbc.sql("select " + HEADER
                        + " from negative_list where organization_id = ? order by version_number desc")
                .param(organizationId)
                .query(NegativeListRepository::header)
                .list();
    }

    List<Header> published() {
        return jdbc.sql("select " + HEADER + " from negative_list where status = 'PUBLISHED' order by organization_id")
                .query(NegativeListRepository::header)
                .list();
    }

    long insert(long organizationId, int versionNumber, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into negative_list (organization_id, version_number, status, created_at, created_by) "
                        + "values (?, ?, 'DRAFT', ?, ?)")
                .params(organizationId, versionNumber, utc(at), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Writes a move of the review path; false when the list is no longer where the move starts. */
    boolean transition(long id, int lockVersion, CatalogReview move) {
        String states = move.from().stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        return jdbc.sql("update negative_list set status = ?, lock_version = lock_version + 1 where id = ? "
                                + "and lock_version = ? and status in (" + states + ")")
                        .params(move.to().name(), id, lockVersion)
                        .update()
                == 1;
    }

    void submitted(long id, Instant at) {
        jdbc.sql(
                        "update negative_list set submitted_at = ?, review_comment = null, reviewed_by = null, reviewed_at = null "
                                + "where id = ?")
                .params(utc(at), id)
                .update();
    }

    void reviewed(long id, String comment, String by, Instant at) {
        jdbc.sql("update negative_list set review_comment = ?, reviewed_by = ?, reviewed_at = ? where id = ?")
                .params(comment, by, utc(at), id)
                .update();
    }

    void published(long id, String by, Instant at) {
        jdbc.sql("update negative_list set published_at = ?, published_by = ? where id = ?")
                .params(utc(at), by, id)
                .update();
    }

    void supersede(long organizationId, long exceptId) {
        jdbc.sql(
                        "update negative_list set status = 'SUPERSEDED', lock_version = lock_version + 1 where organization_id = ? "
                                + "and status = 'PUBLISHED' and id <> ?")
                .params(organizationId, exceptId)
                .update();
    }

    List<NegativeListEntry> entries(long listId) {
        return jdbc.sql("select id, sort_order, name, content, withholding_ground, legal_basis, reason "
                        + "from negative_list_entry where list_id = ? order by sort_order, id")
                .param(listId)
                .query((rs, n) -> new NegativeListEntry(
                        rs.getLong("id"),
                        rs.getInt("sort_order"),
                        rs.getString("name"),
                        rs.getString("content"),
                        WithholdingGround.valueOf(rs.getString("withholding_ground")),
                        rs.getString("legal_basis"),
                        rs.getString("reason")))
                .list();
    }

    void insertEntry(
            long listId,
            int sortOrder,
            String name,
            String content,
            WithholdingGround ground,
            String basis,
            String reason) {
        jdbc.sql(
                        "insert into negative_list_entry (list_id, sort_order, name, content, withholding_ground, legal_basis, "
                                + "reason) values (?, ?, ?, ?, ?, ?, ?)")
                .params(listId, sortOrder, name, content, ground.name(), basis, reason)
                .update();
    }

    boolean deleteEntry(long listId, long entryId) {
        return jdbc.sql("delete from negative_list_entry where list_id = ? and id = ?")
                        .params(listId, entryId)
                        .update()
                == 1;
    }

    void copyEntries(long from, long to) {
        jdbc.sql(
                        "insert into negative_list_entry (list_id, sort_order, name, content, withholding_ground, legal_basis, reason) "
                                + "select ?, sort_order, name, content, withholding_ground, legal_basis, reason from negative_list_entry "
                                + "where list_id = ?")
                .params(to, from)
                .update();
    }

    boolean touch(long id, int lockVersion) {
        return jdbc.sql("update negative_list set lock_version = lock_version + 1 where id = ? and lock_version = ? "
                                + "and status in ('DRAFT', 'RETURNED')")
                        .params(id, lockVersion)
                        .update()
                == 1;
    }

    private static Header header(ResultSet rs, int n) throws SQLException {
        return new Header(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getInt("version_number"),
                CatalogStatus.valueOf(rs.getString("status")),
                rs.getString("review_comment"),
                rs.getString("reviewed_by"),
                instant(rs, "reviewed_at"),
                instant(rs, "published_at"),
                rs.getInt("lock_version"));
    }
}
