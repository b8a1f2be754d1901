package org.gongkai.information;

import java.time.Instant;

/**
 * One line of a record's history: submission, the secrecy review (保密审查), sign-off (签发), publication, withdrawal
 * or a change of validity, with its verdict.
 */
public record ReviewDecision(Step step, Verdict decision, String comment, String decidedBy, Instant decidedAt) {

    /** The step of the record's handling a line records. */
    public enum Step {
        SUBMISSION("提交"),
        SECRECY("保密审查"),
        SIGN_OFF("签发"),
        PUBLICATION("发布"),
        WITHDRAWAL("撤回"),
        VALIDITY("有效性变更");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the step came to: a reviewer's approval or return, or a step that is simply done. */
    public enum Verdict {
        APPROVED("通过"),
        RETURNED("退回"),
        DONE("完成");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String stepLabel() {
        return step.label();
    }

    public String decisionLabel() {
        return decision.label();
    }
}
