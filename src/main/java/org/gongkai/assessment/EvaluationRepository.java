package org.gongkai.assessment;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Evaluation rounds with their copied items, the units' evaluations and item scores, rectification tasks, and the
 * evidence files of both. Every status change is guarded by the state and version read.
 */
@Repository
class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- rounds --------------------------------------------------------------------------------------------------

    private static final String ROUND =
            "select id, round_year, rubric_id, name, pass_score, basic_score, self_due_on, status, "
                    + "opened_at, opened_by, published_at, published_by, appraisal_closes_on, version from evaluation_round";

    List<EvaluationRound> rounds() {
        return withItems(jdbc.sql(ROUND + " order by round_year desc, id desc")
                .query(EvaluationRepository::head)
                .list());
    }

    Optional<EvaluationRound> round(long id) {
        return withItems(jdbc.sql(ROUND + " where id = ?")
                        .param(id)
                        .query(EvaluationRepository::head)
                        .list())
                .stream()
                .findFirst();
    }

    List<EvaluationRound> published() {
        return withItems(jdbc.sql(ROUND + " where status = 'PUBLISHED' order by round_year desc, id desc")
                .query(EvaluationRepository::head)
                .list());
    }

    boolean roundExists(int year, long rubricId) {
        return jdbc.sql("select count(*) from evaluation_round where round_year = ? and rubric_id = ?")
                        .params(year, rubricId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<EvaluationRound> withItems(List<EvaluationRound> heads) {
        return heads.stream()
                .map(r -> new EvaluationRound(
                        r.id(),
                        r.year(),
                        r.rubricId(),
                        r.name(),
                        r.passScore(),
                        r.basicScore(),
                        r.selfDueOn(),
                        r.status(),
                        r.openedAt(),
                        r.openedBy(),
                        r.publishedAt(),
                        r.publishedBy(),
                        r.appraisalClosesOn(),
                        r.version(),
                        items(r.id())))
                .toList();
    }

    /** A round as its row reads, without its items. */
    private static EvaluationRound head(ResultSet rs, int n) throws SQLException {
        return new EvaluationRound(
                rs.getLong("id"),
                rs.getInt("round_year"),
                rs.getLong("rubric_id"),
                rs.getString("name"),
                rs.getInt("pass_score"),
                rs.getInt("basic_score"),
                rs.getDate("self_due_on").toLocalDate(),
                EvaluationRound.Status.valueOf(rs.getString("status")),
                instant(rs, "opened_at"),
                rs.getString("opened_by"),
                instant(rs, "published_at"),
                rs.getString("published_by"),
                rs.getDate("appraisal_closes_on") == null
                        ? null
                        : rs.getDate("appraisal_closes_on").toLocalDate(),
                rs.getInt("version"),
                List.of());
    }

    private List<EvaluationRound.Item> items(long roundId) {
        return jdbc.sql("select id, position, category, name, points, method, indicator, rule, guidance "
                        + "from evaluation_item where round_id = ? order by position")
                .param(roundId)
                .query((rs, n) -> new EvaluationRound.Item(
                        rs.getString("category"),
                        new Rubric.Item(
                                rs.getLong("id"),
                                rs.getInt("position"),
                                rs.getString("name"),
                                rs.getInt("points"),
                                ScoringMethod.valueOf(rs.getString("method")),
                                rs.getString("indicator") == null ? null : Indicator.valueOf(rs.getString("indicator")),
                                rs.getString("rule") == null ? null : ScoringRule.valueOf(rs.getString("rule")),
                                rs.getString("guidance"))))
                .list();
    }

    /** A round opened on a copy of the rubric's items, and an evaluation in self-assessment for each unit. */
    long openRound(int year, Rubric rubric, LocalDate selfDueOn, Instant at, String by, List<Long> units) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into evaluation_round (round_year, rubric_id, name, pass_score, basic_score, self_due_on, status, "
                                + "opened_at, opened_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        year,
                        rubric.id(),
                        year + "年度" + rubric.name().replaceFirst("评分标准$", ""),
                        rubric.passScore(),
                        rubric.basicScore(),
                        Date.valueOf(selfDueOn),
                        EvaluationRound.Status.SELF_ASSESSMENT.name(),
                        utc(at),
                        by)
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 0;
        for (Rubric.Category c : rubric.categories()) {
            for (Rubric.Item i : c.items()) {
                jdbc.sql("insert into evaluation_item (round_id, position, category, name, points, method, indicator, "
                                + "rule, guidance) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                id,
                                ++position,
                                c.name(),
                                i.name(),
                                i.points(),
                                i.method().name(),
                                i.indicator() == null ? null : i.indicator().name(),
                                i.rule() == null ? null : i.rule().name(),
                                i.guidance())
                        .update();
            }
        }
        for (long unit : units) {
            jdbc.sql("insert into evaluation (round_id, organization_id, status) values (?, ?, ?)")
                    .params(id, unit, Evaluation.Status.SELF_ASSESSING.name())
                    .update();
        }
        jdbc.sql("insert into evaluation_score (evaluation_id, item_id) select e.id, i.id from evaluation e "
                        + "join evaluation_item i on i.round_id = e.round_id where e.round_id = ?")
                .param(id)
                .update();
        return id;
    }

    boolean moveRound(long id, int version, EvaluationRound.Status current, RoundMove move, Map<String, Object> set) {
        return move.from().contains(current)
                && guarded(
                        "evaluation_round",
                        id,
                        version,
                        current.name(),
                        move.to(current).name(),
                        set);
    }

    // --- evaluations ---------------------------------------------------------------------------------------------

    private static final String EVALUATION =
            "select id, round_id, organization_id, status, self_summary, submitted_at, "
                    + "submitted_by, reviewed_at, reviewed_by, total_tenths, grade, appeal_reason, appealed_at, appealed_by, "
                    + "appeal_answer, appeal_answered_at, appraisal_survey_id, version from evaluation";

    List<Evaluation> evaluations(long roundId) {
        return jdbc.sql(EVALUATION + " where round_id = ? order by id")
                .param(roundId)
                .query(EvaluationRepository::evaluation)
                .list();
    }

    Optional<Evaluation> evaluation(long id) {
        return jdbc.sql(EVALUATION + " where id = ?")
                .param(id)
                .query(EvaluationRepository::evaluation)
                .optional();
    }

    /** A unit's evaluations in every round, newest first. */
    List<Evaluation> ofUnit(long organizationId) {
        return jdbc.sql(EVALUATION + " where organization_id = ? order by round_id desc")
                .param(organizationId)
                .query(EvaluationRepository::evaluation)
                .list();
    }

    private static Evaluation evaluation(ResultSet rs, int n) throws SQLException {
        long total = rs.getLong("total_tenths");
        Long totalTenths = rs.wasNull() ? null : total;
        return new Evaluation(
                rs.getLong("id"),
                rs.getLong("round_id"),
                rs.getLong("organization_id"),
                Evaluation.Status.valueOf(rs.getString("status")),
                rs.getString("self_summary"),
                instant(rs, "submitted_at"),
                rs.getString("submitted_by"),
                instant(rs, "reviewed_at"),
                rs.getString("reviewed_by"),
                totalTenths,
                rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade")),
                rs.getString("appeal_reason"),
                instant(rs, "appealed_at"),
                rs.getString("appealed_by"),
                rs.getString("appeal_answer"),
                instant(rs, "appeal_answered_at"),
                longOrNull(rs, "appraisal_survey_id"),
                rs.getInt("version"));
    }

    boolean move(long id, int version, Evaluation.Status current, EvaluationMove move, Map<String, Object> set) {
        return move.from().contains(current)
                && guarded(
                        "evaluation",
                        id,
                        version,
                        current.name(),
                        move.to(current).name(),
                        set);
    }

    /** An evaluation's lines in the round's item order, with their evidence. */
    List<Evaluation.Line> lines(EvaluationRound round, long evaluationId) {
        Map<Long, List<Evaluation.EvidenceFile>> files = new HashMap<>();
        evidenceOfEvaluation(evaluationId)
                .forEach(f -> files.computeIfAbsent(f.itemId(), k -> new ArrayList<>())
                        .add(f));
        Map<Long, Evaluation.Line> byItem = new HashMap<>();
        Map<Long, EvaluationRound.Item> items = new HashMap<>();
        round.items().forEach(i -> items.put(i.id(), i));
        jdbc.sql("select item_id, auto_tenths, auto_why, self_tenths, self_note, final_tenths, final_reason "
                        + "from evaluation_score where evaluation_id = ?")
                .param(evaluationId)
                .query(rs -> {
                    long item = rs.getLong("item_id");
                    byItem.put(
                            item,
                            new Evaluation.Line(
                                    items.get(item),
                                    longOrNull(rs, "auto_tenths"),
                                    rs.getString("auto_why"),
                                    longOrNull(rs, "self_tenths"),
                                    rs.getString("self_note"),
                                    longOrNull(rs, "final_tenths"),
                                    rs.getString("final_reason"),
                                    List.copyOf(files.getOrDefault(item, List.of()))));
                });
        return round.items().stream().map(i -> byItem.get(i.id())).toList();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    void appraisal(long evaluationId, long surveyId) {
        jdbc.sql("update evaluation set appraisal_survey_id = ? where id = ?")
                .params(surveyId, evaluationId)
                .update();
    }

    void autoScore(long evaluationId, long itemId, Long tenths, String why) {
        jdbc.sql("update evaluation_score set auto_tenths = ?, auto_why = ? where evaluation_id = ? and item_id = ?")
                .params(tenths, why, evaluationId, itemId)
                .update();
    }

    void selfScore(long evaluationId, long itemId, Long tenths, String note) {
        jdbc.sql("update evaluation_score set self_tenths = ?, self_note = ? where evaluation_id = ? and item_id = ?")
                .params(tenths, note, evaluationId, itemId)
                .update();
    }

    void finalScore(long evaluationId, long itemId, Long tenths, String reason) {
        jdbc.sql(
                        "update evaluation_score set final_tenths = ?, final_reason = ? where evaluation_id = ? and item_id = ?")
                .params(tenths, reason, evaluationId, itemId)
                .update();
    }

    // --- rectification -------------------------------------------------------------------------------------------

    private static final String RECTIFICATION =
            "select id, organization_id, evaluation_id, title, requirement, due_on, "
                    + "status, report, reported_at, reported_by, review_note, closed_at, closed_by, created_at, created_by, "
                    + "version from rectification";

    long insertRectification(
            long organizationId,
            Long evaluationId,
            String title,
            String requirement,
            LocalDate dueOn,
            Instant at,
            String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rectification (organization_id, evaluation_id, title, requirement, due_on, status, "
                        + "created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        organizationId,
                        evaluationId,
                        title,
                        requirement,
                        Date.valueOf(dueOn),
                        Rectification.Status.OPEN.name(),
                        utc(at),
                        by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Rectification> rectification(long id) {
        return jdbc.sql(RECTIFICATION + " where id = ?")
                .param(id)
                .query(EvaluationRepository::rectification)
                .optional();
    }

    /** The tasks of the units (null: every unit), open ones first, then by due day; at most {@code limit}. */
    List<Rectification> rectifications(List<Long> units, int limit) {
        String where = units == null ? "" : units.isEmpty() ? " where 1 = 0" : " where organization_id in (:units)";
        var spec = jdbc.sql(RECTIFICATION + where
                + " order by case status when 'CLOSED' then 1 else 0 end, due_on, id limit :limit");
        if (units != null && !units.isEmpty()) {
            spec = spec.param("units", units);
        }
        return spec.param("limit", limit)
                .query(EvaluationRepository::rectification)
                .list();
    }

    List<Rectification> rectificationsOf(long evaluationId) {
        return jdbc.sql(RECTIFICATION + " where evaluation_id = ? order by id")
                .param(evaluationId)
                .query(EvaluationRepository::rectification)
                .list();
    }

    private static Rectification rectification(ResultSet rs, int n) throws SQLException {
        long evaluation = rs.getLong("evaluation_id");
        Long evaluationId = rs.wasNull() ? null : evaluation;
        return new Rectification(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                evaluationId,
                rs.getString("title"),
                rs.getString("requirement"),
                rs.getDate("due_on").toLocalDate(),
                Rectification.Status.valueOf(rs.getString("status")),
                rs.getString("report"),
                instant(rs, "reported_at"),
                rs.getString("reported_by"),
                rs.getString("review_note"),
                instant(rs, "closed_at"),
                rs.getString("closed_by"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getInt("version"));
    }

    boolean moveRectification(
            long id, int version, Rectification.Status current, RectificationMove move, Map<String, Object> set) {
        return move.from().contains(current)
                && guarded(
                        "rectification",
                        id,
                        version,
                        current.name(),
                        move.to(current).name(),
                        set);
    }

    // --- evidence ------------------------------------------------------------------------------------------------

    private static final String EVIDENCE =
            "select id, item_id, file_name, media_type, size_bytes, uploaded_at, uploaded_by from assessment_evidence";

    List<Evaluation.EvidenceFile> evidenceOfEvaluation(long evaluationId) {
        return jdbc.sql(EVIDENCE + " where evaluation_id = ? order by id")
                .param(evaluationId)
                .query(EvaluationRepository::evidence)
                .list();
    }

    List<Evaluation.EvidenceFile> evidenceOfRectification(long rectificationId) {
        return jdbc.sql(EVIDENCE + " where rectification_id = ? order by id")
                .param(rectificationId)
                .query(EvaluationRepository::evidence)
                .list();
    }

    private static Evaluation.EvidenceFile evidence(ResultSet rs, int n) throws SQLException {
        return new Evaluation.EvidenceFile(
                rs.getLong("id"),
                longOrNull(rs, "item_id"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                instant(rs, "uploaded_at"),
                rs.getString("uploaded_by"));
    }

    void storeEvidence(
            Long evaluationId,
            Long itemId,
            Long rectificationId,
            String fileName,
            String mediaType,
            byte[] content,
            Instant at,
            String by) {
        jdbc.sql("insert into assessment_evidence (evaluation_id, item_id, rectification_id, file_name, media_type, "
                        + "size_bytes, content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        evaluationId,
                        itemId,
                        rectificationId,
                        fileName,
                        mediaType,
                        content.length,
                        content,
                        utc(at),
                        by)
                .update();
    }

    /** Where a file of evidence belongs, for its download's authorization. */
    record EvidenceOwner(Long evaluationId, Long rectificationId, String fileName, String mediaType) {}

    Optional<EvidenceOwner> evidenceOwner(long id) {
        return jdbc.sql(
                        "select evaluation_id, rectification_id, file_name, media_type from assessment_evidence where id = ?")
                .param(id)
                .query((rs, n) -> new EvidenceOwner(
                        longOrNull(rs, "evaluation_id"),
                        longOrNull(rs, "rectification_id"),
                        rs.getString("file_name"),
                        rs.getString("media_type")))
                .optional();
    }

    byte[] evidenceContent(long id) {
        return jdbc.sql("select content from assessment_evidence where id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    private boolean guarded(String table, long id, int version, String current, String to, Map<String, Object> set) {
        return GuardedWrites.apply(jdbc, table, id, version, current, to, set);
    }
}
