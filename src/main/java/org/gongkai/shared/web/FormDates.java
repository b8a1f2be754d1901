package org.gongkai.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.shared.RuleViolation;

/**
 * Dates typed into forms: 2026-03-02, 2026/3/2 and 2026年3月2日 are read; anything else is refused with a
 * message naming the field, so a browser without a date picker never ends on an error page.
 */
public final class FormDates {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:：](\\d{2})(?:[:：]\\d{2})?");

    private FormDates() {}

    public static LocalDate date(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (m.matches()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the message
            }
        }
        throw new RuleViolation(field, label + "“" + value.strip() + "”不是有效的日期，请按“2026-03-02”的格式填写。");
    }

    /** A date and time from a datetime-local field (2026-03-02T09:30) or typed as “2026-03-02 09:30”. */
    public static LocalDateTime dateTime(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split("[T\\s]+", 2);
        LocalDate day = date(field, parts[0], label);
        if (parts.length == 2) {
            Matcher m = TIME.matcher(parts[1]);
            if (m.matches()) {
                int hour = Integer.parseInt(m.group(1));
                int minute = Integer.parseInt(m.group(2));
                if (hour < 24 && minute < 60) {
                    return LocalDateTime.of(day, LocalTime.of(hour, minute));
                }
            }
        }
        throw new RuleViolation(field, label + "“" + value.strip() + "”不是有效的时间，请按“2026-03-02 09:30”的格式填写。");
    }
}
