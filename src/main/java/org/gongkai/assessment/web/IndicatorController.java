package org.gongkai.assessment.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.assessment.Indicator;
import org.gongkai.assessment.Indicators;
import org.gongkai.assessment.Period;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 监督考核 in the console: every unit's indicators for a period, and the records behind each figure. */
@Controller
class IndicatorController {

    private final Indicators indicators;

    IndicatorController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/console/assessment/indicators")
    String board(@RequestParam(required = false) String period, Model model) {
        LocalDate today = indicators.today();
        Period p = chosen(period, Period.lastMonth(today), model);
        model.addAttribute("board", indicators.board(p));
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("periods", choices(today, p));
        return "console/assessment/indicators";
    }

    @GetMapping("/console/assessment/indicators/{unit}/{indicator}")
    String drill(
            @PathVariable long unit,
            @PathVariable String indicator,
            @RequestParam(required = false) String period,
            Model model) {
        Indicator which;
        try {
            which = Indicator.valueOf(indicator);
        } catch (IllegalArgumentException e) {
            throw new NotFound("没有这个考核指标。");
        }
        Period p = period == null || period.isBlank() ? Period.lastMonth(indicators.today()) : Period.parse(period);
        model.addAttribute("drill", indicators.drill(unit, which, p));
        return "console/assessment/drill";
    }

    /**
     * The period typed in the address, or {@code fallback} when none is; a period that does not parse shows the
     * fallback with the message saying how to write one.
     */
    static Period chosen(String typed, Period fallback, Model model) {
        if (typed == null || typed.isBlank()) {
            return fallback;
        }
        try {
            return Period.parse(typed);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return fallback;
        }
    }

    /** The periods offered: the last twelve months, the last four quarters and the last three years, and the one shown. */
    static List<Period> choices(LocalDate today, Period shown) {
        List<Period> out = new ArrayList<>();
        YearMonth month = YearMonth.from(today);
        for (int i = 0; i < 12; i++) {
            out.add(Period.month(month.minusMonths(i)));
        }
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        int year = today.getYear();
        for (int i = 0; i < 4; i++) {
            out.add(Period.parse(year + "-Q" + quarter));
            if (--quarter == 0) {
                quarter = 4;
                year--;
            }
        }
        for (int i = 0; i < 3; i++) {
            out.add(Period.parse(String.valueOf(today.getYear() - i)));
        }
        if (out.stream().noneMatch(x -> x.code().equals(shown.code()))) {
            out.add(shown);
        }
        return out;
    }
}
