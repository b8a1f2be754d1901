package org.gongkai.request;

import static org.gongkai.request.RequestStatus.AWAITING_CORRECTION;
import static org.gongkai.request.RequestStatus.AWAITING_FEE;
import static org.gongkai.request.RequestStatus.CONCLUDED;
import static org.gongkai.request.RequestStatus.HANDLING;
import static org.gongkai.request.RequestStatus.REPLY_APPROVED;
import static org.gongkai.request.RequestStatus.REPLY_IN_REVIEW;
import static org.gongkai.request.RequestStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/**
 * Every move of a request case, in one place (ADR 0005, the move table): the states it starts from, the state it
 * reaches and the line of the timeline it writes. Steps that do not change the state — assigning, consulting,
 * extending, transferring, recording delivery — are moves too ({@code to == null} keeps the state), so that every
 * write of a case is guarded by its state and version. The services decide who may act; the rules that need the
 * timeline (one correction notice, within 7 working days; one extension) are checked by {@link RequestCase}.
 */
enum RequestMove {
    CONFIRM_RECEIPT(EnumSet.of(SUBMITTED), HANDLING, TimelineKind.RECEIPT_CONFIRMED),
    ASSIGN(EnumSet.of(SUBMITTED, HANDLING, AWAITING_CORRECTION, AWAITING_FEE), null, TimelineKind.ASSIGNED),
    REQUEST_CORRECTION(EnumSet.of(HANDLING), AWAITING_CORRECTION, TimelineKind.CORRECTION_REQUESTED),
    RECEIVE_CORRECTION(EnumSet.of(AWAITING_CORRECTION), HANDLING, TimelineKind.CORRECTED),
    LAPSE_CORRECTION(EnumSet.of(AWAITING_CORRECTION), CONCLUDED, TimelineKind.CORRECTION_LAPSED),
    OPEN_CONSULTATION(EnumSet.of(HANDLING), null, TimelineKind.CONSULTATION_OPENED),
    ANSWER_CONSULTATION(EnumSet.of(HANDLING, REPLY_IN_REVIEW), null, TimelineKind.CONSULTATION_ANSWERED),
    LAPSE_CONSULTATION(EnumSet.of(HANDLING, REPLY_IN_REVIEW), null, TimelineKind.CONSULTATION_LAPSED),
    EXTEND(EnumSet.of(HANDLING, REPLY_IN_REVIEW), null, TimelineKind.EXTENDED),
    NOTIFY_FEE(EnumSet.of(HANDLING), AWAITING_FEE, TimelineKind.FEE_NOTIFIED),
    RECEIVE_PAYMENT(EnumSet.of(AWAITING_FEE), HANDLING, TimelineKind.FEE_PAID),
    WAIVE_FEE(EnumSet.of(AWAITING_FEE), HANDLING, TimelineKind.FEE_WAIVED),
    LAPSE_FEE(EnumSet.of(AWAITING_FEE), CONCLUDED, TimelineKind.FEE_LAPSED),
    TRANSFER(EnumSet.of(SUBMITTED, HANDLING), null, TimelineKind.TRANSFERRED),
    SUBMIT_REPLY(EnumSet.of(HANDLING), REPLY_IN_REVIEW, TimelineKind.REPLY_SUBMITTED),
    RETURN_REPLY(EnumSet.of(REPLY_IN_REVIEW), HANDLING, TimelineKind.REPLY_RETURNED),
    APPROVE_REPLY(EnumSet.of(REPLY_IN_REVIEW), REPLY_APPROVED, TimelineKind.REPLY_APPROVED),
    SEND_REPLY(EnumSet.of(REPLY_APPROVED), CONCLUDED, TimelineKind.REPLY_SENT),
    RECORD_DELIVERY(EnumSet.of(CONCLUDED), null, TimelineKind.DELIVERED),
    WITHDRAW(
            EnumSet.of(SUBMITTED, HANDLING, AWAITING_CORRECTION, AWAITING_FEE, REPLY_IN_REVIEW),
            CONCLUDED,
            TimelineKind.WITHDRAWN),
    ARCHIVE(EnumSet.of(CONCLUDED), RequestStatus.ARCHIVED, TimelineKind.ARCHIVED);

    private final Set<RequestStatus> from;
    private final RequestStatus to;
    private final TimelineKind writes;

    RequestMove(Set<RequestStatus> from, RequestStatus to, TimelineKind writes) {
        this.from = from;
        this.to = to;
        this.writes = writes;
    }

    Set<RequestStatus> from() {
        return from;
    }

    /** The state reached from {@code current}: the move's target, or the current state for a step within it. */
    RequestStatus to(RequestStatus current) {
        return to == null ? current : to;
    }

    TimelineKind writes() {
        return writes;
    }

    /** Refuses a move the case's state does not allow, with a message that says what to do. */
    void check(RequestStatus current) {
        if (from.contains(current)) {
            return;
        }
        throw switch (this) {
            case CONFIRM_RECEIPT -> new RuleViolation("该申请已确认收到（当前状态：" + current.label() + "），请刷新页面。");
            case REQUEST_CORRECTION -> new RuleViolation("只有办理中的申请可以发出补正告知（当前状态：" + current.label() + "）。");
            case RECEIVE_CORRECTION, LAPSE_CORRECTION -> new RuleViolation("该申请没有在等待补正（当前状态：" + current.label() + "）。");
            case NOTIFY_FEE -> new RuleViolation("只有办理中的申请可以发出收费通知（当前状态：" + current.label() + "）。");
            case RECEIVE_PAYMENT, WAIVE_FEE, LAPSE_FEE ->
                new RuleViolation("该申请没有在等待缴费（当前状态：" + current.label() + "）。");
            case SUBMIT_REPLY -> new RuleViolation("只有办理中的申请可以提交答复稿（当前状态：" + current.label() + "）；待补正或待缴费的申请须先结束该环节。");
            case SEND_REPLY -> new RuleViolation("答复须经审核通过后才能作出（当前状态：" + current.label() + "）。");
            case ARCHIVE -> new RuleViolation("只有已办结的申请可以归档（当前状态：" + current.label() + "）。");
            case RECORD_DELIVERY -> new RuleViolation("答复作出后才能登记送达（当前状态：" + current.label() + "）。");
            default -> new RuleViolation("该申请已被他人处理（当前状态：" + current.label() + "），请刷新页面。");
        };
    }
}
