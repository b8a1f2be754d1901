package org.gongkai.calendar;

import java.util.Optional;

/** The calendar with the arrangements shipped for 2025 and 2026 (RULES §6), for tests of other modules' deadlines. */
public final class ShippedCalendar {

    private ShippedCalendar() {}

    public static WorkingDayCalendar shipped() {
        return new WorkingDayCalendar(year -> Optional.ofNullable(WorkingDayCalendarTests.SHIPPED.get(year)));
    }
}
