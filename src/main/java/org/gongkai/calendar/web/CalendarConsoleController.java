package org.gongkai.calendar.web;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.calendar.DayKind;
import org.gongkai.calendar.SpecialDay;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.calendar.YearArrangement;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A year as a calendar, the loaded years, and the administrator's upload of a new year. */
@Controller
class CalendarConsoleController {

    /** One cell of a month grid; {@code date} is null for the blanks before the 1st. */
    record Cell(LocalDate date, boolean working, boolean weekend, SpecialDay special) {}

    record Month(YearMonth month, List<List<Cell>> weeks) {}

    private final WorkingDayCalendar calendar;
    private final CalendarAdministration administration;
    private final Clock clock;

    CalendarConsoleController(WorkingDayCalendar calendar, CalendarAdministration administration, Clock clock) {
        this.calendar = calendar;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping("/console/calendar")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < WorkingDayCalendar.FIRST_SUPPORTED.getYear()
                || shown > WorkingDayCalendar.LAST_SUPPORTED.getYear()) {
            throw new RuleViolation(
                    "year",
                    "年份须在 " + WorkingDayCalendar.FIRST_SUPPORTED.getYear() + " 到 "
                            + WorkingDayCalendar.LAST_SUPPORTED.getYear() + " 之间。");
        }
        Optional<YearArrangement> arrangement = calendar.arrangement(shown);
        Map<LocalDate, SpecialDay> special = arrangement
                .map(a -> a.days().stream().collect(Collectors.toMap(SpecialDay::date, Function.identity())))
                .orElse(Map.of());
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(shown, m), special));
        }
        model.addAttribute("year", shown);
        model.addAttribute("arrangement", arrangement.orElse(null));
        model.addAttribute("months", months);
        model.addAttribute("loaded", administration.loadedYears());
        model.addAttribute("holidayKind", DayKind.HOLIDAY);
        return "console/calendar/year";
    }

    @PostMapping("/console/calendar")
    String upload(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (year == null) {
                throw new RuleViolation("year", "请填写年份。");
            }
            YearArrangement loaded = administration.importArrangement(
                    year,
                    source,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute(
                    "notice",
                    "已载入 " + loaded.year() + " 年节假日安排：放假 " + loaded.weekdayHolidays() + " 个工作日，调休上班 "
                            + loaded.adjustedWorkdays() + " 天。");
            return "redirect:/console/calendar?year=" + loaded.year();
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute("uploadSource", source);
            return year(year != null && year >= 2000 && year <= 2099 ? year : null, model);
        }
    }

    private Month month(YearMonth month, Map<LocalDate, SpecialDay> special) {
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        int blanks = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < blanks; i++) {
            week.add(new Cell(null, false, false, null));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            DayOfWeek dow = date.getDayOfWeek();
            week.add(new Cell(
                    date,
                    calendar.isWorkingDay(date),
                    dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY,
                    special.get(date)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Cell(null, false, false, null));
            }
            weeks.add(week);
        }
        return new Month(month, weeks);
    }
}
