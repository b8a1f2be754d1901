package org.gongkai.information;

import static org.gongkai.information.RecordStatus.CLEARED;
import static org.gongkai.information.RecordStatus.DRAFT;
import static org.gongkai.information.RecordStatus.FILED;
import static org.gongkai.information.RecordStatus.PUBLISHED;
import static org.gongkai.information.RecordStatus.RETURNED;
import static org.gongkai.information.RecordStatus.SCHEDULED;
import static org.gongkai.information.RecordStatus.SUBMITTED;
import static org.gongkai.information.RecordStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.information.ReviewDecision.Step;
import org.gongkai.information.ReviewDecision.Verdict;
import org.gongkai.shared.RuleViolation;

/**
 * Every move of government information's working copy, in one place (issue 10 §1; ADR 0005): the states it starts
 * from, the state it reaches, and the line it writes in the record's history. A record is drafted, submitted, cleared
 * by the secrecy reviewer (保密审查, 国务院令第711号 第十七条) or returned, signed off (签发) for publication — now or at
 * a set time — or, when not disclosed proactively, filed; published information is corrected through the same steps
 * while the public keeps the published revision, and may be withdrawn. The services decide who may act (roles and
 * the separation of reviewer and signer) and call {@link #check}; {@code InformationRepository.move} writes the move
 * guarded by these states and the lock version, so a move taken by someone else first is told, never applied twice.
 */
enum InformationMove {
    SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED, Step.SUBMISSION, Verdict.DONE),
    CLEAR(EnumSet.of(SUBMITTED), CLEARED, Step.SECRECY, Verdict.APPROVED),
    RETURN_AT_SECRECY_REVIEW(EnumSet.of(SUBMITTED), RETURNED, Step.SECRECY, Verdict.RETURNED),
    /** Signed off for publication; an immediate publication passes through SCHEDULED in the same transaction. */
    SIGN_OFF(EnumSet.of(CLEARED), SCHEDULED, Step.SIGN_OFF, Verdict.APPROVED),
    /** Signed off without proactive disclosure (依申请公开 or 不予公开): filed. */
    SIGN_OFF_AND_FILE(EnumSet.of(CLEARED), FILED, Step.SIGN_OFF, Verdict.APPROVED),
    RETURN_AT_SIGN_OFF(EnumSet.of(CLEARED), RETURNED, Step.SIGN_OFF, Verdict.RETURNED),
    PUBLISH(EnumSet.of(SCHEDULED), PUBLISHED, Step.PUBLICATION, Verdict.DONE),
    START_CORRECTION(EnumSet.of(PUBLISHED), DRAFT, null, null),
    ABANDON_CORRECTION(EnumSet.of(DRAFT, RETURNED), PUBLISHED, null, null),
    /**
     * Withdrawn from the public. A record whose correction is under way is public too (its published revision), so
     * it may be withdrawn from any state but the withdrawn one; the repository also requires a published revision.
     */
    WITHDRAW(
            EnumSet.of(PUBLISHED, DRAFT, RETURNED, SUBMITTED, CLEARED, SCHEDULED),
            WITHDRAWN,
            Step.WITHDRAWAL,
            Verdict.DONE);

    private final Set<RecordStatus> from;
    private final RecordStatus to;
    private final Step step;
    private final Verdict verdict;

    InformationMove(Set<RecordStatus> from, RecordStatus to, Step step, Verdict verdict) {
        this.from = from;
        this.to = to;
        this.step = step;
        this.verdict = verdict;
    }

    /** The secrecy reviewer's decision. */
    static InformationMove secrecyReview(boolean approve) {
        return approve ? CLEAR : RETURN_AT_SECRECY_REVIEW;
    }

    /** The signer's decision; approved information is published if proactive, filed if not. */
    static InformationMove signOff(boolean approve, boolean proactive) {
        return !approve ? RETURN_AT_SIGN_OFF : proactive ? SIGN_OFF : SIGN_OFF_AND_FILE;
    }

    Set<RecordStatus> from() {
        return from;
    }

    RecordStatus to() {
        return to;
    }

    /** The line of the record's history the move writes, or null for a move that writes none. */
    Step step() {
        return step;
    }

    Verdict verdict() {
        return verdict;
    }

    /**
     * Checks that a record in {@code current} may take this move; refused with a message that says what to do. A
     * decision on a record that has already moved on was taken by someone else first: the message says so.
     */
    void check(RecordStatus current) {
        if (from.contains(current)) {
            return;
        }
        throw switch (this) {
            case SUBMIT -> new RuleViolation("当前状态为“" + current.label() + "”，不能提交；只有草稿或退回的信息可以提交审核。");
            case START_CORRECTION -> new RuleViolation("只有已发布的信息才能更正。");
            case ABANDON_CORRECTION -> new RuleViolation("更正已提交审核，不能直接放弃；请审核人员退回后再放弃。");
            default -> new RuleViolation("该信息已被他人处理（当前状态：" + current.label() + "），请刷新页面。");
        };
    }
}
