package org.gongkai.report.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.information.AnnualFigures;
import org.gongkai.information.DocumentType;
import org.gongkai.organization.Organization;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.AnnualReporting;
import org.gongkai.report.AnnualReports;
import org.gongkai.report.CountyRollup;
import org.gongkai.report.EnteredCell;
import org.gongkai.report.ReportDeadlines;
import org.gongkai.report.ReportFiles;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportImports;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual reports in the console (issue 12): every unit's report for a year against its date, the report page
 * where it is written, checked, submitted, approved, published and corrected, and the computed tables with what each
 * cell counts.
 */
@Controller
class ReportConsoleController {

    private final AnnualReports reports;
    private final AnnualReporting reporting;
    private final CountyRollup rollups;
    private final ReportDeadlines deadlines;
    private final ReportFiles files;
    private final ReportImports imports;
    private final Clock clock;

    ReportConsoleController(
            AnnualReports reports,
            AnnualReporting reporting,
            CountyRollup rollups,
            ReportDeadlines deadlines,
            ReportFiles files,
            ReportImports imports,
            Clock clock) {
        this.reports = reports;
        this.reporting = reporting;
        this.rollups = rollups;
        this.deadlines = deadlines;
        this.files = files;
        this.imports = imports;
        this.clock = clock;
    }

    /** The year's reports of every unit in scope, with their dates (issue 12 §5). */
    @GetMapping("/console/reports")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("statuses", reporting.statuses(y));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "collectionDates",
                rollups.offices().stream()
                        .map(o -> deadlines.collectionDate(o.id()))
                        .toList());
        return "console/report/list";
    }

    /** The supervising office sets when the townships and subdistricts under it report (issue 12 §5). */
    @PostMapping("/console/reports/collection-date")
    String collectionDate(
            @RequestParam long organizationId,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) Integer day,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        return act(
                "/console/reports?year=" + year(year),
                redirect,
                "已设定乡镇（街道）年度报告的报送日期。",
                () -> deadlines.setCollectionDate(organizationId, month, day, version));
    }

    @PostMapping("/console/reports")
    String start(@RequestParam long organizationId, @RequestParam int year, RedirectAttributes redirect) {
        try {
            long id = reporting.start(organizationId, year);
            redirect.addFlashAttribute("notice", "已开始编写" + year + "年度报告。统计表由平台根据本单位的记录计算。");
            return "redirect:/console/reports/" + id;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            return "redirect:/console/reports?year=" + year;
        }
    }

    @GetMapping("/console/reports/{id}")
    String report(@PathVariable long id, Model model) {
        var view = reporting.view(id);
        model.addAttribute("view", view);
        model.addAttribute("report", view.report());
        model.addAttribute("tables", view.tables());
        model.addAttribute("printed", view.printed());
        model.addAttribute("imported", view.report().origin() == AnnualReport.Origin.IMPORTED);
        model.addAttribute("grid", view.tables().three());
        model.addAttribute("tableFour", view.tables().four());
        model.addAttribute("rows", StatisticsRow.values());
        model.addAttribute("kinds", ApplicantKind.values());
        model.addAttribute("entries", view.entries());
        model.addAttribute("enteredCells", EnteredCell.values());
        boolean draft = !view.report().figuresFrozen();
        if (draft) {
            model.addAttribute("drill", true);
            if (view.can().listCases()) {
                model.addAttribute("drillCases", true);
            }
            model.addAttribute("facts", reporting.facts(id));
        }
        model.addAttribute("maxSection", AnnualReporting.MAX_SECTION);
        return "console/report/report";
    }

    /** Any edition as .docx, .xlsx or PDF, a draft marked as such (issue 12 §7). */
    @GetMapping("/console/reports/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(id, "docx");
    }

    @GetMapping("/console/reports/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return file(id, "xlsx");
    }

    @GetMapping("/console/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(id, "pdf");
    }

    private ResponseEntity<byte[]> file(long id, String format) {
        return ReportDownloads.of(files, reporting.contents(id), format);
    }

    @PostMapping("/console/reports/{id}/sections")
    String sections(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String overview,
            @RequestParam(required = false) String problems,
            @RequestParam(required = false) String otherMatters,
            RedirectAttributes redirect) {
        try {
            reporting.saveSections(id, lock(version), overview, problems, otherMatters);
            redirect.addFlashAttribute("notice", "已保存报告正文。");
        } catch (RuleViolation e) {
            // what was typed comes back with the message: nothing written is lost
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute(
                    "typed",
                    Map.of(
                            "overview", overview == null ? "" : overview,
                            "problems", problems == null ? "" : problems,
                            "otherMatters", otherMatters == null ? "" : otherMatters));
        }
        return "redirect:/console/reports/" + id + "#sections";
    }

    @PostMapping("/console/reports/{id}/scope")
    String scope(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) AnnualReport.FiguresScope scope,
            RedirectAttributes redirect) {
        return act(
                "/console/reports/" + id, redirect, "已更改报告数据的范围。", () -> reporting.setScope(id, lock(version), scope));
    }

    /** Importing a unit's published report of an earlier year (issue 12 §8). */
    @GetMapping("/console/reports/import")
    String importForm(
            @RequestParam long organizationId,
            @RequestParam int year,
            @RequestParam(required = false) String format,
            Model model) {
        ReportFormat chosen = ReportFormat.forYear(year, format);
        model.addAttribute(
                "unit",
                reports.units().stream()
                        .filter(u -> u.id() == organizationId)
                        .findFirst()
                        .orElseThrow(() -> new org.gongkai.shared.NotFound("您的管理范围内没有这个单位。")));
        model.addAttribute("year", year);
        model.addAttribute("maxMb", ReportImports.MAX_MEGABYTES);
        model.addAttribute("format", chosen);
        model.addAttribute("formats", ReportFormat.usedIn(year));
        model.addAttribute("layout", imports.typingLayout(chosen));
        model.addAttribute("labels", imports.labels(chosen));
        return "console/report/import";
    }

    @GetMapping("/console/reports/import/template.xlsx")
    ResponseEntity<byte[]> importTemplate(@RequestParam(required = false) String format) {
        ReportFormat chosen = ReportFormat.find(format).orElse(ReportFormat.V2021);
        return org.gongkai.shared.web.Downloads.bytes(
                "政府信息公开工作年度报告统计表（" + chosen.key() + "年版格式导入模板）.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                imports.template(chosen));
    }

    @PostMapping("/console/reports/import")
    String importWorkbook(
            @RequestParam long organizationId,
            @RequestParam int year,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String publishedOn,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect)
            throws java.io.IOException {
        ReportFormat chosen = ReportFormat.forYear(year, format);
        try {
            long id = imports.importWorkbook(
                    organizationId, year, chosen, date(publishedOn), source, file == null ? null : file.getBytes());
            redirect.addFlashAttribute("notice", "已导入" + year + "年度报告。校验结果如实列出，数据未作修改。");
            return "redirect:/console/reports/" + id;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute("typedSource", source);
            return "redirect:/console/reports/import?organizationId=" + organizationId + "&year=" + year + "&format="
                    + chosen.key();
        }
    }

    /** The figures of an earlier year's report typed in the printed layout (issue 12 §8). */
    @PostMapping("/console/reports/import/typed")
    String importTyped(
            @RequestParam long organizationId,
            @RequestParam int year,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String publishedOn,
            @RequestParam(required = false) String source,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<String, String> typed = new java.util.HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("cell:")) {
                typed.put(k.substring(5), v);
            }
        });
        ReportFormat chosen = ReportFormat.forYear(year, format);
        try {
            long id = imports.importTyped(organizationId, year, chosen, date(publishedOn), source, typed);
            redirect.addFlashAttribute("notice", "已导入" + year + "年度报告。校验结果如实列出，数据未作修改。");
            return "redirect:/console/reports/" + id;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute("typedSource", source);
            redirect.addFlashAttribute("typedCells", typed);
            return "redirect:/console/reports/import?organizationId=" + organizationId + "&year=" + year + "&format="
                    + chosen.key() + "#typed";
        }
    }

    /** A date as typed, or null for the service to say what it needs. */
    private static LocalDate date(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The county-wide summary of every reporting unit's tables under a people's government (issue 12 §6). */
    @GetMapping("/console/reports/rollup")
    String rollup(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<Organization> offices = rollups.offices();
        int y = year(year);
        model.addAttribute("offices", offices);
        model.addAttribute("year", y);
        Long office = organizationId != null
                ? organizationId
                : offices.isEmpty() ? null : offices.get(0).id();
        if (office != null) {
            var rollup = rollups.rollup(office, y);
            model.addAttribute("rollup", rollup);
            model.addAttribute("tables", rollup.tables());
            model.addAttribute("grid", rollup.tables().three());
            model.addAttribute("tableFour", rollup.tables().four());
            model.addAttribute("rows", StatisticsRow.values());
            model.addAttribute("kinds", ApplicantKind.values());
        }
        return "console/report/rollup";
    }

    @PostMapping("/console/reports/{id}/entries")
    String enter(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) EnteredCell cell,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String sourceNote,
            RedirectAttributes redirect) {
        try {
            reporting.enter(id, lock(version), cell, value, sourceNote);
            redirect.addFlashAttribute("notice", "已填报“" + cell.label() + "”。");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute(
                    "typedEntry",
                    Map.of(
                            "cell", cell == null ? "" : cell.name(),
                            "value", value == null ? "" : value,
                            "sourceNote", sourceNote == null ? "" : sourceNote));
        }
        return "redirect:/console/reports/" + id + "#entries";
    }

    @PostMapping("/console/reports/{id}/entries/clear")
    String clear(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) EnteredCell cell,
            RedirectAttributes redirect) {
        return act(
                "/console/reports/" + id + "#entries",
                redirect,
                "已删除填报数，恢复为平台计算。",
                () -> reporting.clearEntry(id, lock(version), cell));
    }

    @PostMapping("/console/reports/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(
                "/console/reports/" + id, redirect, "已提交审核，统计数据已按提交时的记录固定。", () -> reporting.submit(id, lock(version)));
    }

    @PostMapping("/console/reports/{id}/return")
    String returnToDraft(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(
                "/console/reports/" + id,
                redirect,
                "已退回编写人修改。",
                () -> reporting.returnToDraft(id, lock(version), reason));
    }

    @PostMapping("/console/reports/{id}/approve")
    String approve(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act("/console/reports/" + id, redirect, "已审核通过，可以发布。", () -> reporting.approve(id, lock(version)));
    }

    @PostMapping("/console/reports/{id}/publish")
    String publish(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(
                "/console/reports/" + id,
                redirect,
                "已发布到门户网站“政府信息公开年报”栏目。",
                () -> reporting.publish(id, lock(version)));
    }

    @PostMapping("/console/reports/{id}/correct")
    String correct(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            long created = reporting.correct(id, lock(version), reason);
            redirect.addFlashAttribute("notice", "已新建更正版本。更正发布前，门户网站仍显示原报告。");
            return "redirect:/console/reports/" + created;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute("typedReason", reason);
            return "redirect:/console/reports/" + id;
        }
    }

    /** The tables computed from the records as of now, for any unit and year in scope. */
    @GetMapping("/console/reports/figures")
    String tables(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<Organization> units = reports.units();
        int y = year(year);
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
            if (reporting.canListCases(unit)) {
                model.addAttribute("drillCases", true);
            }
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

    /** The report published in a year is about the year before it (第四十九条). */
    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() - 1 : year;
    }
}
