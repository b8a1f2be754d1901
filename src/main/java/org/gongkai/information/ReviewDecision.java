package org.gongkai.information;

import java.time.Instant;

/** One decision on a record: submission, the secrecy review (保密审查), sign-off (签发), publication or withdrawal. */
public record ReviewDecision(String step, String decision, String comment, String decidedBy, Instant decidedAt) {

    public String stepLabel() {
        return switch (step) {
            case "SUBMISSION" -> "提交";
            case "SECRECY" -> "保密审查";
            case "SIGN_OFF" -> "签发";
            case "PUBLICATION" -> "发布";
            case "WITHDRAWAL" -> "撤回";
            case "VALIDITY" -> "有效性变更";
            default -> step;
        };
    }

    public String decisionLabel() {
        return switch (decision) {
            case "APPROVED" -> "通过";
            case "RETURNED" -> "退回";
            case "DONE" -> "完成";
            default -> decision;
        };
    }
}
