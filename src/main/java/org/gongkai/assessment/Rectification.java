package org.gongkai.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rectification task (整改, issue 16 §5): what a unit must put right and by when — from an evaluation graded 基本合格
 * or 不合格, or set by the office after an inspection — the unit's report with evidence, and the office's review:
 * accepted and closed (销号), or returned with what is still missing.
 */
public record Rectification(
        long id,
        long organizationId,
        Long evaluationId,
        String title,
        String requirement,
        LocalDate dueOn,
        Status status,
        String report,
        Instant reportedAt,
        String reportedBy,
        String reviewNote,
        Instant closedAt,
        String closedBy,
        Instant createdAt,
        String createdBy,
        int version) {

    public enum Status {
        OPEN("整改中"),
        REPORTED("待验收"),
        CLOSED("已销号");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the task is past its day and not yet reported or closed. */
    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueOn);
    }
}
