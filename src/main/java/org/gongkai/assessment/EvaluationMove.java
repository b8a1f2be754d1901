package org.gongkai.assessment;

import static org.gongkai.assessment.Evaluation.Status.APPEALED;
import static org.gongkai.assessment.Evaluation.Status.REVIEWED;
import static org.gongkai.assessment.Evaluation.Status.SELF_ASSESSING;
import static org.gongkai.assessment.Evaluation.Status.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/**
 * Every move of a unit's evaluation in one place (CONVENTIONS §4): the states it may start from and the one it reaches
 * (null: it stays). The service checks who may act and the round's state; every write is guarded by state and version.
 */
enum EvaluationMove {
    /** The unit saves its self-assessment or adds evidence. */
    SELF_ASSESS(EnumSet.of(SELF_ASSESSING), null),
    /** The unit hands its self-assessment in. */
    SUBMIT(EnumSet.of(SELF_ASSESSING), SUBMITTED),
    /** The self-assessment period ends with the unit's self-assessment not handed in. */
    CLOSE_SELF_ASSESSMENT(EnumSet.of(SELF_ASSESSING), SUBMITTED),
    /** The office saves scores during its review, or while answering an appeal. */
    SCORE(EnumSet.of(SUBMITTED, APPEALED), null),
    /** The office finishes its review: total and grade fixed. */
    CONFIRM(EnumSet.of(SUBMITTED), REVIEWED),
    /** The office takes a reviewed evaluation back to change it before the results are published. */
    REOPEN(EnumSet.of(REVIEWED), SUBMITTED),
    /** The unit appeals its result, once. */
    APPEAL(EnumSet.of(REVIEWED), APPEALED),
    /** The office answers the appeal, scores changed or kept. */
    ANSWER_APPEAL(EnumSet.of(APPEALED), REVIEWED);

    private final Set<Evaluation.Status> from;
    private final Evaluation.Status to;

    EvaluationMove(Set<Evaluation.Status> from, Evaluation.Status to) {
        this.from = from;
        this.to = to;
    }

    Set<Evaluation.Status> from() {
        return from;
    }

    Evaluation.Status to(Evaluation.Status current) {
        return to == null ? current : to;
    }

    void check(Evaluation.Status current) {
        if (from.contains(current)) {
            return;
        }
        throw new RuleViolation(
                switch (this) {
                    case SELF_ASSESS, SUBMIT, CLOSE_SELF_ASSESSMENT -> "自评已提交，不能再修改（当前状态：" + current.label() + "）。";
                    case SCORE, CONFIRM ->
                        current == SELF_ASSESSING
                                ? "该单位尚未提交自评，请等单位提交或自评期结束后再审核。"
                                : "该单位的考核已审核完成（当前状态：" + current.label() + "）；如需修改请先“退回重新审核”。";
                    case REOPEN -> "只有已审核的考核可以退回重新审核（当前状态：" + current.label() + "）。";
                    case APPEAL -> current == APPEALED ? "申诉已提交，正在复核。" : "考核审核完成后才能申诉（当前状态：" + current.label() + "）。";
                    case ANSWER_APPEAL -> "该单位没有待复核的申诉。";
                });
    }
}
