package org.gongkai.report;

import static org.gongkai.report.ReportStatus.APPROVED;
import static org.gongkai.report.ReportStatus.DRAFT;
import static org.gongkai.report.ReportStatus.PUBLISHED;
import static org.gongkai.report.ReportStatus.SUBMITTED;
import static org.gongkai.report.ReportStatus.SUPERSEDED;

import org.gongkai.shared.RuleViolation;

/**
 * Every move of an annual report edition, in one place (ADR 0005, the move table): the state it starts from and the
 * state it reaches. Editing the narrative or an entered cell is a move within the draft, so that every write of a
 * report is guarded by its state and version. The service decides who may act and runs the checks before SUBMIT.
 */
enum ReportMove {
    EDIT(DRAFT, DRAFT),
    SUBMIT(DRAFT, SUBMITTED),
    RETURN(SUBMITTED, DRAFT),
    APPROVE(SUBMITTED, APPROVED),
    PUBLISH(APPROVED, PUBLISHED),
    SUPERSEDE(PUBLISHED, SUPERSEDED),
    /** A correction was opened on the published edition: it stays published until the correction is. */
    OPEN_CORRECTION(PUBLISHED, PUBLISHED);

    private final ReportStatus from;
    private final ReportStatus to;

    ReportMove(ReportStatus from, ReportStatus to) {
        this.from = from;
        this.to = to;
    }

    ReportStatus from() {
        return from;
    }

    ReportStatus to() {
        return to;
    }

    /** Refuses a move the edition's state does not allow, with a message that says what to do. */
    void check(ReportStatus current) {
        if (current == from) {
            return;
        }
        throw switch (this) {
            case EDIT -> new RuleViolation("报告已" + current.label() + "，不能再修改；需要修改的，请审核人退回或发布后提出更正。");
            case SUBMIT -> new RuleViolation("只有草稿可以提交审核（当前状态：" + current.label() + "）。");
            case RETURN, APPROVE -> new RuleViolation("该报告不在待审核状态（当前状态：" + current.label() + "），请刷新页面。");
            case PUBLISH -> new RuleViolation("报告须经审核通过后发布（当前状态：" + current.label() + "）。");
            case SUPERSEDE, OPEN_CORRECTION -> new RuleViolation("只有已发布的报告可以更正（当前状态：" + current.label() + "）。");
        };
    }
}
