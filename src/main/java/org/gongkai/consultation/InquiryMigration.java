package org.gongkai.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages a unit received on its old site's 留言板 before it used the platform, brought in as they were: when each came,
 * and its answer and when it was given, or its closing reason, or nothing yet — a message still waiting keeps the
 * answer period it had from its receipt, so the inspection's year of history and the 3-month veto see it. The
 * supervising office brings them in; the same limits as a new message apply.
 */
@Service
public class InquiryMigration {

    /** One message from the old site: answered (published or not), closed as not effective, or still waiting. */
    public record HeldInquiry(
            String subject,
            String question,
            String askerName,
            boolean publicationConsent,
            Instant submittedAt,
            String answer,
            Instant answeredAt,
            boolean published,
            String invalidReason) {}

    private final InquiryRepository repository;
    private final Inquiries inquiries;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    InquiryMigration(
            InquiryRepository repository,
            Inquiries inquiries,
            AccessControl access,
            WorkingDayCalendar calendar,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.inquiries = inquiries;
        this.access = access;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long importHeld(long organizationId, HeldInquiry held) {
        access.require(Role.SUPERVISOR, organizationId, "INQUIRY_IMPORT");
        inquiries.answeringUnit(organizationId);
        String subject = Texts.clean(held.subject());
        String question = Texts.clean(held.question());
        if (subject == null || subject.length() > Inquiries.MAX_SUBJECT) {
            throw new RuleViolation("subject", "留言须有标题，且不超过 " + Inquiries.MAX_SUBJECT + " 字。");
        }
        if (question == null || question.length() > Inquiries.MAX_QUESTION) {
            throw new RuleViolation("question", "留言须有内容，且不超过 " + Inquiries.MAX_QUESTION + " 字。");
        }
        String name = Texts.clean(held.askerName());
        if (name != null && name.length() > Inquiries.MAX_NAME) {
            throw new RuleViolation("askerName", "署名不能超过 " + Inquiries.MAX_NAME + " 字。");
        }
        Instant now = clock.instant();
        if (held.submittedAt() == null || held.submittedAt().isAfter(now)) {
            throw new RuleViolation("submittedAt", "请填写留言时间，且不晚于现在。");
        }
        String answer = Texts.clean(held.answer());
        String invalid = Texts.clean(held.invalidReason());
        if (answer != null && invalid != null) {
            throw new RuleViolation("answer", "一条留言不能既有答复又作为无效留言办结。");
        }
        if ((answer != null || invalid != null)
                && (held.answeredAt() == null
                        || held.answeredAt().isBefore(held.submittedAt())
                        || held.answeredAt().isAfter(now))) {
            throw new RuleViolation("answeredAt", "请填写办结时间，且在留言时间之后、不晚于现在。");
        }
        if (answer != null && answer.length() > Inquiries.MAX_ANSWER) {
            throw new RuleViolation("answer", "答复不能超过 " + Inquiries.MAX_ANSWER + " 字。");
        }
        if (held.published() && (answer == null || !held.publicationConsent())) {
            throw new RuleViolation("published", "只有提问人同意公开且已答复的留言才能公开。");
        }
        LocalDate received = LocalDate.ofInstant(held.submittedAt(), clock.getZone());
        Inquiry saved = repository.insert(new InquiryRepository.NewInquiry(
                organizationId,
                subject,
                question,
                name,
                null,
                held.publicationConsent(),
                !PersonalInformationScanner.scan(subject + "\n" + question).isEmpty(),
                held.submittedAt(),
                received,
                calendar.addWorkingDays(received, inquiries.answerWorkingDays()).due()));
        String by = Actors.currentName();
        if (answer != null) {
            repository.answer(
                    saved.id(),
                    saved.version(),
                    answer,
                    held.answeredAt(),
                    LocalDate.ofInstant(held.answeredAt(), clock.getZone()),
                    by,
                    held.published(),
                    held.published() ? PersonalInformationScanner.mask(question) : null,
                    held.published() || !held.publicationConsent() ? null : "迁移前未公开");
        } else if (invalid != null) {
            repository.declareInvalid(
                    saved.id(),
                    saved.version(),
                    invalid,
                    held.answeredAt(),
                    LocalDate.ofInstant(held.answeredAt(), clock.getZone()),
                    by);
        }
        audit.record(
                "INQUIRY_IMPORT",
                "inquiry:" + saved.id(),
                Outcome.SUCCESS,
                "留言时间 " + received + (answer != null ? "，已答复" : invalid != null ? "，无效留言" : "，待答复"));
        return saved.id();
    }
}
