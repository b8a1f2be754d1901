package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The official calendar as shipped (RULES.md §6), and counting under 《民法典》第二百零一条. */
class WorkingDayCalendarTests {

    static final Map<Integer, YearArrangement> SHIPPED = new HashMap<>();

    static {
        for (int year : new int[] {2025, 2026}) {
            try (InputStream in = WorkingDayCalendarTests.class.getResourceAsStream("/calendar/" + year + ".csv")) {
                SHIPPED.put(year, ArrangementParser.parse(year, "shipped", year + ".csv", in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    final WorkingDayCalendar calendar = new WorkingDayCalendar(year -> Optional.ofNullable(SHIPPED.get(year)));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class ShippedArrangements {

        @Test
        void year2025_has18WeekdayHolidaysAnd5AdjustedWorkdays() {
            assertThat(SHIPPED.get(2025).weekdayHolidays()).isEqualTo(18);
            assertThat(SHIPPED.get(2025).adjustedWorkdays()).isEqualTo(5);
        }

        @Test
        void year2026_has19WeekdayHolidaysAnd6AdjustedWorkdays() {
            assertThat(SHIPPED.get(2026).weekdayHolidays()).isEqualTo(19);
            assertThat(SHIPPED.get(2026).adjustedWorkdays()).isEqualTo(6);
        }
    }

    @Nested
    class IsWorkingDay {

        @ParameterizedTest(name = "{0} working={1}")
        @CsvSource({
            "2025-09-28, true", // Sunday, adjusted working day before National Day
            "2025-10-11, true", // Saturday, adjusted working day
            "2025-10-01, false",
            "2025-10-08, false",
            "2025-10-09, true",
            "2025-01-26, true",
            "2025-01-28, false",
            "2025-02-04, false",
            "2025-02-05, true",
            "2025-02-08, true",
            "2025-04-27, true",
            "2025-05-05, false",
            "2025-06-02, false",
            "2026-01-04, true",
            "2026-02-14, true",
            "2026-02-16, false",
            "2026-02-23, false",
            "2026-02-24, true",
            "2026-02-28, true",
            "2026-05-09, true",
            "2026-09-20, true",
            "2026-10-07, false",
            "2026-10-08, true",
            "2026-10-10, true",
            "2026-11-21, false",
            "2026-11-23, true"
        })
        void followsTheYearsArrangement(LocalDate date, boolean working) {
            assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
        }
    }

    @Nested
    class AddWorkingDays_StartDayNotCounted {

        @Test
        void nationalDay2025_twentyWorkingDaysFromSeptember26() {
            Deadline d = calendar.addWorkingDays(d("2025-09-26"), 20);
            // 09-28 (Sunday) counts; 10-01..10-08 do not; 10-11 (Saturday) counts.
            assertThat(d.due()).isEqualTo(d("2025-10-30"));
            assertThat(d.skipped())
                    .contains(d("2025-09-27"), d("2025-10-01"), d("2025-10-08"), d("2025-10-12"))
                    .doesNotContain(d("2025-09-28"), d("2025-10-11"));
            assertThat(d.isCertain()).isTrue();
        }

        @Test
        void oneWorkingDayFromAFriday_isTheNextWorkingDay() {
            assertThat(calendar.addWorkingDays(d("2025-09-26"), 1).due()).isEqualTo(d("2025-09-28"));
        }

        @Test
        void startOnAHoliday_changesNothing_firstWorkingDayAfterIsDayOne() {
            assertThat(calendar.addWorkingDays(d("2025-10-03"), 1).due()).isEqualTo(d("2025-10-09"));
        }

        @Test
        void springFestival2025_spansTheWholeBreak() {
            // 01-27 Monday; 01-28..02-04 holiday; 02-05 is day 1.
            assertThat(calendar.addWorkingDays(d("2025-01-27"), 1).due()).isEqualTo(d("2025-02-05"));
            assertThat(calendar.addWorkingDays(d("2025-01-24"), 1).due()).isEqualTo(d("2025-01-26"));
        }

        @Test
        void springFestival2026_nineDayBreakAndTwoSaturdays() {
            // 02-13 Fri → 02-14 (Saturday, working) is day 1; then 02-24 day 2 after the break.
            Deadline d = calendar.addWorkingDays(d("2026-02-13"), 2);
            assertThat(d.due()).isEqualTo(d("2026-02-24"));
            assertThat(d.skipped())
                    .containsExactly(
                            d("2026-02-15"),
                            d("2026-02-16"),
                            d("2026-02-17"),
                            d("2026-02-18"),
                            d("2026-02-19"),
                            d("2026-02-20"),
                            d("2026-02-21"),
                            d("2026-02-22"),
                            d("2026-02-23"));
        }

        @Test
        void nationalDay2026_twentyWorkingDaysAcrossTheBreak() {
            // 09-18 Fri; 09-20 (Sunday) works; 09-25 Mid-Autumn off; 10-01..10-07 off; 10-10 (Saturday) works.
            Deadline d = calendar.addWorkingDays(d("2026-09-18"), 20);
            assertThat(d.due()).isEqualTo(d("2026-10-22"));
        }

        @Test
        void zeroWorkingDays_isTheStartDay() {
            assertThat(calendar.addWorkingDays(d("2025-10-01"), 0).due()).isEqualTo(d("2025-10-01"));
        }

        @Test
        void acrossTheYearEnd_usesBothYears() {
            // 2026-01-01..03 off; 01-04 (Sunday) is an adjusted working day.
            Deadline d = calendar.addWorkingDays(d("2025-12-31"), 1);
            assertThat(d.due()).isEqualTo(d("2026-01-04"));
            assertThat(d.isCertain()).isTrue();
        }
    }

    @Nested
    class YearWithoutArrangement {

        @Test
        void isMondayToFriday_andSaysSo() {
            Deadline d = calendar.addWorkingDays(d("2027-09-30"), 3);
            assertThat(d.due()).isEqualTo(d("2027-10-05")); // no guessing of 2027's National Day
            assertThat(d.isCertain()).isFalse();
            assertThat(d.yearsWithoutArrangement()).containsExactly(2027);
        }

        @Test
        void deadlineRunningIntoAnUnloadedYear_isFlagged() {
            Deadline d = calendar.addWorkingDays(d("2026-12-25"), 10);
            assertThat(d.yearsWithoutArrangement()).containsExactly(2027);
        }
    }

    @Nested
    class Pauses_ClockStopsDuringConsultation {

        @Test
        void workingDaysInsideAPauseAreNotCounted() {
            // 第三十三条第三款: consultation time is not counted. 2026-03-02 (Mon) + 5 with 03-04..03-05 paused.
            Deadline d =
                    calendar.addWorkingDays(d("2026-03-02"), 5, List.of(new Pause(d("2026-03-04"), d("2026-03-05"))));
            assertThat(d.due()).isEqualTo(d("2026-03-11"));
            assertThat(d.paused()).containsExactly(d("2026-03-04"), d("2026-03-05"));
        }

        @Test
        void aPauseOverAHolidayCostsNothingExtra() {
            Deadline without = calendar.addWorkingDays(d("2025-09-30"), 3);
            Deadline with =
                    calendar.addWorkingDays(d("2025-09-30"), 3, List.of(new Pause(d("2025-10-01"), d("2025-10-08"))));
            assertThat(with.due()).isEqualTo(without.due());
        }
    }

    @Nested
    class CountBetween {

        @Test
        void countsWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
            assertThat(calendar.workingDaysBetween(d("2025-09-26"), d("2025-10-30")))
                    .isEqualTo(20);
            assertThat(calendar.workingDaysBetween(d("2025-10-01"), d("2025-10-08")))
                    .isZero();
            assertThat(calendar.workingDaysBetween(d("2025-10-30"), d("2025-09-26")))
                    .isEqualTo(-20);
        }

        @Test
        void isTheInverseOfAdding() {
            for (LocalDate from = d("2025-01-01"); from.isBefore(d("2026-12-01")); from = from.plusDays(11)) {
                Deadline due = calendar.addWorkingDays(from, 20);
                assertThat(calendar.workingDaysBetween(from, due.due()))
                        .as("from %s", from)
                        .isEqualTo(20);
            }
        }
    }

    @Nested
    class BadInput {

        @Test
        void dateOutsideTheSupportedRange_isRefusedWithAChineseMessage() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("1999-12-31"), 1))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("超出支持范围");
            assertThatThrownBy(() -> calendar.isWorkingDay(d("2100-01-01"))).isInstanceOf(RuleViolation.class);
        }

        @Test
        void negativeOrHugeWorkingDays_areRefused() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-01-01"), -1))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("工作日数");
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-01-01"), 100_000))
                    .isInstanceOf(RuleViolation.class);
        }

        @Test
        void runningPastTheLastSupportedDate_isRefused() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2099-12-20"), 100))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("超出支持范围");
        }
    }
}
