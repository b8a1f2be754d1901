package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * The result of adding working days: {@code due} is the {@code workingDays}-th working day after
 * {@code from} (the start day itself is not counted, 《民法典》第二百零一条). {@code skipped} lists the
 * non-working dates passed over, {@code paused} the working days not counted because a pause covered
 * them, and {@code yearsWithoutArrangement} the years computed as plain Monday–Friday because no
 * arrangement is loaded for them.
 */
public record Deadline(
        LocalDate from,
        int workingDays,
        LocalDate due,
        List<LocalDate> skipped,
        List<LocalDate> paused,
        SortedSet<Integer> yearsWithoutArrangement) {

    public boolean isCertain() {
        return yearsWithoutArrangement.isEmpty();
    }
}
