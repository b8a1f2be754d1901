package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * A clock-stop period, both ends included: working days inside it are not counted. Requests use it
 * for third-party and agency consultation (国务院令第711号 第三十三条第三款).
 */
public record Pause(LocalDate start, LocalDate end) {

    public Pause {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("pause must have start <= end");
        }
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
