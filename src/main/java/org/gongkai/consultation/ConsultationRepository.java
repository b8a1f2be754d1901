package org.gongkai.consultation;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Consultations, their comments and feedback; every change of state is guarded by the expected state and version. */
@Repository
class ConsultationRepository {

    private static final String COLUMNS = "select id, organization_id, title, draft_text, explanation, basis, "
            + "how_to_comment, opens_on, closes_on, shortened_reason, status, published_at, feedback_summary, "
            + "feedback_published_at, created_at, created_by, version from consultation ";

    private static final String COMMENT = "select id, consultation_id, paragraph, body, public_body, commenter_name, "
            + "personal_found, contact_sealed, status, withheld_reason, submitted_at, version from consultation_comment ";

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, ConsultationDraft d, Instant at, String by) {
        return insert(organizationId, d, ConsultationStatus.DRAFT, null, null, at, by);
    }

    /**
     * Inserts a consultation in this state: a draft, or one held before the platform ({@link ConsultationMigration})
     * with when it was published and when its feedback was.
     */
    long insert(
            long organizationId,
            ConsultationDraft d,
            ConsultationStatus status,
            Instant publishedAt,
            Instant feedbackPublishedAt,
            Instant at,
            String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into consultation (organization_id, title, draft_text, explanation, basis, how_to_comment, "
                        + "opens_on, closes_on, shortened_reason, status, published_at, published_by, "
                        + "feedback_published_at, feedback_published_by, created_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        organizationId,
                        d.title(),
                        d.draftText(),
                        d.explanation(),
                        d.basis(),
                        d.howToComment(),
                        Date.valueOf(d.opensOn()),
                        Date.valueOf(d.closesOn()),
                        d.shortenedReason(),
                        status.name(),
                        publishedAt == null ? null : utc(publishedAt),
                        publishedAt == null ? null : by,
                        feedbackPublishedAt == null ? null : utc(feedbackPublishedAt),
                        feedbackPublishedAt == null ? null : by,
                        utc(at),
                        by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, int version, ConsultationDraft d) {
        return jdbc.sql("update consultation set title = ?, draft_text = ?, explanation = ?, basis = ?, "
                                + "how_to_comment = ?, opens_on = ?, closes_on = ?, shortened_reason = ?, version = version + 1 "
                                + "where id = ? and version = ? and status = ?")
                        .params(
                                d.title(),
                                d.draftText(),
                                d.explanation(),
                                d.basis(),
                                d.howToComment(),
                                Date.valueOf(d.opensOn()),
                                Date.valueOf(d.closesOn()),
                                d.shortenedReason(),
                                id,
                                version,
                                ConsultationMove.EDIT.from().name())
                        .update()
                == 1;
    }

    /** Moves the consultation if it is still in the move's starting state at this version. */
    boolean move(long id, int version, ConsultationMove move, Instant at, String by) {
        String stamp = switch (move) {
            case PUBLISH -> ", published_at = ?, published_by = ?";
            case PUBLISH_FEEDBACK -> ", feedback_published_at = ?, feedback_published_by = ?";
            default -> "";
        };
        var sql = jdbc.sql("update consultation set status = ?, version = version + 1" + stamp
                + " where id = ? and version = ? and status = ?");
        var params = new java.util.ArrayList<Object>(List.of(move.to().name()));
        if (!stamp.isEmpty()) {
            params.add(utc(at));
            params.add(by);
        }
        params.addAll(List.of(id, version, move.from().name()));
        return sql.params(params).update() == 1;
    }

    Optional<Consultation> find(long id) {
        return jdbc.sql(COLUMNS + "where id = ?")
                .param(id)
                .query(ConsultationRepository::consultation)
                .optional();
    }

    /** The consultations of these units, newest first, at most {@code limit}. */
    List<Consultation> ofUnits(Collection<Long> units, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "where organization_id in (:units) order by id desc limit :limit")
                .param("units", units)
                .param("limit", limit)
                .query(ConsultationRepository::consultation)
                .list();
    }

    /** Every consultation, newest first (the supervising office of the whole county), at most {@code limit}. */
    List<Consultation> all(int limit) {
        return jdbc.sql(COLUMNS + "order by id desc limit ?")
                .param(limit)
                .query(ConsultationRepository::consultation)
                .list();
    }

    /** The published consultations, the latest period first, at most {@code limit} (the portal's list). */
    List<Consultation> published(Long organizationId, int limit) {
        return jdbc.sql(COLUMNS + "where status <> 'DRAFT'" + (organizationId == null ? "" : " and organization_id = ?")
                        + " order by opens_on desc, id desc limit ?")
                .params(organizationId == null ? List.of(limit) : List.of(organizationId, limit))
                .query(ConsultationRepository::consultation)
                .list();
    }

    // --- comments --------------------------------------------------------------------------------

    long insertComment(
            long consultationId,
            Integer paragraph,
            String body,
            String name,
            String contactSealed,
            boolean personalFound,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into consultation_comment (consultation_id, paragraph, body, commenter_name, contact_sealed, "
                        + "personal_found, status, submitted_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?)")
                .params(consultationId, paragraph, body, name, contactSealed, personalFound, utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long commentCount(long consultationId) {
        return jdbc.sql("select count(*) from consultation_comment where consultation_id = ?")
                .param(consultationId)
                .query(Long.class)
                .single();
    }

    long pendingCount(long consultationId) {
        return jdbc.sql("select count(*) from consultation_comment where consultation_id = ? and status = 'PENDING'")
                .param(consultationId)
                .query(Long.class)
                .single();
    }

    Optional<Comment> comment(long id) {
        return jdbc.sql(COMMENT + "where id = ?")
                .param(id)
                .query(ConsultationRepository::comment)
                .optional();
    }

    Optional<String> sealedContact(long commentId) {
        return jdbc.sql("select contact_sealed from consultation_comment where id = ?")
                .param(commentId)
                .query(String.class)
                .optional();
    }

    /** A consultation's comments for moderation, pending first, then in order of arrival; at most {@code limit}. */
    List<Comment> comments(long consultationId, int limit) {
        return jdbc.sql(COMMENT
                        + "where consultation_id = ? order by case when status = 'PENDING' then 0 else 1 end, id "
                        + "limit ?")
                .params(consultationId, limit)
                .query(ConsultationRepository::comment)
                .list();
    }

    List<PublicComment> publishedComments(long consultationId, int limit) {
        return jdbc.sql("select id, paragraph, public_body, commenter_name, submitted_at from consultation_comment "
                        + "where consultation_id = ? and status = 'PUBLISHED' order by id limit ?")
                .params(consultationId, limit)
                .query((rs, n) -> new PublicComment(
                        rs.getLong("id"),
                        (Integer) rs.getObject("paragraph", Integer.class),
                        rs.getString("public_body"),
                        rs.getString("commenter_name"),
                        instant(rs, "submitted_at")))
                .list();
    }

    /** Moderates a pending comment at this version: published with its public text, or withheld with a reason. */
    boolean moderate(long id, int version, CommentStatus to, String publicBody, String reason, Instant at, String by) {
        return jdbc.sql("update consultation_comment set status = ?, public_body = ?, withheld_reason = ?, "
                                + "moderated_at = ?, moderated_by = ?, version = version + 1 "
                                + "where id = ? and version = ? and status = 'PENDING'")
                        .params(to.name(), publicBody, reason, utc(at), by, id, version)
                        .update()
                == 1;
    }

    // --- feedback --------------------------------------------------------------------------------

    List<FeedbackItem> feedback(long consultationId) {
        return jdbc.sql("select summary, adoption, reason from consultation_feedback_item where consultation_id = ? "
                        + "order by sort_order")
                .param(consultationId)
                .query((rs, n) -> new FeedbackItem(rs.getString(1), Adoption.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** Replaces the feedback of a consultation the caller has just moved (EDIT_FEEDBACK) at its version. */
    void setFeedback(long consultationId, String summary, List<FeedbackItem> items) {
        jdbc.sql("update consultation set feedback_summary = ? where id = ?")
                .params(summary, consultationId)
                .update();
        jdbc.sql("delete from consultation_feedback_item where consultation_id = ?")
                .param(consultationId)
                .update();
        int order = 1;
        for (FeedbackItem i : items) {
            jdbc.sql("insert into consultation_feedback_item (consultation_id, sort_order, summary, adoption, reason) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(consultationId, order++, i.summary(), i.adoption().name(), i.reason())
                    .update();
        }
    }

    // --- mapping ---------------------------------------------------------------------------------

    private static Consultation consultation(ResultSet rs, int n) throws SQLException {
        return new Consultation(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("title"),
                rs.getString("draft_text"),
                rs.getString("explanation"),
                rs.getString("basis"),
                rs.getString("how_to_comment"),
                rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(),
                rs.getString("shortened_reason"),
                ConsultationStatus.valueOf(rs.getString("status")),
                instant(rs, "published_at"),
                rs.getString("feedback_summary"),
                instant(rs, "feedback_published_at"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getInt("version"));
    }

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getLong("consultation_id"),
                (Integer) rs.getObject("paragraph", Integer.class),
                rs.getString("body"),
                rs.getString("public_body"),
                rs.getString("commenter_name"),
                rs.getBoolean("personal_found"),
                rs.getString("contact_sealed") != null,
                CommentStatus.valueOf(rs.getString("status")),
                rs.getString("withheld_reason"),
                instant(rs, "submitted_at"),
                rs.getInt("version"));
    }
}
