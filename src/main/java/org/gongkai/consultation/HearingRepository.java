package org.gongkai.consultation;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Hearings; every write is guarded by the states its move starts from and by the version. */
@Repository
class HearingRepository {

    private static final String COLUMNS = "select id, organization_id, title, draft_text, explanation, held_at, place, "
            + "selection_rules, how_to_apply, status, announced_at, participants, participants_published_at, "
            + "materials_sent_on, rescheduled_reason, record_text, record_published_at, created_at, created_by, "
            + "version from hearing ";

    private final JdbcClient jdbc;

    HearingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, HearingDraft d, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into hearing (organization_id, title, draft_text, explanation, held_at, place, "
                        + "selection_rules, how_to_apply, status, created_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(
                        organizationId,
                        d.title(),
                        d.draftText(),
                        d.explanation(),
                        utc(d.heldAt()),
                        d.place(),
                        d.selectionRules(),
                        d.howToApply(),
                        utc(at),
                        by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A hearing held before the platform, inserted as it ended: announced, its list published, its record too. */
    long insertHeld(long organizationId, Hearings.Held h, String by, Instant at) {
        long id = insert(organizationId, h.draft(), at, by);
        jdbc.sql(
                        "update hearing set status = 'RECORD_PUBLISHED', announced_at = ?, announced_by = ?, participants = ?, "
                                + "participants_published_at = ?, materials_sent_on = ?, record_text = ?, record_published_at = ?, "
                                + "version = version + 1 where id = ? and version = ? and status = 'DRAFT'")
                .params(
                        utc(h.announcedAt()),
                        by,
                        h.participants(),
                        utc(h.participantsPublishedAt()),
                        Date.valueOf(h.materialsSentOn()),
                        h.record(),
                        utc(h.recordPublishedAt()),
                        id,
                        0)
                .update();
        return id;
    }

    Optional<Hearing> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?")
                .param(id)
                .query(HearingRepository::hearing)
                .optional();
    }

    List<Hearing> ofUnits(Collection<Long> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + UnitFilter.where(units) + "order by id desc limit :limit")
                .params(UnitFilter.params(units, "limit", limit))
                .query(HearingRepository::hearing)
                .list();
    }

    List<Hearing> published(int limit) {
        return jdbc.sql(COLUMNS + "where status <> 'DRAFT' order by held_at desc, id desc limit ?")
                .param(limit)
                .query(HearingRepository::hearing)
                .list();
    }

    /**
     * Applies a move to the hearing if it is still in one of the move's starting states at this version: the columns
     * named in {@code set} (a map of column to value, in order) and the state reached.
     */
    boolean move(long id, int version, HearingStatus current, HearingMove move, Map<String, Object> set) {
        StringBuilder sql = new StringBuilder("update hearing set status = ?");
        List<Object> params = new ArrayList<>(List.of(move.to(current).name()));
        set.forEach((column, value) -> {
            sql.append(", ").append(column).append(" = ?");
            params.add(value instanceof Instant i ? utc(i) : value instanceof LocalDate d ? Date.valueOf(d) : value);
        });
        sql.append(", version = version + 1 where id = ? and version = ? and status = ?");
        params.addAll(List.of(id, version, current.name()));
        if (!move.from().contains(current)) {
            return false;
        }
        return jdbc.sql(sql.toString()).params(params).update() == 1;
    }

    private static Hearing hearing(ResultSet rs, int n) throws SQLException {
        Date sent = rs.getDate("materials_sent_on");
        return new Hearing(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("title"),
                rs.getString("draft_text"),
                rs.getString("explanation"),
                instant(rs, "held_at"),
                rs.getString("place"),
                rs.getString("selection_rules"),
                rs.getString("how_to_apply"),
                HearingStatus.valueOf(rs.getString("status")),
                instant(rs, "announced_at"),
                rs.getString("participants"),
                instant(rs, "participants_published_at"),
                sent == null ? null : sent.toLocalDate(),
                rs.getString("rescheduled_reason"),
                rs.getString("record_text"),
                instant(rs, "record_published_at"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getInt("version"));
    }
}
