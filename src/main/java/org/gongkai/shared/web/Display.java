package org.gongkai.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formatting for templates, in the platform's time zone: {@code ${@display.time(instant)}}. */
@Component("display")
public class Display {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Clock clock;

    Display(Clock clock) {
        this.clock = clock;
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
    }

    /** The calendar day of an instant, e.g. a 发布日期: 2026-03-02. */
    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(clock.getZone()));
    }

    /** Whether the instant is still ahead, e.g. a lockout that has not yet ended. */
    public boolean isFuture(Instant instant) {
        return instant != null && instant.isAfter(clock.instant());
    }
}
