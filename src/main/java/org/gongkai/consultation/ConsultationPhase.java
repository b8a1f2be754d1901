package org.gongkai.consultation;

import java.time.LocalDate;

/**
 * The phases of a consultation (issue 15 §4), each dated: announced before its period opens (预告), open for comment
 * (征求中) from its first to its last day, closed after it (已截止), and done once the 意见采纳情况 is published.
 */
public enum ConsultationPhase {
    DRAFT("草稿"),
    ANNOUNCED("预告"),
    OPEN("征求中"),
    CLOSED("已截止"),
    FEEDBACK_PUBLISHED("反馈已发布");

    private final String label;

    ConsultationPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ConsultationPhase of(ConsultationStatus status, LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case FEEDBACK_PUBLISHED -> FEEDBACK_PUBLISHED;
            case PUBLISHED -> today.isBefore(opensOn) ? ANNOUNCED : today.isAfter(closesOn) ? CLOSED : OPEN;
        };
    }
}
