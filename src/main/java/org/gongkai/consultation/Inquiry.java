package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A question or suggestion from the public to a unit (咨询建言, issue 15 §10): what was asked, whether the asker agreed
 * to its publication, the answer period (received on, due on), the answer and whether it is public, and how the unit
 * or the supervising office handled it. The asker's contact is sealed and not part of it.
 */
public record Inquiry(
        long id,
        long organizationId,
        String trackingCode,
        String subject,
        String question,
        String publicQuestion,
        String askerName,
        boolean publicationConsent,
        boolean personalFound,
        InquiryStatus status,
        Instant submittedAt,
        LocalDate receivedOn,
        LocalDate dueOn,
        String answer,
        Instant answeredAt,
        LocalDate answeredOn,
        String answeredBy,
        boolean published,
        String notPublishedReason,
        String invalidReason,
        Long transferredFrom,
        String transferReason,
        Instant urgedAt,
        String urgedBy,
        String urgeNote,
        int version) {

    /** Two months after receipt: still unanswered, the inquiry is escalated to the supervising office. */
    public LocalDate escalatesOn() {
        return receivedOn.plusMonths(2);
    }

    /** The last day before the inspection's veto: an effective message unanswered for more than three months. */
    public LocalDate vetoAfter() {
        return receivedOn.plusMonths(3);
    }

    /** Answered after its due day. */
    public boolean answeredLate() {
        return answeredOn != null && answeredOn.isAfter(dueOn);
    }

    public String trackingCodeDisplay() {
        return org.gongkai.shared.TrackingCodes.display(trackingCode);
    }

    /** How pressing it is today, given the working days left until its due day (negative: late). */
    InquiryUrgency urgency(LocalDate today, int workingDaysLeft) {
        if (status != InquiryStatus.RECEIVED) {
            return InquiryUrgency.IN_TIME;
        }
        if (today.isAfter(vetoAfter())) {
            return InquiryUrgency.VETO;
        }
        if (!today.isBefore(escalatesOn())) {
            return InquiryUrgency.ESCALATED;
        }
        if (workingDaysLeft < 0) {
            return InquiryUrgency.OVERDUE;
        }
        return workingDaysLeft <= InquiryUrgency.REMIND_AT ? InquiryUrgency.DUE_SOON : InquiryUrgency.IN_TIME;
    }
}
