package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.Pause;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The statutory clock of a case, computed from its whole timeline every time — never patched (issue 11 §3):
 *
 * <ul>
 *   <li>the reply period of {@link ClockRules#replyDays()} working days runs from the receipt date (第三十三条), or from
 *       the date a correction is received (第三十条), the start day not counted (《民法典》第二百零一条);
 *   <li>working days from the day a consultation letter goes out to the day it is answered or lapses are not counted
 *       (第三十二、三十四条, 第三十三条第三款), nor those from a fee notice to payment or waiver (国办函〔2020〕109号);
 *   <li>an approved extension adds its working days (第三十三条第二款);
 *   <li>while a correction notice waits for the applicant the period does not run at all: it starts again, whole,
 *       from the correction.
 * </ul>
 *
 * A pause still open stops the clock: the reading then gives the working days that will be left when it resumes, and
 * the date the pause itself lapses (the applicant's correction period, the consultation's answer period, the fee's
 * payment period) as what is due next.
 */
public final class RequestClock {

    /** What is due next on a case, and so what its date in the lists means. */
    public enum DueKind {
        REPLY("答复期限"),
        CORRECTION("补正期限（申请人）"),
        CONSULTATION("征求意见答复期限"),
        FEE("缴费期限（申请人）");

        private final String label;

        DueKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A stretch of the timeline the clock did not count; {@code end} is null while it is still open. */
    public record ClockPause(DueKind kind, String reason, LocalDate start, LocalDate end, LocalDate lapsesOn) {
        public boolean isOpen() {
            return end == null;
        }

        ClockPause closedOn(LocalDate day) {
            return new ClockPause(kind, reason, start, day, lapsesOn);
        }
    }

    /**
     * The clock as the timeline leaves it. {@code replyDue} is the last day of the reply period while it runs (null
     * before receipt and while stopped); {@code remaining} the working days left when stopped (may be 0 or less when
     * the period had already run out); {@code dueKind} and {@code dueOn} what the unit must watch next.
     */
    public record Reading(
            LocalDate receivedOn,
            LocalDate start,
            int periodDays,
            int extensionDays,
            List<ClockPause> pauses,
            LocalDate replyDue,
            boolean stopped,
            int remaining,
            DueKind dueKind,
            LocalDate dueOn,
            LocalDate correctionNoticeDue,
            List<LocalDate> skipped,
            boolean certain) {

        static Reading notStarted() {
            return new Reading(null, null, 0, 0, List.of(), null, true, 0, null, null, null, List.of(), true);
        }

        public boolean started() {
            return receivedOn != null;
        }
    }

    private final WorkingDayCalendar calendar;
    private final ClockRules rules;

    public RequestClock(WorkingDayCalendar calendar, ClockRules rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    public ClockRules rules() {
        return rules;
    }

    public Reading read(List<TimelineEntry> timeline) {
        LocalDate received = null;
        LocalDate start = null;
        LocalDate correctionUntil = null;
        boolean awaitingCorrection = false;
        int extension = 0;
        Map<Integer, ClockPause> consultations = new LinkedHashMap<>();
        List<ClockPause> fees = new ArrayList<>();
        for (TimelineEntry e : timeline) {
            switch (e.kind()) {
                case RECEIPT_CONFIRMED, REGISTERED -> {
                    if (received == null && e.on() != null && e.kind() == TimelineKind.RECEIPT_CONFIRMED) {
                        received = e.on();
                        start = e.on();
                    }
                }
                case CORRECTION_REQUESTED -> {
                    awaitingCorrection = true;
                    correctionUntil = e.until();
                }
                case CORRECTED -> {
                    awaitingCorrection = false;
                    start = e.on();
                }
                case CORRECTION_LAPSED -> awaitingCorrection = false;
                case CONSULTATION_OPENED ->
                    consultations.put(
                            e.ref(),
                            new ClockPause(DueKind.CONSULTATION, consultationReason(e), e.on(), null, e.until()));
                case CONSULTATION_ANSWERED, CONSULTATION_LAPSED -> {
                    ClockPause open = consultations.get(e.ref());
                    if (open != null && open.isOpen()) {
                        consultations.put(e.ref(), open.closedOn(latest(open.start(), e.on())));
                    }
                }
                case EXTENDED -> extension += e.days() == null ? 0 : e.days();
                case FEE_NOTIFIED ->
                    fees.add(new ClockPause(DueKind.FEE, "收费通知至缴费（国办函〔2020〕109号）", e.on(), null, e.until()));
                case FEE_PAID, FEE_WAIVED, FEE_LAPSED -> {
                    int last = fees.size() - 1;
                    if (last >= 0 && fees.get(last).isOpen()) {
                        ClockPause open = fees.get(last);
                        fees.set(last, open.closedOn(latest(open.start(), e.on())));
                    }
                }
                default -> {
                    // the other lines record what happened without moving the clock
                }
            }
        }
        if (received == null) {
            return Reading.notStarted();
        }
        List<ClockPause> pauses = new ArrayList<>(consultations.values());
        pauses.addAll(fees);
        int period = rules.replyDays() + extension;
        LocalDate noticeDue =
                calendar.addWorkingDays(received, rules.correctionNoticeDays()).due();
        List<Pause> closed = pauses.stream()
                .filter(p -> !p.isOpen())
                .map(p -> new Pause(p.start(), p.end()))
                .toList();
        if (awaitingCorrection) {
            return new Reading(
                    received,
                    start,
                    period,
                    extension,
                    pauses,
                    null,
                    true,
                    period,
                    DueKind.CORRECTION,
                    correctionUntil,
                    noticeDue,
                    List.of(),
                    true);
        }
        Deadline running = calendar.addWorkingDays(start, period, closed);
        ClockPause firstOpen = pauses.stream()
                .filter(ClockPause::isOpen)
                .min((a, b) -> a.start().compareTo(b.start()))
                .orElse(null);
        if (firstOpen == null || firstOpen.start().isAfter(running.due())) {
            // running, or stopped only after the period had run out: the deadline stands
            return new Reading(
                    received,
                    start,
                    period,
                    extension,
                    pauses,
                    running.due(),
                    false,
                    period,
                    DueKind.REPLY,
                    running.due(),
                    noticeDue,
                    running.skipped(),
                    running.isCertain());
        }
        int counted = countedBefore(start, firstOpen.start(), closed);
        return new Reading(
                received,
                start,
                period,
                extension,
                pauses,
                null,
                true,
                period - counted,
                firstOpen.kind(),
                firstOpen.lapsesOn(),
                noticeDue,
                List.of(),
                running.isCertain());
    }

    /** Working days after {@code start} and before {@code stop} that the clock counted (not inside a closed pause). */
    private int countedBefore(LocalDate start, LocalDate stop, List<Pause> closed) {
        if (!stop.isAfter(start.plusDays(1))) {
            return 0;
        }
        int counted = calendar.workingDaysBetween(start, stop.minusDays(1));
        TreeSet<LocalDate> paused = new TreeSet<>();
        for (Pause p : closed) {
            for (LocalDate d = latest(p.start(), start.plusDays(1));
                    !d.isAfter(p.end()) && d.isBefore(stop);
                    d = d.plusDays(1)) {
                paused.add(d);
            }
        }
        for (LocalDate d : paused) {
            if (calendar.isWorkingDay(d)) {
                counted--;
            }
        }
        return counted;
    }

    private static String consultationReason(TimelineEntry e) {
        return e.note() == null || e.note().isBlank() ? "征求意见（第三十二、三十四条）" : "征求" + e.note() + "意见（第三十二、三十四条）";
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
