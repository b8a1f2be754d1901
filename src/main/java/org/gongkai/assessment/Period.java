package org.gongkai.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.shared.RuleViolation;

/**
 * The period a figure covers: a month (2026-11), a quarter (2026-Q4) or a year (2026), as typed in an address; the days
 * from {@code from} to {@code to}, both included.
 */
public record Period(String code, String label, LocalDate from, LocalDate to) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])))?");

    public static Period parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            throw new RuleViolation("period", "统计期间格式不对，请写作年份（2026）、季度（2026-Q4）或月份（2026-11）。");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2008 || year > 2099) {
            throw new RuleViolation("period", "年份应在 2008 至 2099 之间。");
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new RuleViolation("period", "月份应在 01 至 12 之间。");
            }
            return month(YearMonth.of(year, month));
        }
        if (m.group(3) != null) {
            int q = Integer.parseInt(m.group(3));
            LocalDate from = LocalDate.of(year, 3 * q - 2, 1);
            return new Period(
                    year + "-Q" + q,
                    year + " 年第" + "一二三四".charAt(q - 1) + "季度",
                    from,
                    from.plusMonths(3).minusDays(1));
        }
        return new Period(String.valueOf(year), year + " 年", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period month(YearMonth month) {
        return new Period(
                month.toString(),
                month.getYear() + " 年 " + month.getMonthValue() + " 月",
                month.atDay(1),
                month.atEndOfMonth());
    }

    /** The last full month before {@code today}: what a bulletin or a first look at the indicators covers. */
    public static Period lastMonth(LocalDate today) {
        return month(YearMonth.from(today).minusMonths(1));
    }

    /** The period ends after {@code today}: its figures are still moving. */
    public boolean runningOn(LocalDate today) {
        return to.isAfter(today) || to.isEqual(today);
    }

    /** The year the period is in (an annual report counted in it is the previous year's). */
    public int year() {
        return from.getYear();
    }
}
