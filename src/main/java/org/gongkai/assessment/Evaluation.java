package org.gongkai.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A unit's evaluation in a round: its self-assessment (a summary, scores and notes for the items only it can show, with
 * evidence), the office's review (a final score for every item, a reason wherever it differs from the automatic or the
 * unit's own), the total and grade, and the one appeal the unit may make before the results are published (issue 16
 * §6).
 */
public record Evaluation(
        long id,
        long roundId,
        long organizationId,
        Status status,
        String selfSummary,
        Instant submittedAt,
        String submittedBy,
        Instant reviewedAt,
        String reviewedBy,
        Long totalTenths,
        Grade grade,
        String appealReason,
        Instant appealedAt,
        String appealedBy,
        String appealAnswer,
        Instant appealAnsweredAt,
        Long appraisalSurveyId,
        int version) {

    public enum Status {
        SELF_ASSESSING("自评中"),
        SUBMITTED("待审核"),
        REVIEWED("已审核"),
        APPEALED("申诉待复核");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the unit has used its one appeal. */
    public boolean appealed() {
        return appealedAt != null;
    }

    /** Whether the self-assessment was handed in by the unit (not closed with the self-assessment period). */
    public boolean selfAssessed() {
        return submittedBy != null;
    }

    public String total() {
        return totalTenths == null ? "" : Score.format(totalTenths);
    }

    /**
     * An item's scores: the automatic one (from an indicator, or the questionnaire) and why, the unit's own with its note,
     * the final one with the office's reason, and the evidence the unit gave.
     */
    public record Line(
            EvaluationRound.Item item,
            Long autoTenths,
            String autoWhy,
            Long selfTenths,
            String selfNote,
            Long finalTenths,
            String finalReason,
            List<EvidenceFile> evidence) {

        /** The score the review starts from: the automatic one, or else the unit's own. */
        public Long proposed() {
            return item.item().method() == ScoringMethod.MANUAL ? selfTenths : autoTenths;
        }

        public String auto() {
            return autoTenths == null ? "" : Score.format(autoTenths);
        }

        public String self() {
            return selfTenths == null ? "" : Score.format(selfTenths);
        }

        public String fin() {
            return finalTenths == null ? "" : Score.format(finalTenths);
        }

        /** The final score if set, else the proposed one: what the review form shows. */
        public String shown() {
            Long v = finalTenths != null ? finalTenths : proposed();
            return v == null ? "" : Score.format(v);
        }
    }

    /** A file of evidence as listed (its content is read only when downloaded). */
    public record EvidenceFile(
            long id,
            Long itemId,
            String fileName,
            String mediaType,
            long sizeBytes,
            Instant uploadedAt,
            String uploadedBy) {}
}
