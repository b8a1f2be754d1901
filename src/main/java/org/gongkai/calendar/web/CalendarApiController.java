package org.gongkai.calendar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
@Tag(name = "工作日", description = "工作日与期限计算（国务院办公厅节假日安排）")
class CalendarApiController {

    private final WorkingDayCalendar calendar;

    CalendarApiController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/calendar/deadline")
    @Operation(summary = "按工作日计算期限", description = "起算日当天不计入（《民法典》第二百零一条）；due 是 from 之后第 workingDays 个工作日。")
    DeadlineAnswer deadline(
            @Parameter(description = "起算日，如 2025-09-26") @RequestParam(required = false) String from,
            @Parameter(description = "工作日数，如 20") @RequestParam(required = false) String workingDays) {
        Deadline d = calendar.addWorkingDays(date("from", from), number("workingDays", workingDays));
        return new DeadlineAnswer(
                d.from(),
                d.workingDays(),
                d.due(),
                d.skipped(),
                d.isCertain(),
                d.isCertain() ? null : List.copyOf(d.yearsWithoutArrangement()),
                d.isCertain() ? null : "以下年份尚未载入节假日安排，按周一至周五为工作日计算：" + d.yearsWithoutArrangement());
    }

    @GetMapping("/api/v1/calendar/working-day")
    @Operation(summary = "某日是否为工作日", description = "按载入的国务院办公厅节假日安排（含调休上班日）判断。")
    WorkingDayAnswer workingDay(
            @Parameter(description = "日期，如 2025-10-11") @RequestParam(required = false) String date) {
        LocalDate day = date("date", date);
        return new WorkingDayAnswer(day, calendar.isWorkingDay(day), calendar.hasArrangement(day.getYear()));
    }

    @Schema(description = "期限计算结果")
    record DeadlineAnswer(
            LocalDate from,
            int workingDays,
            @Schema(description = "期限届满日") LocalDate due,
            @Schema(description = "跳过的非工作日") List<LocalDate> skipped,
            @Schema(description = "所涉年份的节假日安排均已载入") boolean certain,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "未载入节假日安排的年份", nullable = true)
            List<Integer> yearsWithoutArrangement,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true)
            String warning) {}

    @Schema(description = "工作日判断结果")
    record WorkingDayAnswer(
            LocalDate date,
            boolean workingDay,
            @Schema(description = "该年的节假日安排已载入") boolean arrangementLoaded) {}

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
