package org.gongkai.consultation;

import static org.gongkai.consultation.ConsultationStatus.DRAFT;
import static org.gongkai.consultation.ConsultationStatus.FEEDBACK_PUBLISHED;
import static org.gongkai.consultation.ConsultationStatus.PUBLISHED;

import org.gongkai.shared.RuleViolation;

/**
 * Every move of a consultation in one place (CONVENTIONS §4): the state it starts from and the one it reaches. Editing
 * the draft and the feedback are moves within a state, so every write is guarded by state and version; the service
 * checks the dates and who may act.
 */
enum ConsultationMove {
    EDIT(DRAFT, DRAFT),
    PUBLISH(DRAFT, PUBLISHED),
    EDIT_FEEDBACK(PUBLISHED, PUBLISHED),
    PUBLISH_FEEDBACK(PUBLISHED, FEEDBACK_PUBLISHED);

    private final ConsultationStatus from;
    private final ConsultationStatus to;

    ConsultationMove(ConsultationStatus from, ConsultationStatus to) {
        this.from = from;
        this.to = to;
    }

    ConsultationStatus from() {
        return from;
    }

    ConsultationStatus to() {
        return to;
    }

    void check(ConsultationStatus current) {
        if (current == from) {
            return;
        }
        throw switch (this) {
            case EDIT -> new RuleViolation("征求意见已发布（" + current.label() + "），不能再修改草案和期限。");
            case PUBLISH -> new RuleViolation("只有草稿可以发布（当前状态：" + current.label() + "）。");
            case EDIT_FEEDBACK, PUBLISH_FEEDBACK ->
                new RuleViolation(current == FEEDBACK_PUBLISHED ? "意见采纳情况已发布，不能再修改。" : "征求意见尚未发布，还不能反馈意见采纳情况。");
        };
    }
}
