package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.request.TimelineKind.CONSULTATION_ANSWERED;
import static org.gongkai.request.TimelineKind.CONSULTATION_OPENED;
import static org.gongkai.request.TimelineKind.CORRECTED;
import static org.gongkai.request.TimelineKind.CORRECTION_REQUESTED;
import static org.gongkai.request.TimelineKind.EXTENDED;
import static org.gongkai.request.TimelineKind.FEE_NOTIFIED;
import static org.gongkai.request.TimelineKind.FEE_PAID;
import static org.gongkai.request.TimelineKind.RECEIPT_CONFIRMED;
import static org.gongkai.request.TimelineKind.SUBMITTED;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.ShippedCalendar;
import org.gongkai.request.RequestClock.DueKind;
import org.gongkai.request.RequestClock.Reading;
import org.junit.jupiter.api.Test;

/**
 * The request clock over the real holiday periods of 2025 and 2026 (RULES §6), each expectation counted by hand from
 * the official notices. Day 1 is the first working day after the receipt date (《民法典》第二百零一条).
 */
class RequestClockTests {

    private final RequestClock clock = new RequestClock(ShippedCalendar.shipped(), ClockRules.STATUTORY);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static TimelineEntry at(TimelineKind kind, String on) {
        return TimelineEntry.of(kind, d(on));
    }

    @Test
    void anApplicationNotYetConfirmedHasNoClock() {
        Reading r = clock.read(List.of(at(SUBMITTED, "2025-09-30")));
        assertThat(r.started()).isFalse();
        assertThat(r.replyDue()).isNull();
    }

    /** 第三十三条: 20 working days; the National Day week (10-01 to 10-08) is skipped, Saturday 10-11 counts. */
    @Test
    void receivedTheDayBeforeNationalDay_dueOn4November2025() {
        Reading r = clock.read(List.of(at(SUBMITTED, "2025-09-30"), at(RECEIPT_CONFIRMED, "2025-09-30")));
        assertThat(r.replyDue()).isEqualTo(d("2025-11-04"));
        assertThat(r.stopped()).isFalse();
        assertThat(r.dueKind()).isEqualTo(DueKind.REPLY);
        assertThat(r.skipped()).contains(d("2025-10-01"), d("2025-10-08")).doesNotContain(d("2025-10-11"));
        // 第三十条: the one correction notice goes out within 7 working days: 10-09, 10, 11 (Sat), 13, 14, 15, 16
        assertThat(r.correctionNoticeDue()).isEqualTo(d("2025-10-16"));
    }

    /** Sunday 2025-09-28 is a working day (调休): received on the Friday before, it is day 1. */
    @Test
    void receivedBeforeTheWorkingSunday_countsIt() {
        Reading r = clock.read(List.of(at(RECEIPT_CONFIRMED, "2025-09-26")));
        assertThat(r.replyDue()).isEqualTo(d("2025-10-30"));
    }

    /** Spring Festival 2026: 02-15 to 02-23 off, Saturdays 02-14 and 02-28 worked. */
    @Test
    void springFestival2026_skipsTheHolidayAndCountsBothWorkingSaturdays() {
        Reading r = clock.read(List.of(at(RECEIPT_CONFIRMED, "2026-02-13")));
        assertThat(r.replyDue()).isEqualTo(d("2026-03-19"));
        assertThat(r.skipped())
                .contains(d("2026-02-16"), d("2026-02-23"))
                .doesNotContain(d("2026-02-14"), d("2026-02-28"));
    }

    /** 第三十条: while a correction is awaited the period does not run; the applicant's period is what is due. */
    @Test
    void awaitingCorrection_stopsTheClockWithTheWholePeriodLeft() {
        Reading r = clock.read(List.of(
                at(RECEIPT_CONFIRMED, "2025-09-30"),
                at(CORRECTION_REQUESTED, "2025-10-10").withUntil(d("2025-10-31"))));
        assertThat(r.stopped()).isTrue();
        assertThat(r.replyDue()).isNull();
        assertThat(r.remaining()).isEqualTo(20);
        assertThat(r.dueKind()).isEqualTo(DueKind.CORRECTION);
        assertThat(r.dueOn()).isEqualTo(d("2025-10-31"));
    }

    /**
     * The walk of issue 11's "Done when": received 09-30, corrected 10-20 (restart), a third party consulted from
     * 10-22 to 11-05 (not counted, 第三十二、三十三条), 20 days' extension: 40 working days from 10-20 without the
     * consultation: 10-21 is day 1, 11-06 day 2 … 2025-12-30 day 40.
     */
    @Test
    void correctionConsultationAndExtension_dueOn30December2025() {
        Reading r = clock.read(List.of(
                at(RECEIPT_CONFIRMED, "2025-09-30"),
                at(CORRECTION_REQUESTED, "2025-10-10").withUntil(d("2025-10-31")),
                at(CORRECTED, "2025-10-20"),
                at(CONSULTATION_OPENED, "2025-10-22").withRef(1).withUntil(d("2025-11-12")),
                at(CONSULTATION_ANSWERED, "2025-11-05").withRef(1),
                at(EXTENDED, "2025-11-20").withDays(20)));
        assertThat(r.start()).isEqualTo(d("2025-10-20"));
        assertThat(r.periodDays()).isEqualTo(40);
        assertThat(r.replyDue()).isEqualTo(d("2025-12-30"));
        assertThat(r.pauses()).singleElement().satisfies(p -> {
            assertThat(p.start()).isEqualTo(d("2025-10-22"));
            assertThat(p.end()).isEqualTo(d("2025-11-05"));
        });
    }

    /** An open consultation stops the clock: 10-09, 10, 11, 13 were counted, 16 working days are left. */
    @Test
    void openConsultation_stopsTheClockAndCountsWhatRemains() {
        Reading r = clock.read(List.of(
                at(RECEIPT_CONFIRMED, "2025-09-30"),
                at(CONSULTATION_OPENED, "2025-10-14").withRef(1).withUntil(d("2025-11-04"))));
        assertThat(r.stopped()).isTrue();
        assertThat(r.remaining()).isEqualTo(16);
        assertThat(r.dueKind()).isEqualTo(DueKind.CONSULTATION);
        assertThat(r.dueOn()).isEqualTo(d("2025-11-04"));
    }

    /** A consultation opened after the period ran out does not move the deadline that was missed. */
    @Test
    void pauseAfterTheDeadline_leavesTheMissedDeadline() {
        Reading r = clock.read(List.of(
                at(RECEIPT_CONFIRMED, "2025-09-30"),
                at(CONSULTATION_OPENED, "2025-11-10").withRef(1).withUntil(d("2025-12-01"))));
        assertThat(r.stopped()).isFalse();
        assertThat(r.replyDue()).isEqualTo(d("2025-11-04"));
    }

    /** 109号: the clock stops from the fee notice to payment: 11-04 … 11-07 counted, 11-10 … 11-20 not. */
    @Test
    void feePeriod_isNotCounted() {
        Reading r = clock.read(List.of(
                at(RECEIPT_CONFIRMED, "2025-11-03"),
                at(FEE_NOTIFIED, "2025-11-10").withUntil(d("2025-12-08")),
                at(FEE_PAID, "2025-11-20")));
        assertThat(r.replyDue()).isEqualTo(d("2025-12-12"));
    }

    @Test
    void pendingFee_stopsTheClockAndThePaymentPeriodIsDue() {
        Reading r = clock.read(List.of(
                at(RECEIPT_CONFIRMED, "2025-11-03"),
                at(FEE_NOTIFIED, "2025-11-10").withUntil(d("2025-12-08"))));
        assertThat(r.stopped()).isTrue();
        assertThat(r.remaining()).isEqualTo(16);
        assertThat(r.dueKind()).isEqualTo(DueKind.FEE);
        assertThat(r.dueOn()).isEqualTo(d("2025-12-08"));
    }
}
