package org.gongkai.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations a county held before it used the platform (on its old site), brought in as they were: the period that
 * has passed, the comments published then (masked again), and the 意见采纳情况 if it was published. The supervising
 * office brings them in; the rules they were held under are checked again (30 days or a reason, feedback reasons).
 */
@Service
public class ConsultationMigration {

    /** One consultation held before, with its published comments and, when published, its feedback. */
    public record HeldBefore(
            ConsultationDraft draft,
            Instant publishedAt,
            List<HeldComment> comments,
            String feedbackSummary,
            List<FeedbackItem> feedback,
            Instant feedbackPublishedAt) {}

    /** A comment as it was published then. */
    public record HeldComment(Integer paragraph, String text, String name, Instant submittedAt) {}

    private final ConsultationRepository repository;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    ConsultationMigration(ConsultationRepository repository, AccessControl access, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long importHeld(long organizationId, HeldBefore held) {
        access.require(Role.SUPERVISOR, organizationId, "CONSULTATION_IMPORT");
        ConsultationDraft d = Consultations.validate(held.draft());
        LocalDate today = LocalDate.now(clock);
        if (held.publishedAt() == null
                || LocalDate.ofInstant(held.publishedAt(), clock.getZone()).isAfter(d.opensOn())) {
            throw new RuleViolation("publishedAt", "请填写发布时间，且不晚于征求意见的开始日期。");
        }
        if (!d.closesOn().isBefore(today)) {
            throw new RuleViolation("closesOn", "只能导入已经截止的征求意见；正在进行的请在平台上发布。");
        }
        boolean feedback = held.feedbackPublishedAt() != null;
        List<FeedbackItem> items =
                feedback ? Consultations.checkFeedback(held.feedbackSummary(), held.feedback()) : List.of();
        long id = repository.insert(
                organizationId,
                d,
                feedback ? ConsultationStatus.FEEDBACK_PUBLISHED : ConsultationStatus.PUBLISHED,
                held.publishedAt(),
                held.feedbackPublishedAt(),
                clock.instant(),
                Actors.currentName());
        int paragraphs = Consultation.paragraphs(d.draftText()).size();
        for (HeldComment c : held.comments()) {
            if (c.text() == null || c.text().isBlank() || c.text().length() > Consultations.MAX_COMMENT) {
                throw new RuleViolation("comments", "每条意见须有内容，且不超过 " + Consultations.MAX_COMMENT + " 字。");
            }
            if (c.name() != null && c.name().length() > Consultations.MAX_NAME) {
                throw new RuleViolation("comments", "署名不能超过 " + Consultations.MAX_NAME + " 字。");
            }
            if (c.paragraph() != null && (c.paragraph() < 1 || c.paragraph() > paragraphs)) {
                throw new RuleViolation("comments", "意见针对的段落（第 " + c.paragraph() + " 段）不在征求意见稿中。");
            }
            long commentId = repository.insertComment(
                    id,
                    c.paragraph(),
                    c.text(),
                    c.name(),
                    null,
                    !PersonalInformationScanner.scan(c.text()).isEmpty(),
                    c.submittedAt());
            repository.moderate(
                    commentId,
                    0,
                    CommentStatus.PUBLISHED,
                    PersonalInformationScanner.mask(c.text()),
                    null,
                    held.publishedAt(),
                    Actors.currentName());
        }
        if (feedback) {
            repository.setFeedback(id, held.feedbackSummary().strip(), items);
        }
        audit.record(
                "CONSULTATION_IMPORT",
                "consultation:" + id,
                Outcome.SUCCESS,
                d.title() + "，" + d.opensOn() + " 至 " + d.closesOn() + (feedback ? "，含意见采纳情况" : ""));
        return id;
    }
}
