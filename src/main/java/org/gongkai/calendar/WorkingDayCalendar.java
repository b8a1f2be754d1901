package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.gongkai.shared.RuleViolation;

/**
 * Working-day arithmetic on the official calendar. 工作日 = Monday–Friday, minus the year's weekday
 * holidays, plus its adjusted working weekends (《全国年节及纪念日放假办法》; RULES.md §6).
 *
 * <p>Counting follows 《中华人民共和国民法典》第二百零一条: a period counted in days does not include
 * its start day; so N working days from a date end on the N-th working day after it, and a start on a
 * non-working day changes nothing.
 */
public class WorkingDayCalendar {

    /** Dates outside this range are refused rather than guessed. */
    public static final LocalDate FIRST_SUPPORTED = LocalDate.of(2000, 1, 1);

    public static final LocalDate LAST_SUPPORTED = LocalDate.of(2099, 12, 31);
    /** Long enough for any statutory period; prevents unbounded loops on hostile input. */
    public static final int MAX_WORKING_DAYS = 1000;

    private final IntFunction<Optional<YearArrangement>> arrangements;

    /** @param arrangements the loaded arrangement of a year, or empty when none is loaded */
    public WorkingDayCalendar(IntFunction<Optional<YearArrangement>> arrangements) {
        this.arrangements = arrangements;
    }

    public boolean isWorkingDay(LocalDate date) {
        checkSupported(date, "date");
        return isWorkingDay(date, new YearCache());
    }

    public boolean hasArrangement(int year) {
        return arrangements.apply(year).isPresent();
    }

    public Optional<YearArrangement> arrangement(int year) {
        return arrangements.apply(year);
    }

    /** The {@code workingDays}-th working day after {@code from}. */
    public Deadline addWorkingDays(LocalDate from, int workingDays) {
        return addWorkingDays(from, workingDays, List.of());
    }

    /**
     * The {@code workingDays}-th counted working day after {@code from}, where working days inside any
     * of the {@code pauses} are not counted (the clock stops, 第三十三条第三款).
     */
    public Deadline addWorkingDays(LocalDate from, int workingDays, Collection<Pause> pauses) {
        checkSupported(from, "from");
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new RuleViolation("workingDays", "工作日数须在 0 到 " + MAX_WORKING_DAYS + " 之间，请修改后重试。");
        }
        YearCache years = new YearCache();
        List<LocalDate> skipped = new ArrayList<>();
        List<LocalDate> paused = new ArrayList<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            checkSupported(day, "workingDays");
            LocalDate current = day;
            if (!isWorkingDay(day, years)) {
                skipped.add(day);
            } else if (pauses.stream().anyMatch(p -> p.contains(current))) {
                paused.add(day);
            } else {
                counted++;
            }
        }
        return new Deadline(from, workingDays, day, List.copyOf(skipped), List.copyOf(paused), years.missing());
    }

    /** Working days in the half-open range ({@code from}, {@code to}]: the start day is not counted. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        checkSupported(from, "from");
        checkSupported(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        YearCache years = new YearCache();
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, years)) {
                count++;
            }
        }
        return count;
    }

    private boolean isWorkingDay(LocalDate date, YearCache years) {
        SpecialDay special = years.of(date.getYear()).get(date);
        if (special != null) {
            return special.kind() == DayKind.ADJUSTED_WORKDAY;
        }
        return !YearArrangement.isWeekend(date);
    }

    static void checkSupported(LocalDate date, String field) {
        if (date == null) {
            throw new RuleViolation(field, "请填写日期（格式：2026-01-31）。");
        }
        if (date.isBefore(FIRST_SUPPORTED) || date.isAfter(LAST_SUPPORTED)) {
            throw new RuleViolation(
                    field, "日期 " + date + " 超出支持范围（" + FIRST_SUPPORTED + " 至 " + LAST_SUPPORTED + "），请检查日期。");
        }
    }

    /** Looks each year up once per computation and remembers which years had no arrangement. */
    private final class YearCache {
        private final java.util.HashMap<Integer, Map<LocalDate, SpecialDay>> byYear = new java.util.HashMap<>();
        private final SortedSet<Integer> missing = new TreeSet<>();

        Map<LocalDate, SpecialDay> of(int year) {
            return byYear.computeIfAbsent(
                    year,
                    y -> arrangements.apply(y).map(YearArrangement::byDate).orElseGet(() -> {
                        missing.add(y);
                        return Map.of();
                    }));
        }

        SortedSet<Integer> missing() {
            return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(missing));
        }
    }
}
