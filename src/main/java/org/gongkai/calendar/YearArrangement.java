package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The holidays and adjusted working days of one year, as published by the 国务院办公厅 notice named in
 * {@code source}. Invariants (checked by {@link ArrangementParser}): every date lies in {@code year},
 * no date appears twice, and an adjusted working day is a Saturday or Sunday.
 */
public record YearArrangement(int year, String source, List<SpecialDay> days) {

    public YearArrangement {
        days = List.copyOf(days);
    }

    Map<LocalDate, SpecialDay> byDate() {
        return days.stream().collect(Collectors.toMap(SpecialDay::date, Function.identity()));
    }

    /** Holidays that fall on a weekday: the days the arrangement takes away from Monday–Friday. */
    public long weekdayHolidays() {
        return days.stream()
                .filter(d -> d.kind() == DayKind.HOLIDAY && !isWeekend(d.date()))
                .count();
    }

    public long adjustedWorkdays() {
        return days.stream().filter(d -> d.kind() == DayKind.ADJUSTED_WORKDAY).count();
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
