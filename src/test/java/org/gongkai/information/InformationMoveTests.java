package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The moves of government information, from drafting to withdrawal, in one table (ADR 0005). */
class InformationMoveTests {

    @Test
    void aRecordIsSubmittedClearedSignedOffAndPublished() {
        RecordStatus s = RecordStatus.DRAFT;
        for (InformationMove move : new InformationMove[] {
            InformationMove.SUBMIT,
            InformationMove.secrecyReview(true),
            InformationMove.signOff(true, true),
            InformationMove.PUBLISH
        }) {
            move.check(s);
            s = move.to();
        }
        assertThat(s).isEqualTo(RecordStatus.PUBLISHED);
        assertThat(InformationMove.signOff(true, false).to())
                .as("not disclosed proactively: filed")
                .isEqualTo(RecordStatus.FILED);
        assertThat(InformationMove.secrecyReview(false).to()).isEqualTo(RecordStatus.RETURNED);
        assertThat(InformationMove.signOff(false, true).to()).isEqualTo(RecordStatus.RETURNED);
    }

    @Test
    void eachDecisionWritesItsLineInTheHistory() {
        assertThat(InformationMove.secrecyReview(true).step()).isEqualTo(ReviewDecision.Step.SECRECY);
        assertThat(InformationMove.secrecyReview(false).verdict()).isEqualTo(ReviewDecision.Verdict.RETURNED);
        assertThat(InformationMove.signOff(true, false).step()).isEqualTo(ReviewDecision.Step.SIGN_OFF);
        assertThat(InformationMove.signOff(true, false).verdict()).isEqualTo(ReviewDecision.Verdict.APPROVED);
        assertThat(InformationMove.START_CORRECTION.step()).isNull();
    }

    @Test
    void aCorrectionStartsFromThePublishedRecordAndMayBeAbandonedBeforeItIsSubmitted() {
        InformationMove.START_CORRECTION.check(RecordStatus.PUBLISHED);
        InformationMove.ABANDON_CORRECTION.check(RecordStatus.RETURNED);
        assertThatThrownBy(() -> InformationMove.ABANDON_CORRECTION.check(RecordStatus.SUBMITTED))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请审核人员退回后再放弃");
        assertThatThrownBy(() -> InformationMove.START_CORRECTION.check(RecordStatus.DRAFT))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("只有已发布的信息才能更正");
    }

    @Test
    void publishedInformationUnderCorrectionCanBeWithdrawnButNothingTwice() {
        for (RecordStatus s : EnumSet.complementOf(EnumSet.of(RecordStatus.WITHDRAWN, RecordStatus.FILED))) {
            InformationMove.WITHDRAW.check(s);
        }
        assertThatThrownBy(() -> InformationMove.WITHDRAW.check(RecordStatus.WITHDRAWN))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");
    }

    @Test
    void aDecisionOnARecordThatMovedOnIsToldItWasHandled() {
        assertThatThrownBy(() -> InformationMove.secrecyReview(true).check(RecordStatus.CLEARED))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");
        assertThatThrownBy(() -> InformationMove.SUBMIT.check(RecordStatus.SUBMITTED))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能提交");
    }
}
