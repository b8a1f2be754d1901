package org.gongkai.catalog;

import java.time.Instant;

/**
 * One level of 逐级审核: who reviews ({@code reviewerKind} and the organization), and the decision once
 * made. A township's catalog goes first to the county department in charge of its area, then to the
 * supervising office; a department's goes to the supervising office.
 */
public record ReviewStep(
        long id,
        int round,
        int stepNumber,
        ReviewerKind reviewerKind,
        Long reviewerOrganizationId,
        String reviewerOrganizationName,
        Decision decision,
        String comment,
        String decidedBy,
        Instant decidedAt) {

    public enum ReviewerKind {
        DEPARTMENT_IN_CHARGE("行业主管部门"),
        SUPERVISING_OFFICE("政务公开主管部门");

        private final String label;

        ReviewerKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Decision {
        APPROVED("通过"),
        RETURNED("退回");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
