package org.gongkai.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A yearly evaluation round (年度考核, issue 16 §2): a rubric's items as they stood when the office opened it, the day
 * the units' self-assessments are due, and where the round stands — units assessing themselves, the office reviewing,
 * the results published. Later edits of the rubric leave an opened round as it was.
 */
public record EvaluationRound(
        long id,
        int year,
        long rubricId,
        String name,
        int passScore,
        int basicScore,
        LocalDate selfDueOn,
        Status status,
        Instant openedAt,
        String openedBy,
        Instant publishedAt,
        String publishedBy,
        LocalDate appraisalClosesOn,
        int version,
        List<Item> items) {

    public enum Status {
        SELF_ASSESSMENT("单位自评"),
        REVIEW("考核审核"),
        PUBLISHED("结果已公布");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An item of the round: the rubric's item as copied, under its category's name. */
    public record Item(String category, Rubric.Item item) {

        public long id() {
            return item.id();
        }
    }

    public int points() {
        return items.stream().mapToInt(i -> i.item().points()).sum();
    }

    public Grade grade(long tenths) {
        return Grade.of(tenths, passScore, basicScore);
    }

    /** The indicators' period the round scores: the round's year. */
    public Period period() {
        return Period.parse(String.valueOf(year));
    }

    /** Whether the public appraisal questionnaires (社会评议) are opened. */
    public boolean appraisalOpened() {
        return appraisalClosesOn != null;
    }

    /**
     * Whether the round has items scored by the public appraisal while none is opened: those items have no score
     * until the office gives one, so no unit can be confirmed in one step before that.
     */
    public boolean awaitsAppraisalScores() {
        return !appraisalOpened() && items.stream().anyMatch(i -> i.item().method() == ScoringMethod.QUESTIONNAIRE);
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
