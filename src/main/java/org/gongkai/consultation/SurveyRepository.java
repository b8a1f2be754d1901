package org.gongkai.consultation;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Surveys, their questions, responses and answers; every change of state is guarded by state and version. */
@Repository
class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, Surveys.SurveyDraft d, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey (organization_id, title, description, opens_on, closes_on, status, created_at, "
                        + "created_by) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(
                        organizationId,
                        d.title(),
                        d.description(),
                        Date.valueOf(d.opensOn()),
                        Date.valueOf(d.closesOn()),
                        utc(at),
                        by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertQuestions(id, d.questions());
        return id;
    }

    private void insertQuestions(long surveyId, List<Survey.Question> questions) {
        for (Survey.Question q : questions) {
            jdbc.sql("insert into survey_question (survey_id, position, kind, text, options) values (?, ?, ?, ?, ?)")
                    .params(
                            surveyId,
                            q.position(),
                            q.kind().name(),
                            q.text(),
                            q.options().isEmpty() ? null : String.join("\n", q.options()))
                    .update();
        }
    }

    boolean update(long id, int version, Surveys.SurveyDraft d) {
        boolean moved = jdbc.sql("update survey set title = ?, description = ?, opens_on = ?, closes_on = ?, "
                                + "version = version + 1 where id = ? and version = ? and status = 'DRAFT'")
                        .params(
                                d.title(),
                                d.description(),
                                Date.valueOf(d.opensOn()),
                                Date.valueOf(d.closesOn()),
                                id,
                                version)
                        .update()
                == 1;
        if (moved) {
            jdbc.sql("delete from survey_question where survey_id = ?")
                    .param(id)
                    .update();
            insertQuestions(id, d.questions());
        }
        return moved;
    }

    private static final String COLUMNS =
            "select id, organization_id, title, description, opens_on, closes_on, status, "
                    + "published_at, results_summary, results_published_at, version from survey ";

    Optional<Survey> find(long id) {
        return surveys(COLUMNS + "where id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The public surveys, latest period first. */
    List<Survey> published(int limit) {
        return surveys(
                COLUMNS + "where status <> 'DRAFT' order by opens_on desc, id desc limit :limit",
                Map.of("limit", limit));
    }

    /** The surveys of these units (null: all), newest first. */
    List<Survey> of(Collection<Long> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return surveys(
                COLUMNS + UnitFilter.where(units) + "order by id desc limit :limit",
                UnitFilter.params(units, "limit", limit));
    }

    /** The surveys a query selects, with their questions read in one more query. */
    private List<Survey> surveys(String sql, Map<String, ?> params) {
        record Row(
                long id,
                long organizationId,
                String title,
                String description,
                java.time.LocalDate opensOn,
                java.time.LocalDate closesOn,
                Survey.Status status,
                Instant publishedAt,
                String resultsSummary,
                Instant resultsPublishedAt,
                int version) {}
        List<Row> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getDate("opens_on").toLocalDate(),
                        rs.getDate("closes_on").toLocalDate(),
                        Survey.Status.valueOf(rs.getString("status")),
                        instant(rs, "published_at"),
                        rs.getString("results_summary"),
                        instant(rs, "results_published_at"),
                        rs.getInt("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Survey.Question>> questions = new HashMap<>();
        jdbc.sql("select survey_id, position, kind, text, options from survey_question where survey_id in (:ids) "
                        + "order by survey_id, position")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> {
                    questions
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Survey.Question(
                                    rs.getInt(2),
                                    Survey.Kind.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getString(5) == null
                                            ? List.of()
                                            : Arrays.asList(rs.getString(5).split("\n"))));
                    return null;
                })
                .list();
        return rows.stream()
                .map(r -> new Survey(
                        r.id(),
                        r.organizationId(),
                        r.title(),
                        r.description(),
                        r.opensOn(),
                        r.closesOn(),
                        r.status(),
                        r.publishedAt(),
                        r.resultsSummary(),
                        r.resultsPublishedAt(),
                        r.version(),
                        List.copyOf(questions.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    /** A survey held before the platform, with its results published then: inserted in its final state. */
    void markHeld(long id, Instant publishedAt, String summary, Instant resultsPublishedAt) {
        jdbc.sql(
                        "update survey set status = 'RESULTS_PUBLISHED', published_at = ?, results_summary = ?, "
                                + "results_published_at = ?, version = version + 1 where id = ? and version = ? and status = 'DRAFT'")
                .params(utc(publishedAt), summary, utc(resultsPublishedAt), id, 0)
                .update();
    }

    boolean publish(long id, int version, Instant at) {
        return jdbc.sql("update survey set status = 'PUBLISHED', published_at = ?, version = version + 1 "
                                + "where id = ? and version = ? and status = 'DRAFT'")
                        .params(utc(at), id, version)
                        .update()
                == 1;
    }

    boolean publishResults(long id, int version, String summary, Instant at) {
        return jdbc.sql(
                                "update survey set status = 'RESULTS_PUBLISHED', results_summary = ?, results_published_at = ?, "
                                        + "version = version + 1 where id = ? and version = ? and status = 'PUBLISHED'")
                        .params(summary, utc(at), id, version)
                        .update()
                == 1;
    }

    boolean voted(long surveyId, String voterKey) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ? and voter_key = ?")
                        .params(surveyId, voterKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long fromNetwork(long surveyId, String networkKey) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ? and network_key = ?")
                .params(surveyId, networkKey)
                .query(Long.class)
                .single();
    }

    long responses(long surveyId) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ?")
                .param(surveyId)
                .query(Long.class)
                .single();
    }

    /** Stores a response; the unique (survey, voter) key refuses a second one from the same person. */
    long insertResponse(long surveyId, String voterKey, String networkKey, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_response (survey_id, voter_key, network_key, submitted_at) values (?, ?, ?, ?)")
                .params(surveyId, voterKey, networkKey, utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertAnswer(long responseId, long surveyId, int position, Integer option, String text) {
        jdbc.sql(
                        "insert into survey_answer (response_id, survey_id, position, option_index, text) values (?, ?, ?, ?, ?)")
                .params(responseId, surveyId, position, option, text)
                .update();
    }

    /** Counts per question and option: rows of (position, option index, count). */
    List<long[]> counts(long surveyId) {
        return jdbc.sql("select position, option_index, count(*) from survey_answer where survey_id = ? "
                        + "and option_index is not null group by position, option_index")
                .param(surveyId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list();
    }

    long textCount(long surveyId, int position) {
        return jdbc.sql("select count(*) from survey_answer where survey_id = ? and position = ? and text is not null")
                .params(surveyId, position)
                .query(Long.class)
                .single();
    }

    /** The free-text answers of one question, newest first, at most {@code limit} (staff only). */
    List<String> texts(long surveyId, int position, int limit) {
        return jdbc.sql("select text from survey_answer where survey_id = ? and position = ? and text is not null "
                        + "order by id desc limit ?")
                .params(surveyId, position, limit)
                .query(String.class)
                .list();
    }
}
