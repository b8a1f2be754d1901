package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A public consultation on a draft (公开征求意见, 国务院令第713号 第十五条): the draft, its explanation (起草说明) and basis,
 * how to comment, the period (first and last day), the published reason when it is shorter than 30 days, and the
 * 意见采纳情况 once published.
 */
public record Consultation(
        long id,
        long organizationId,
        String title,
        String draftText,
        String explanation,
        String basis,
        String howToComment,
        LocalDate opensOn,
        LocalDate closesOn,
        String shortenedReason,
        ConsultationStatus status,
        Instant publishedAt,
        String feedbackSummary,
        Instant feedbackPublishedAt,
        Instant createdAt,
        String createdBy,
        int version) {

    /** 第十五条: “公开征求意见的期限一般不少于30日”. */
    public static final int MIN_DAYS = 30;

    /** The draft's paragraphs, numbered from 1 on the page, as a comment names them: its non-blank lines. */
    public List<String> paragraphs() {
        return paragraphs(draftText);
    }

    static List<String> paragraphs(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The period in calendar days, its first and last day included. */
    public long days() {
        return days(opensOn, closesOn);
    }

    static long days(LocalDate opensOn, LocalDate closesOn) {
        return ChronoUnit.DAYS.between(opensOn, closesOn) + 1;
    }

    public ConsultationPhase phase(LocalDate today) {
        return ConsultationPhase.of(status, opensOn, closesOn, today);
    }

    public boolean isPublic() {
        return status != ConsultationStatus.DRAFT;
    }
}
