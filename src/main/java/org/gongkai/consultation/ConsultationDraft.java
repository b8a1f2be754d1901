package org.gongkai.consultation;

import java.time.LocalDate;

/** What the unit enters for a consultation before it is published. */
public record ConsultationDraft(
        String title,
        String draftText,
        String explanation,
        String basis,
        String howToComment,
        LocalDate opensOn,
        LocalDate closesOn,
        String shortenedReason) {}
