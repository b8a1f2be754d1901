package org.gongkai.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The yearly evaluation round (issue 16 §2, §5, §6) through its services as the office and the units use it: opened on
 * a rubric with automatic scores from the indicators, self-assessed with evidence, closed, reviewed (a changed score
 * needs a reason), appealed once, published with grades, and a rectification task reported with evidence, returned,
 * and closed. Every step is audited; a unit sees only its own evaluation.
 */
class EvaluationIntegrationTests extends IntegrationTest {

    @Autowired
    Evaluations evaluations;

    @Autowired
    Rectifications rectifications;

    @Autowired
    Rubrics rubrics;

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private Evaluation evaluationOf(long roundId, String unit) {
        long org = organizationId(unit);
        actAs("gkb");
        return evaluations.round(roundId).entries().stream()
                .map(Evaluations.Entry::evaluation)
                .filter(e -> e.organizationId() == org)
                .findFirst()
                .orElseThrow();
    }

    private long audited(String action, String target) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and target = ?")
                .params(action, target)
                .query(Long.class)
                .single();
    }

    @Test
    void aRoundFromOpeningToPublishedGradesAndAClosedRectification() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        actAs("gkb");
        long rubricId = rubrics.all().stream()
                .filter(r -> r.code().equals("THIRD_PARTY"))
                .findFirst()
                .orElseThrow()
                .id();

        // only the county's office opens a round
        actAs("edu_editor");
        assertThatThrownBy(() -> evaluations.open(rubricId, year, today.plusDays(10)))
                .isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        assertThatThrownBy(() -> evaluations.open(rubricId, year, today))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("自评截止日期");
        long roundId = evaluations.open(rubricId, year, today.plusDays(10));
        assertThatThrownBy(() -> evaluations.open(rubricId, year, today.plusDays(10)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已按");
        Evaluations.RoundView view = evaluations.round(roundId);
        assertThat(view.round().status()).isEqualTo(EvaluationRound.Status.SELF_ASSESSMENT);
        assertThat(view.entries()).extracting(e -> e.unit().name()).contains("示范县教育局", "示范县民政局");
        assertThat(audited("EVALUATION_ROUND_OPEN", "evaluation-round:" + roundId))
                .isEqualTo(1);

        // automatic items are scored from the indicators; a later edit of the rubric leaves the round as it was
        Evaluation edu = evaluationOf(roundId, "示范县教育局");
        Evaluations.View eduView = evaluations.evaluation(edu.id());
        assertThat(eduView.lines()).hasSize(view.round().items().size());
        assertThat(eduView.lines())
                .filteredOn(l -> l.item().item().method() == ScoringMethod.AUTO)
                .allSatisfy(l -> {
                    assertThat(l.autoTenths())
                            .isNotNull()
                            .isBetween(0L, l.item().item().points() * 10L);
                    assertThat(l.autoWhy()).isNotBlank();
                });
        int pointsBefore = view.round().points();
        Rubric rubric = rubrics.find(rubricId);
        Rubric.Item first = rubric.items().get(0);
        rubrics.updateItem(
                rubricId,
                rubric.version(),
                first.id(),
                new Rubrics.ItemDraft(
                        first.name(),
                        first.points() + 1,
                        first.method(),
                        first.indicator(),
                        first.rule(),
                        first.guidance()));
        assertThat(evaluations.round(roundId).round().points()).isEqualTo(pointsBefore);
        rubric = rubrics.find(rubricId);
        rubrics.updateItem(
                rubricId,
                rubric.version(),
                first.id(),
                new Rubrics.ItemDraft(
                        first.name(),
                        first.points(),
                        first.method(),
                        first.indicator(),
                        first.rule(),
                        first.guidance()));

        // the unit assesses itself: scores only within the item's points, evidence checked by content
        List<Evaluation.Line> manual = eduView.lines().stream()
                .filter(l -> l.item().item().method() == ScoringMethod.MANUAL)
                .toList();
        assertThat(manual).isNotEmpty();
        Evaluation.Line firstManual = manual.get(0);
        actAs("mz_editor");
        assertThatThrownBy(() -> evaluations.evaluation(edu.id())).isInstanceOf(AccessDeniedException.class);
        actAs("edu_editor");
        Map<Long, String> scores = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        scores.put(firstManual.item().id(), "99");
        assertThatThrownBy(() -> evaluations.saveSelfAssessment(
                        edu.id(), edu.version(), new Evaluations.SelfAssessment("总结", scores, notes)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("的得分应为 0 至 " + firstManual.item().item().points());
        scores.put(firstManual.item().id(), "1.25");
        assertThatThrownBy(() -> evaluations.saveSelfAssessment(
                        edu.id(), edu.version(), new Evaluations.SelfAssessment("总结", scores, notes)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("最多一位小数");
        for (Evaluation.Line l : manual) {
            scores.put(l.item().id(), String.valueOf(l.item().item().points()));
            notes.put(l.item().id(), "已落实");
        }
        scores.put(firstManual.item().id(), "4.5");
        evaluations.saveSelfAssessment(
                edu.id(), edu.version(), new Evaluations.SelfAssessment("全年工作总结", scores, notes));
        Evaluation saved = evaluations.evaluation(edu.id()).evaluation();
        assertThat(saved.version()).isEqualTo(edu.version() + 1);
        assertThatThrownBy(() -> evaluations.addEvidence(
                        edu.id(),
                        saved.version(),
                        firstManual.item().id(),
                        List.of(new EvidenceUpload("程序.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不是可接受的格式");
        evaluations.addEvidence(
                edu.id(), saved.version(), firstManual.item().id(), List.of(new EvidenceUpload("评估报告.pdf", PDF)));
        Evaluations.View withEvidence = evaluations.evaluation(edu.id());
        Evaluation.Line evidenced = withEvidence.lines().stream()
                .filter(l -> l.item().id() == firstManual.item().id())
                .findFirst()
                .orElseThrow();
        assertThat(evidenced.selfTenths()).isEqualTo(45L);
        assertThat(evidenced.evidence())
                .extracting(Evaluation.EvidenceFile::fileName)
                .containsExactly("评估报告.pdf");
        assertThat(evaluations.evidence(evidenced.evidence().get(0).id()).content())
                .isEqualTo(PDF);
        actAs("mz_editor");
        assertThatThrownBy(
                        () -> evaluations.evidence(evidenced.evidence().get(0).id()))
                .isInstanceOf(AccessDeniedException.class);
        actAs("edu_signer");
        evaluations.submit(edu.id(), withEvidence.evaluation().version());
        assertThatThrownBy(() ->
                        evaluations.submit(edu.id(), withEvidence.evaluation().version() + 1))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("自评已提交");

        // the office ends self-assessment: the others are reviewed as they stand
        actAs("edu_editor");
        assertThatThrownBy(() -> evaluations.closeSelfAssessment(roundId, 0)).isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        EvaluationRound round = evaluations.round(roundId).round();
        evaluations.closeSelfAssessment(roundId, round.version());
        Evaluation mz = evaluationOf(roundId, "示范县民政局");
        assertThat(mz.status()).isEqualTo(Evaluation.Status.SUBMITTED);
        assertThat(mz.selfAssessed()).isFalse();

        // the review: another score than proposed needs a reason; an unscored manual item blocks confirmation
        Evaluation eduSubmitted = evaluationOf(roundId, "示范县教育局");
        Evaluation.Line anAuto = withEvidence.lines().stream()
                .filter(l -> l.item().item().method() == ScoringMethod.AUTO && l.autoTenths() > 0)
                .findFirst()
                .orElseThrow();
        Map<Long, String> finals = new HashMap<>(Map.of(anAuto.item().id(), "0"));
        Map<Long, String> reasons = new HashMap<>();
        assertThatThrownBy(() -> evaluations.review(
                        eduSubmitted.id(), eduSubmitted.version(), new Evaluations.Review(finals, reasons), true))
                .isInstanceOf(InvalidFields.class)
                .satisfies(e -> assertThat(((InvalidFields) e).errors())
                        .containsKey("reason-" + anAuto.item().id()));
        reasons.put(anAuto.item().id(), "抽查发现未按期发布");
        List<Evaluation.Line> questionnaire = withEvidence.lines().stream()
                .filter(l -> l.item().item().method() == ScoringMethod.QUESTIONNAIRE)
                .toList();
        questionnaire.forEach(l -> {
            finals.put(l.item().id(), String.valueOf(l.item().item().points()));
            reasons.put(l.item().id(), "社会评议满意");
        });
        evaluations.review(eduSubmitted.id(), eduSubmitted.version(), new Evaluations.Review(finals, reasons), true);
        Evaluations.View reviewed = evaluations.evaluation(eduSubmitted.id());
        long expected = reviewed.lines().stream()
                .mapToLong(Evaluation.Line::finalTenths)
                .sum();
        assertThat(reviewed.evaluation().totalTenths()).isEqualTo(expected);
        assertThat(reviewed.evaluation().grade()).isEqualTo(reviewed.round().grade(expected));
        assertThat(reviewed.lines().stream()
                        .filter(l -> l.item().id() == anAuto.item().id())
                        .findFirst()
                        .orElseThrow())
                .satisfies(l -> {
                    assertThat(l.finalTenths()).isZero();
                    assertThat(l.finalReason()).isEqualTo("抽查发现未按期发布");
                });
        assertThat(jdbc.sql("select detail from audit_entry where action = 'EVALUATION_REVIEW' and target = ?")
                        .param("evaluation:" + edu.id())
                        .query(String.class)
                        .list())
                .anySatisfy(d -> assertThat(d).contains("审核完成", "→ 0（抽查发现未按期发布）"));

        // publication waits for every unit; the other units get their manual items scored with reasons
        actAs("gkb");
        EvaluationRound inReview = evaluations.round(roundId).round();
        assertThatThrownBy(() -> evaluations.publish(roundId, inReview.version(), today.plusDays(30)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("未审核完成");
        // the office saves 民政局's scores for the items it has none for, then finishes the review of the round in
        // one step: units with every item scored are confirmed, the others are left to be reviewed one by one
        Evaluation mzSaved = evaluationOf(roundId, "示范县民政局");
        Map<Long, String> mzFinals = new HashMap<>();
        Map<Long, String> mzReasons = new HashMap<>();
        for (Evaluation.Line l : evaluations.evaluation(mzSaved.id()).lines()) {
            if (l.proposed() == null) {
                mzFinals.put(l.item().id(), "0");
                mzReasons.put(l.item().id(), "未提交自评和佐证材料");
            }
        }
        evaluations.review(mzSaved.id(), mzSaved.version(), new Evaluations.Review(mzFinals, mzReasons), false);
        assertThat(evaluationOf(roundId, "示范县民政局").status()).isEqualTo(Evaluation.Status.SUBMITTED);
        int roundVersion = evaluations.round(roundId).round().version();
        actAs("mz_signer");
        assertThatThrownBy(() -> evaluations.confirmAll(roundId, roundVersion))
                .isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        long submittedBefore = evaluations.round(roundId).entries().stream()
                .filter(e -> e.evaluation().status() == Evaluation.Status.SUBMITTED)
                .count();
        Evaluations.BulkReview bulk = evaluations.confirmAll(roundId, roundVersion);
        assertThat(bulk.confirmed()).containsExactly("示范县民政局");
        assertThat(bulk.left())
                .hasSize((int) submittedBefore - 1)
                .allSatisfy(u -> assertThat(u).contains("项需要评分或说明理由"));
        Evaluations.View mzBulk = evaluations.evaluation(mzSaved.id());
        assertThat(mzBulk.evaluation().status()).isEqualTo(Evaluation.Status.REVIEWED);
        assertThat(mzBulk.evaluation().totalTenths())
                .isEqualTo(mzBulk.lines().stream()
                        .mapToLong(Evaluation.Line::finalTenths)
                        .sum());
        assertThat(jdbc.sql("select detail from audit_entry where action = 'EVALUATION_REVIEW' and target = ?")
                        .param("evaluation:" + mzSaved.id())
                        .query(String.class)
                        .list())
                .anySatisfy(d -> assertThat(d).startsWith("批量审核完成，采用已有得分："));
        // the units left have nothing written: their review goes on as before
        assertThat(evaluations.round(roundId).entries().stream()
                        .filter(e -> e.evaluation().status() == Evaluation.Status.SUBMITTED)
                        .count())
                .isEqualTo(submittedBefore - 1);
        for (Evaluations.Entry entry : evaluations.round(roundId).entries()) {
            Evaluation e = entry.evaluation();
            if (e.status() != Evaluation.Status.SUBMITTED) {
                continue;
            }
            Map<Long, String> f = new HashMap<>();
            Map<Long, String> r = new HashMap<>();
            for (Evaluation.Line l : evaluations.evaluation(e.id()).lines()) {
                if (l.proposed() == null) {
                    f.put(l.item().id(), "0");
                    r.put(l.item().id(), "未提交自评和佐证材料");
                }
            }
            assertThatThrownBy(() ->
                            evaluations.review(e.id(), e.version(), new Evaluations.Review(Map.of(), Map.of()), true))
                    .isInstanceOf(InvalidFields.class)
                    .hasMessageContaining("没有自动得分或自评得分");
            evaluations.review(e.id(), e.version(), new Evaluations.Review(f, r), true);
        }

        // the unit appeals once; the office answers with a changed score
        Evaluation beforeAppeal = evaluationOf(roundId, "示范县教育局");
        actAs("edu_editor");
        assertThatThrownBy(() -> evaluations.appeal(beforeAppeal.id(), beforeAppeal.version(), " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("申诉理由");
        evaluations.appeal(beforeAppeal.id(), beforeAppeal.version(), "该项信息已在期限内发布，见附件");
        actAs("gkb");
        Evaluation appealed = evaluationOf(roundId, "示范县教育局");
        assertThat(appealed.status()).isEqualTo(Evaluation.Status.APPEALED);
        EvaluationRound waiting = evaluations.round(roundId).round();
        assertThatThrownBy(() -> evaluations.publish(roundId, waiting.version(), today.plusDays(30)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("申诉待复核");
        evaluations.answerAppeal(
                appealed.id(),
                appealed.version(),
                new Evaluations.Review(
                        Map.of(
                                anAuto.item().id(),
                                Score.format(anAuto.item().item().points() * 10L / 2)),
                        Map.of(anAuto.item().id(), "复核后认定部分按期")),
                "申诉部分成立");
        Evaluation answered = evaluationOf(roundId, "示范县教育局");
        assertThat(answered.status()).isEqualTo(Evaluation.Status.REVIEWED);
        assertThat(answered.totalTenths())
                .isEqualTo(expected + anAuto.item().item().points() * 10L / 2);
        actAs("edu_editor");
        assertThatThrownBy(() -> evaluations.appeal(answered.id(), answered.version(), "再次申诉"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("只能申诉一次");

        // publication: grades on the portal, rectification tasks for 基本合格 and 不合格
        actAs("gkb");
        EvaluationRound ready = evaluations.round(roundId).round();
        assertThatThrownBy(() -> evaluations.publish(roundId, ready.version(), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("整改期限");
        List<Evaluation> all = evaluations.round(roundId).entries().stream()
                .map(Evaluations.Entry::evaluation)
                .toList();
        long needing = all.stream().filter(e -> e.grade() != Grade.PASS).count();
        assertThat(needing).isPositive();
        assertThat(evaluations.publish(roundId, ready.version(), today.plusDays(30)))
                .isEqualTo((int) needing);
        var results = evaluations.publicResults(roundId);
        assertThat(results.getValue()).hasSize(all.size());
        assertThat(results.getValue().get(0).total()).isNotBlank();
        // equal totals share a rank and the next rank skips as many (1, 1, 3); the demo's units without a
        // self-assessment all score the same
        List<Evaluations.PublicResult> ranked = results.getValue();
        assertThat(ranked.get(0).rank()).isEqualTo(1);
        boolean tied = false;
        for (int i = 1; i < ranked.size(); i++) {
            boolean same = ranked.get(i).total().equals(ranked.get(i - 1).total());
            tied |= same;
            assertThat(ranked.get(i).rank()).isEqualTo(same ? ranked.get(i - 1).rank() : i + 1);
        }
        assertThat(tied).isTrue();
        assertThat(evaluations.publishedRounds())
                .extracting(EvaluationRound::id)
                .contains(roundId);
        Evaluation mzFinal = evaluationOf(roundId, "示范县民政局");
        assertThat(mzFinal.grade()).isEqualTo(Grade.FAIL);

        // the rectification: reported with evidence, returned, reported again, closed
        actAs("mz_editor");
        Rectifications.View task = rectifications.mine().stream()
                .filter(t -> mzFinal.id()
                        == (t.task().evaluationId() == null ? -1 : t.task().evaluationId()))
                .findFirst()
                .orElseThrow();
        assertThat(task.task().requirement()).contains("失", "未提交自评和佐证材料");
        assertThat(rectifications.mine())
                .allSatisfy(t -> assertThat(t.unit().name()).isEqualTo("示范县民政局"));
        long taskId = task.task().id();
        assertThatThrownBy(() -> rectifications.report(taskId, task.task().version(), "已整改"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请先上传整改佐证材料");
        rectifications.addEvidence(taskId, task.task().version(), List.of(new EvidenceUpload("整改报告.pdf", PDF)));
        rectifications.report(taskId, task.task().version() + 1, "已建立制度并补传材料");
        actAs("gkb");
        Rectification reported = rectifications.find(taskId).task();
        rectifications.returnReport(taskId, reported.version(), "缺少会议纪要");
        actAs("mz_editor");
        Rectification returned = rectifications.find(taskId).task();
        assertThat(returned.status()).isEqualTo(Rectification.Status.OPEN);
        rectifications.report(taskId, returned.version(), "已补充会议纪要");
        actAs("mz_editor");
        Rectification again = rectifications.find(taskId).task();
        assertThatThrownBy(() -> rectifications.close(taskId, again.version(), null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        rectifications.close(taskId, again.version(), "整改到位");
        Rectification closed = rectifications.find(taskId).task();
        assertThat(closed.status()).isEqualTo(Rectification.Status.CLOSED);
        assertThat(audited("RECTIFICATION_REVIEW", "rectification:" + taskId)).isEqualTo(2);
        assertThat(audited("RECTIFICATION_REPORT", "rectification:" + taskId)).isEqualTo(2);
        assertThat(audited("EVALUATION_ROUND_PUBLISH", "evaluation-round:" + roundId))
                .isEqualTo(1);
    }

    @Autowired
    org.gongkai.consultation.Surveys surveys;

    @Test
    void thePublicAppraisalScoresTheQuestionnaireItemsBySatisfaction() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        actAs("gkb");
        long rubricId = rubrics.all().stream()
                .filter(r -> r.code().equals("DEMONSTRATION"))
                .findFirst()
                .orElseThrow()
                .id();
        long roundId = evaluations.open(rubricId, year, today.plusDays(10));
        EvaluationRound round = evaluations.round(roundId).round();
        // before the appraisal, its items have no score: the round's page says so beside the review in one step
        assertThat(round.awaitsAppraisalScores()).isTrue();
        actAs("edu_editor");
        assertThatThrownBy(() -> evaluations.openAppraisal(roundId, round.version(), today, today.plusDays(7)))
                .isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        assertThatThrownBy(() -> evaluations.openAppraisal(roundId, round.version(), today.minusDays(1), today))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("起止日期");
        evaluations.openAppraisal(roundId, round.version(), today, today.plusDays(7));
        EvaluationRound opened = evaluations.round(roundId).round();
        assertThat(opened.awaitsAppraisalScores()).isFalse();
        assertThat(opened.appraisalClosesOn()).isEqualTo(today.plusDays(7));
        assertThatThrownBy(() -> evaluations.openAppraisal(roundId, opened.version(), today, today.plusDays(7)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能重复开展");
        Evaluation edu = evaluationOf(roundId, "示范县教育局");
        assertThat(edu.appraisalSurveyId()).isNotNull();
        assertThat(surveys.publicSurvey(edu.appraisalSurveyId())
                        .questions()
                        .get(0)
                        .text())
                .isEqualTo("您对示范县教育局政务公开工作的总体评价");

        // three members of the public answer: 满意, 基本满意, 不满意
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        for (int option = 1; option <= 3; option++) {
            surveys.answer(
                    edu.appraisalSurveyId(),
                    "appraisal-browser-token-" + option,
                    "10.0.0." + option,
                    Map.of(1, List.of(option), 2, List.of(1)),
                    Map.of());
        }
        actAs("gkb");
        evaluations.refresh(roundId, evaluations.round(roundId).round().version());
        Evaluation.Line appraisal = evaluations.evaluation(edu.id()).lines().stream()
                .filter(l -> l.item().item().method() == ScoringMethod.QUESTIONNAIRE)
                .findFirst()
                .orElseThrow();
        // (100 + 60 + 0) / 3 = 53.3%; 16 points × 53.3% = 8.5
        assertThat(appraisal.autoTenths()).isEqualTo(85L);
        assertThat(appraisal.autoWhy()).contains("社会评议 3 份", "满意度 53.3%");
        Evaluation.Line unanswered = evaluations
                .evaluation(evaluationOf(roundId, "示范县民政局").id())
                .lines()
                .stream()
                .filter(l -> l.item().item().method() == ScoringMethod.QUESTIONNAIRE)
                .findFirst()
                .orElseThrow();
        assertThat(unanswered.autoTenths()).isNull();
        assertThat(unanswered.autoWhy()).contains("尚无答卷");
        assertThat(audited("EVALUATION_APPRAISAL_OPEN", "evaluation-round:" + roundId))
                .isEqualTo(1);
    }

    @Test
    void scoresAreTypedAsWholeOrOneDecimalWithinTheItemsPoints() {
        EvaluationRound.Item item = new EvaluationRound.Item(
                "组织领导", new Rubric.Item(1, 1, "领导机构", 8, ScoringMethod.MANUAL, null, null, null));
        assertThat(Evaluations.tenths("8", item, "f")).isEqualTo(80L);
        assertThat(Evaluations.tenths(" 7.5 ", item, "f")).isEqualTo(75L);
        assertThat(Evaluations.tenths("", item, "f")).isNull();
        for (String bad : List.of("8.1", "-1", "7.55", "abc", "1e2", "9".repeat(5000))) {
            assertThatThrownBy(() -> Evaluations.tenths(bad, item, "f"))
                    .as(bad.length() > 20 ? "long input" : bad)
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("0 至 8");
        }
    }
}
