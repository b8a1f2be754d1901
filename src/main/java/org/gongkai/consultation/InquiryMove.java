package org.gongkai.consultation;

import static org.gongkai.consultation.InquiryStatus.ANSWERED;
import static org.gongkai.consultation.InquiryStatus.INVALID;
import static org.gongkai.consultation.InquiryStatus.RECEIVED;

import org.gongkai.shared.RuleViolation;

/**
 * Every move of an inquiry in one place (CONVENTIONS §4). Transfer to another unit and the supervising office's urging
 * are moves within the waiting state; answering and closing as not effective end it. Every write is guarded by state and
 * version; the service checks who may act.
 */
enum InquiryMove {
    TRANSFER(RECEIVED, RECEIVED),
    URGE(RECEIVED, RECEIVED),
    ANSWER(RECEIVED, ANSWERED),
    DECLARE_INVALID(RECEIVED, INVALID);

    private final InquiryStatus from;
    private final InquiryStatus to;

    InquiryMove(InquiryStatus from, InquiryStatus to) {
        this.from = from;
        this.to = to;
    }

    InquiryStatus from() {
        return from;
    }

    InquiryStatus to() {
        return to;
    }

    void check(InquiryStatus current) {
        if (current == from) {
            return;
        }
        throw new RuleViolation(current == ANSWERED ? "该留言已答复，不能再" + verb() + "。" : "该留言已作为无效留言办结，不能再" + verb() + "。");
    }

    private String verb() {
        return switch (this) {
            case TRANSFER -> "转办";
            case URGE -> "督办";
            case ANSWER -> "答复";
            case DECLARE_INVALID -> "作为无效留言办结";
        };
    }
}
