package org.gongkai.consultation;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Responses to public concerns and meeting attendance records; publication guarded by state and version. */
@Repository
class PublicVoiceRepository {

    private static final String RESPONSE = "select id, organization_id, title, concern, source, response_text, "
            + "record_index_numbers, consultation_id, inquiry_id, status, published_at, version from concern_response ";
    private static final String ATTENDANCE = "select id, organization_id, meeting, held_at, topics, invitation, "
            + "attendees, opinions, status, published_at, version from meeting_attendance ";

    private final JdbcClient jdbc;

    PublicVoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertResponse(long organizationId, ConcernResponse r, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into concern_response (organization_id, title, concern, source, response_text, "
                        + "record_index_numbers, consultation_id, inquiry_id, status, created_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(
                        organizationId,
                        r.title(),
                        r.concern(),
                        r.source(),
                        r.responseText(),
                        r.recordIndexNumbers().isEmpty() ? null : String.join("\n", r.recordIndexNumbers()),
                        r.consultationId(),
                        r.inquiryId(),
                        utc(at),
                        by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ConcernResponse> response(long id) {
        return jdbc.sql(RESPONSE + "where id = ?")
                .param(id)
                .query(PublicVoiceRepository::response)
                .optional();
    }

    List<ConcernResponse> responses(Collection<Long> units, boolean publishedOnly, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        String where = publishedOnly ? "where status = 'PUBLISHED'" : "where 1 = 1";
        return jdbc.sql(RESPONSE + where + UnitFilter.and(units) + " order by id desc limit :limit")
                .params(UnitFilter.params(units, "limit", limit))
                .query(PublicVoiceRepository::response)
                .list();
    }

    List<ConcernResponse> responsesToConsultation(long consultationId) {
        return jdbc.sql(RESPONSE + "where consultation_id = ? and status = 'PUBLISHED' order by id")
                .param(consultationId)
                .query(PublicVoiceRepository::response)
                .list();
    }

    boolean publishResponse(long id, int version, Instant at) {
        return jdbc.sql("update concern_response set status = 'PUBLISHED', published_at = ?, version = version + 1 "
                                + "where id = ? and version = ? and status = 'DRAFT'")
                        .params(utc(at), id, version)
                        .update()
                == 1;
    }

    long insertAttendance(long organizationId, MeetingAttendance a, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into meeting_attendance (organization_id, meeting, held_at, topics, invitation, attendees, "
                        + "opinions, status, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(
                        organizationId,
                        a.meeting(),
                        utc(a.heldAt()),
                        String.join("\n", a.topics()),
                        a.invitation(),
                        String.join("\n", a.attendees()),
                        a.opinions(),
                        utc(at),
                        by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<MeetingAttendance> attendance(long id) {
        return jdbc.sql(ATTENDANCE + "where id = ?")
                .param(id)
                .query(PublicVoiceRepository::attendance)
                .optional();
    }

    List<MeetingAttendance> attendances(Collection<Long> units, boolean publishedOnly, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        String where = publishedOnly ? "where status = 'PUBLISHED'" : "where 1 = 1";
        return jdbc.sql(ATTENDANCE + where + UnitFilter.and(units) + " order by held_at desc, id desc limit :limit")
                .params(UnitFilter.params(units, "limit", limit))
                .query(PublicVoiceRepository::attendance)
                .list();
    }

    boolean publishAttendance(long id, int version, Instant at) {
        return jdbc.sql("update meeting_attendance set status = 'PUBLISHED', published_at = ?, version = version + 1 "
                                + "where id = ? and version = ? and status = 'DRAFT'")
                        .params(utc(at), id, version)
                        .update()
                == 1;
    }

    private static ConcernResponse response(ResultSet rs, int n) throws SQLException {
        String numbers = rs.getString("record_index_numbers");
        return new ConcernResponse(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("title"),
                rs.getString("concern"),
                rs.getString("source"),
                rs.getString("response_text"),
                numbers == null ? List.of() : List.of(numbers.split("\n")),
                (Long) rs.getObject("consultation_id", Long.class),
                (Long) rs.getObject("inquiry_id", Long.class),
                "PUBLISHED".equals(rs.getString("status")),
                instant(rs, "published_at"),
                rs.getInt("version"));
    }

    private static MeetingAttendance attendance(ResultSet rs, int n) throws SQLException {
        return new MeetingAttendance(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("meeting"),
                instant(rs, "held_at"),
                List.of(rs.getString("topics").split("\n")),
                rs.getString("invitation"),
                List.of(rs.getString("attendees").split("\n")),
                rs.getString("opinions"),
                "PUBLISHED".equals(rs.getString("status")),
                instant(rs, "published_at"),
                rs.getInt("version"));
    }
}
