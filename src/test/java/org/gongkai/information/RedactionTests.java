package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gongkai.information.Redactions.Redaction;
import org.gongkai.information.Redactions.Status;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A redaction's decision as the aggregate takes it (issue 9 §15; the lifecycle idiom of docs/adr/0005). */
class RedactionTests {

    private static final Instant PROPOSED = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-12-01T03:00:00Z");

    private static Redaction proposed() {
        return new Redaction(
                7,
                42,
                1,
                "第 1 版含身份证号码",
                Status.PROPOSED,
                "mz_signer",
                PROPOSED,
                null,
                null,
                null,
                List.of(),
                List.of(),
                0);
    }

    @Test
    void anotherPersonAppliesAProposal_andTheDecisionMovesTheVersionOn() {
        Redaction applied = proposed().apply("mz_reviewer", DECIDED);
        assertThat(applied.status()).isEqualTo(Status.APPLIED);
        assertThat(applied.decidedBy()).isEqualTo("mz_reviewer");
        assertThat(applied.decidedAt()).isEqualTo(DECIDED);
        assertThat(applied.version()).isEqualTo(1);
    }

    @Test
    void theProposerCannotDecide() {
        assertThatThrownBy(() -> proposed().apply("mz_signer", DECIDED))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不同人员");
    }

    @Test
    void aDecidedRedactionIsNotDecidedAgain() {
        Redaction rejected = proposed().reject("mz_reviewer", "不属于个人信息", DECIDED);
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.comment()).isEqualTo("不属于个人信息");
        assertThatThrownBy(() -> rejected.apply("another_signer", DECIDED))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");
    }

    @Test
    void aRejectionStatesWhy() {
        assertThatThrownBy(() -> proposed().reject("mz_reviewer", null, DECIDED))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("写明意见");
    }
}
