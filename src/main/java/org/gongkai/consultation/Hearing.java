package org.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A hearing on a decision (听证, 国务院令第713号 第十六条): the draft, the time and place, the rules for choosing the
 * participants (遴选办法) and how to apply, announced in advance; the participants, one per line, published before the
 * hearing; the day the materials reached them; a rescheduling's reason; and the record of the hearing.
 */
public record Hearing(
        long id,
        long organizationId,
        String title,
        String draftText,
        String explanation,
        Instant heldAt,
        String place,
        String selectionRules,
        String howToApply,
        HearingStatus status,
        Instant announcedAt,
        String participants,
        Instant participantsPublishedAt,
        LocalDate materialsSentOn,
        String rescheduledReason,
        String recordText,
        Instant recordPublishedAt,
        Instant createdAt,
        String createdBy,
        int version) {

    /** 第十六条: “听证材料…至少在听证会举行7日前送达听证参加人”. */
    public static final int MATERIALS_DAYS_BEFORE = 7;

    /** The draft's paragraphs: its non-blank lines. */
    public List<String> paragraphs() {
        return Consultation.paragraphs(draftText);
    }

    public List<String> participantList() {
        return Consultation.paragraphs(participants);
    }

    public LocalDate heldOn(ZoneId zone) {
        return LocalDate.ofInstant(heldAt, zone);
    }

    /** The last day the materials may reach the participants. */
    public LocalDate materialsDueBy(ZoneId zone) {
        return heldOn(zone).minusDays(MATERIALS_DAYS_BEFORE);
    }

    public boolean isPublic() {
        return status != HearingStatus.DRAFT;
    }
}
