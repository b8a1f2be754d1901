package org.gongkai.assessment;

import static org.gongkai.assessment.EvaluationRound.Status.PUBLISHED;
import static org.gongkai.assessment.EvaluationRound.Status.REVIEW;
import static org.gongkai.assessment.EvaluationRound.Status.SELF_ASSESSMENT;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/** Every move of an evaluation round in one place (CONVENTIONS §4); every write is guarded by state and version. */
enum RoundMove {
    /** The automatic and questionnaire scores read again from the platform. */
    REFRESH(EnumSet.of(SELF_ASSESSMENT, REVIEW), null),
    /** The public appraisal questionnaires opened on the portal. */
    OPEN_APPRAISAL(EnumSet.of(SELF_ASSESSMENT, REVIEW), null),
    /** Self-assessment ends; what is not handed in is reviewed as it stands. */
    CLOSE_SELF_ASSESSMENT(EnumSet.of(SELF_ASSESSMENT), REVIEW),
    /** The results and grades published; rectification tasks for 基本合格 and 不合格. */
    PUBLISH(EnumSet.of(REVIEW), PUBLISHED);

    private final Set<EvaluationRound.Status> from;
    private final EvaluationRound.Status to;

    RoundMove(Set<EvaluationRound.Status> from, EvaluationRound.Status to) {
        this.from = from;
        this.to = to;
    }

    Set<EvaluationRound.Status> from() {
        return from;
    }

    EvaluationRound.Status to(EvaluationRound.Status current) {
        return to == null ? current : to;
    }

    void check(EvaluationRound.Status current) {
        if (from.contains(current)) {
            return;
        }
        throw new RuleViolation(
                switch (this) {
                    case REFRESH -> "考核结果已公布，得分不再更新。";
                    case OPEN_APPRAISAL -> "考核结果已公布，不能再开展社会评议。";
                    case CLOSE_SELF_ASSESSMENT -> "自评已经结束（当前阶段：" + current.label() + "）。";
                    case PUBLISH -> current == PUBLISHED ? "考核结果已公布。" : "请先结束单位自评并完成审核，再公布结果。";
                });
    }
}
