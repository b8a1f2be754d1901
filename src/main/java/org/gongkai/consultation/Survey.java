package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A questionnaire (问卷调查, 国务院令第713号 第十四条): its questions, its period, and once the period is over the results
 * published with the unit's summary.
 */
public record Survey(
        long id,
        long organizationId,
        String title,
        String description,
        LocalDate opensOn,
        LocalDate closesOn,
        Status status,
        Instant publishedAt,
        String resultsSummary,
        Instant resultsPublishedAt,
        int version,
        List<Question> questions) {

    public enum Status {
        DRAFT("草稿"),
        PUBLISHED("已发布"),
        RESULTS_PUBLISHED("结果已公布");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Kind {
        SINGLE("单选"),
        MULTIPLE("多选"),
        TEXT("填空");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A question: its position from 1, its kind, its text and (for a choice) its options. */
    public record Question(int position, Kind kind, String text, List<String> options) {}

    /** Where the survey stands today: 预告, 进行中, 已截止, or its results published. */
    public String phase(LocalDate today) {
        return switch (status) {
            case DRAFT -> "草稿";
            case RESULTS_PUBLISHED -> "结果已公布";
            case PUBLISHED -> today.isBefore(opensOn) ? "预告" : today.isAfter(closesOn) ? "已截止" : "进行中";
        };
    }

    public boolean isOpen(LocalDate today) {
        return status == Status.PUBLISHED && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public boolean isPublic() {
        return status != Status.DRAFT;
    }
}
