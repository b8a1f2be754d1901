package org.gongkai.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.information.AnnualFigures;
import org.gongkai.information.DocumentType;
import org.gongkai.organization.Organization;
import org.gongkai.report.AnnualReports;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's annual report tables for a year, computed from the records, with the format's checks (issue 12 §1, §3). */
@Controller
class ReportConsoleController {

    private final AnnualReports reports;
    private final Clock clock;

    ReportConsoleController(AnnualReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/console/reports")
    String tables(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<Organization> units = reports.units();
        // the report published in a year is about the year before it (第四十九条)
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("units", units);
        model.addAttribute("year", y);
        Long unit = organizationId != null
                ? organizationId
                : units.isEmpty() ? null : units.get(0).id();
        if (unit != null) {
            var tables = reports.tables(unit, y);
            model.addAttribute("tables", tables);
            model.addAttribute("grid", tables.three());
            model.addAttribute("tableFour", tables.four());
            model.addAttribute("rows", StatisticsRow.values());
            model.addAttribute("kinds", ApplicantKind.values());
            model.addAttribute("drill", true);
        }
        return "console/report/tables";
    }

    /** What one cell counts: the cases of a cell of table 三, or the records of a cell of table 二 (issue 12 §1). */
    @GetMapping("/console/reports/cells")
    String cell(
            @RequestParam long organizationId,
            @RequestParam int year,
            @RequestParam(required = false) StatisticsRow row,
            @RequestParam(required = false) ApplicantKind kind,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) AnnualFigures.Figure figure,
            Model model) {
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("year", year);
        model.addAttribute("limit", AnnualReports.DRILL_LIMIT);
        if (row != null) {
            model.addAttribute("row", row);
            model.addAttribute("kind", kind);
            model.addAttribute("cases", reports.casesIn(organizationId, year, row, kind));
        } else if (type != null && figure != null) {
            model.addAttribute("type", type);
            model.addAttribute("figure", figure);
            model.addAttribute("records", reports.recordsIn(organizationId, year, type, figure));
        } else {
            throw new org.gongkai.shared.NotFound("请从统计表中点击一格查看其计数的记录。");
        }
        return "console/report/cell";
    }
}
