package org.gongkai.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a case's timeline: what happened ({@code kind}), the date it counts from ({@code on}: the receipt
 * date, the date a notice went out or an answer came in — not always the day it was typed), when and by whom it was
 * recorded, and what the clock needs: the consultation it belongs to ({@code ref}), the working days of an extension
 * ({@code days}), the end of a period given to the applicant or a third party ({@code until}), and a code where the
 * kind alone does not say enough (the {@link ConsultationKind}, an objection).
 */
public record TimelineEntry(
        long id,
        TimelineKind kind,
        LocalDate on,
        Instant at,
        String by,
        Integer ref,
        Integer days,
        LocalDate until,
        String note,
        String code) {

    /** An entry as the clock reads it, before it is stored. */
    static TimelineEntry of(TimelineKind kind, LocalDate on) {
        return new TimelineEntry(0, kind, on, null, null, null, null, null, null, null);
    }

    TimelineEntry withRef(Integer ref) {
        return new TimelineEntry(id, kind, on, at, by, ref, days, until, note, code);
    }

    TimelineEntry withDays(Integer days) {
        return new TimelineEntry(id, kind, on, at, by, ref, days, until, note, code);
    }

    TimelineEntry withUntil(LocalDate until) {
        return new TimelineEntry(id, kind, on, at, by, ref, days, until, note, code);
    }

    TimelineEntry withCode(String code) {
        return new TimelineEntry(id, kind, on, at, by, ref, days, until, note, code);
    }

    TimelineEntry withNote(String note) {
        return new TimelineEntry(id, kind, on, at, by, ref, days, until, note, code);
    }
}
