package org.gongkai.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public working-day arithmetic for citizens and integrations. The start day is not counted
 * (《民法典》第二百零一条): {@code due} is the {@code workingDays}-th working day after {@code from}.
 */
@RestController
class CalendarApiController {

    private final WorkingDayCalendar calendar;

    CalendarApiController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/calendar/deadline")
    Map<String, Object> deadline(
            @RequestParam(required = false) String from, @RequestParam(required = false) String workingDays) {
        Deadline d = calendar.addWorkingDays(date("from", from), number("workingDays", workingDays));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", d.from().toString());
        body.put("workingDays", d.workingDays());
        body.put("due", d.due().toString());
        body.put("skipped", d.skipped().stream().map(LocalDate::toString).toList());
        body.put("certain", d.isCertain());
        if (!d.isCertain()) {
            body.put("yearsWithoutArrangement", List.copyOf(d.yearsWithoutArrangement()));
            body.put("warning", "以下年份尚未载入节假日安排，按周一至周五为工作日计算：" + d.yearsWithoutArrangement());
        }
        return body;
    }

    @GetMapping("/api/v1/calendar/working-day")
    Map<String, Object> workingDay(@RequestParam(required = false) String date) {
        LocalDate day = date("date", date);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", day.toString());
        body.put("workingDay", calendar.isWorkingDay(day));
        body.put("arrangementLoaded", calendar.hasArrangement(day.getYear()));
        return body;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "缺少参数 " + field + "，请填写日期，格式如 2025-09-26。");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "参数 " + field + " 的日期“" + value + "”无法识别，请写成 2025-09-26 的格式。");
        }
    }

    private static int number(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "缺少参数 " + field + "，请填写工作日数，例如 20。");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "参数 " + field + " 应为整数，例如 20。");
        }
    }
}
