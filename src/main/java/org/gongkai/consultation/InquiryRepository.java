package org.gongkai.consultation;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.shared.TrackingCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Inquiries (咨询建言); every change of state is guarded by the expected state and version. */
@Repository
class InquiryRepository {

    private static final String COLUMNS = "select id, organization_id, tracking_code, subject, question, "
            + "public_question, asker_name, publication_consent, personal_found, status, submitted_at, received_on, "
            + "due_on, answer, answered_at, answered_on, answered_by, published, not_published_reason, invalid_reason, "
            + "transferred_from, transfer_reason, urged_at, urged_by, urge_note, version from inquiry ";

    private final JdbcClient jdbc;

    InquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an asker submitted, as it is stored. */
    record NewInquiry(
            long organizationId,
            String subject,
            String question,
            String askerName,
            String contactSealed,
            boolean publicationConsent,
            boolean personalFound,
            Instant submittedAt,
            LocalDate receivedOn,
            LocalDate dueOn) {}

    /** Stores a new inquiry under a tracking code no other inquiry has; returns its id and code. */
    Inquiry insert(NewInquiry n) {
        String code;
        do {
            code = TrackingCodes.next();
        } while (findByCode(code).isPresent());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into inquiry (organization_id, tracking_code, subject, question, asker_name, contact_sealed, "
                        + "publication_consent, personal_found, status, submitted_at, received_on, due_on) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?)")
                .params(
                        n.organizationId(),
                        code,
                        n.subject(),
                        n.question(),
                        n.askerName(),
                        n.contactSealed(),
                        n.publicationConsent(),
                        n.personalFound(),
                        utc(n.submittedAt()),
                        Date.valueOf(n.receivedOn()),
                        Date.valueOf(n.dueOn()))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    Optional<Inquiry> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?")
                .param(id)
                .query(InquiryRepository::inquiry)
                .optional();
    }

    Optional<Inquiry> findByCode(String code) {
        return jdbc.sql(COLUMNS + "where tracking_code = ?")
                .param(code)
                .query(InquiryRepository::inquiry)
                .optional();
    }

    Optional<String> sealedContact(long id) {
        return jdbc.sql("select contact_sealed from inquiry where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /**
     * The inquiries of these units (null: every unit), the waiting ones first by receipt, then the others newest
     * first; at most {@code limit}.
     */
    List<Inquiry> ofUnits(Collection<Long> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + UnitFilter.where(units)
                        + "order by case when status = 'RECEIVED' then 0 else 1 end, "
                        + "case when status = 'RECEIVED' then received_on end, id desc limit :limit")
                .params(UnitFilter.params(units, "limit", limit))
                .query(InquiryRepository::inquiry)
                .list();
    }

    /**
     * The unanswered inquiries of these units (null: every unit) due before {@code dueBefore}, oldest first; at most
     * {@code limit}. With today, the late ones; with a day a few working days ahead, those to remind of.
     */
    List<Inquiry> waiting(Collection<Long> units, LocalDate dueBefore, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "where status = 'RECEIVED' and due_on < :due"
                        + UnitFilter.and(units)
                        + " order by received_on, id limit :limit")
                .params(UnitFilter.params(units, "due", Date.valueOf(dueBefore), "limit", limit))
                .query(InquiryRepository::inquiry)
                .list();
    }

    /** The inquiries of these units answered after their due day and received since {@code since}, newest first. */
    List<Inquiry> answeredLate(Collection<Long> units, LocalDate since, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "where status = 'ANSWERED' and answered_on > due_on and received_on >= :since"
                        + UnitFilter.and(units)
                        + " order by answered_on desc, id desc limit :limit")
                .params(UnitFilter.params(units, "since", Date.valueOf(since), "limit", limit))
                .query(InquiryRepository::inquiry)
                .list();
    }

    /** Per unit, since a day: received, answered, answered in time, closed as not effective, still waiting. */
    record UnitCounts(long organizationId, long received, long answered, long inTime, long invalid, long waiting) {}

    /** Per unit counts of the messages received since a day, of every unit or of one ({@code organizationId}). */
    List<UnitCounts> counts(LocalDate since, Long organizationId) {
        return jdbc.sql("select organization_id, count(*), "
                        + "sum(case when status = 'ANSWERED' then 1 else 0 end), "
                        + "sum(case when status = 'ANSWERED' and answered_on <= due_on then 1 else 0 end), "
                        + "sum(case when status = 'INVALID' then 1 else 0 end), "
                        + "sum(case when status = 'RECEIVED' then 1 else 0 end) "
                        + "from inquiry where received_on >= :since"
                        + (organizationId == null ? "" : " and organization_id = :unit")
                        + " group by organization_id")
                .params(
                        organizationId == null
                                ? Map.of("since", Date.valueOf(since))
                                : Map.of("since", Date.valueOf(since), "unit", organizationId))
                .query((rs, n) -> new UnitCounts(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    /**
     * The published questions with their answers, newest question first, of one unit or all (null); a page of
     * {@code limit} of those older than the inquiry {@code beforeId} (null for the first page).
     */
    List<Inquiry> published(Long organizationId, Long beforeId, int limit) {
        StringBuilder where = new StringBuilder("where published = true");
        var params = new java.util.HashMap<String, Object>();
        if (organizationId != null) {
            where.append(" and organization_id = :unit");
            params.put("unit", organizationId);
        }
        if (beforeId != null) {
            where.append(" and id < :before");
            params.put("before", beforeId);
        }
        params.put("limit", limit);
        return jdbc.sql(COLUMNS + where + " order by id desc limit :limit")
                .params(params)
                .query(InquiryRepository::inquiry)
                .list();
    }

    boolean answer(
            long id,
            int version,
            String answer,
            Instant at,
            LocalDate on,
            String by,
            boolean published,
            String publicQuestion,
            String notPublishedReason) {
        return jdbc.sql("update inquiry set status = ?, answer = ?, answered_at = ?, answered_on = ?, answered_by = ?, "
                                + "published = ?, public_question = ?, not_published_reason = ?, version = version + 1 "
                                + "where id = ? and version = ? and status = ?")
                        .params(
                                InquiryMove.ANSWER.to().name(),
                                answer,
                                utc(at),
                                Date.valueOf(on),
                                by,
                                published,
                                publicQuestion,
                                notPublishedReason,
                                id,
                                version,
                                InquiryMove.ANSWER.from().name())
                        .update()
                == 1;
    }

    boolean declareInvalid(long id, int version, String reason, Instant at, LocalDate on, String by) {
        return jdbc.sql("update inquiry set status = ?, invalid_reason = ?, answered_at = ?, answered_on = ?, "
                                + "answered_by = ?, version = version + 1 where id = ? and version = ? and status = ?")
                        .params(
                                InquiryMove.DECLARE_INVALID.to().name(),
                                reason,
                                utc(at),
                                Date.valueOf(on),
                                by,
                                id,
                                version,
                                InquiryMove.DECLARE_INVALID.from().name())
                        .update()
                == 1;
    }

    boolean transfer(long id, int version, long from, long to, String reason) {
        return jdbc.sql("update inquiry set organization_id = ?, transferred_from = ?, transfer_reason = ?, "
                                + "version = version + 1 where id = ? and version = ? and status = ? "
                                + "and organization_id = ?")
                        .params(
                                to,
                                from,
                                reason,
                                id,
                                version,
                                InquiryMove.TRANSFER.from().name(),
                                from)
                        .update()
                == 1;
    }

    boolean urge(long id, int version, Instant at, String by, String note) {
        return jdbc.sql("update inquiry set urged_at = ?, urged_by = ?, urge_note = ?, version = version + 1 "
                                + "where id = ? and version = ? and status = ?")
                        .params(
                                utc(at),
                                by,
                                note,
                                id,
                                version,
                                InquiryMove.URGE.from().name())
                        .update()
                == 1;
    }

    private static Inquiry inquiry(ResultSet rs, int n) throws SQLException {
        Date answeredOn = rs.getDate("answered_on");
        long from = rs.getLong("transferred_from");
        return new Inquiry(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("tracking_code"),
                rs.getString("subject"),
                rs.getString("question"),
                rs.getString("public_question"),
                rs.getString("asker_name"),
                rs.getBoolean("publication_consent"),
                rs.getBoolean("personal_found"),
                InquiryStatus.valueOf(rs.getString("status")),
                instant(rs, "submitted_at"),
                rs.getDate("received_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                rs.getString("answer"),
                instant(rs, "answered_at"),
                answeredOn == null ? null : answeredOn.toLocalDate(),
                rs.getString("answered_by"),
                rs.getBoolean("published"),
                rs.getString("not_published_reason"),
                rs.getString("invalid_reason"),
                from == 0 ? null : from,
                rs.getString("transfer_reason"),
                instant(rs, "urged_at"),
                rs.getString("urged_by"),
                rs.getString("urge_note"),
                rs.getInt("version"));
    }
}
