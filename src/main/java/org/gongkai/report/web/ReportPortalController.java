package org.gongkai.report.web;

import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.report.PublishedReports;
import org.gongkai.report.ReportFiles;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 政府信息公开年报 on the portal: every unit's published reports, a unit's own column, and each report in the national
 * layout (国办公开办函〔2021〕30号), printable, with its corrections.
 */
@Controller
class ReportPortalController {

    private final PublishedReports reports;
    private final OrganizationDirectory directory;
    private final ReportFiles files;

    ReportPortalController(PublishedReports reports, OrganizationDirectory directory, ReportFiles files) {
        this.reports = reports;
        this.directory = directory;
        this.files = files;
    }

    /** The published report as .docx, .xlsx (its tables) or PDF (issue 12 §7). */
    @GetMapping("/openness/reports/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(id, "docx");
    }

    @GetMapping("/openness/reports/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return file(id, "xlsx");
    }

    @GetMapping("/openness/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(id, "pdf");
    }

    private ResponseEntity<byte[]> file(long id, String format) {
        var contents = reports.contents(id).orElseThrow(() -> new NotFound("没有这份年度报告，或它尚未发布。"));
        return ReportDownloads.of(files, contents, format);
    }

    @GetMapping("/openness/reports")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("reports", reports.list(null, year));
        model.addAttribute("earlier", reports.earlier(null, year));
        model.addAttribute("year", year);
        return "portal/report/list";
    }

    @GetMapping("/openness/units/{id}/reports")
    String unit(@PathVariable long id, Model model) {
        var unit = directory.find(id).orElseThrow(() -> new NotFound("没有这个单位。"));
        model.addAttribute("unit", unit);
        model.addAttribute("reports", reports.list(id, null));
        model.addAttribute("earlier", reports.earlier(id, null));
        return "portal/report/list";
    }

    @GetMapping("/openness/reports/{id}")
    String report(@PathVariable long id, Model model) {
        var page = reports.page(id).orElseThrow(() -> new NotFound("没有这份年度报告，或它尚未发布。"));
        model.addAttribute("page", page);
        model.addAttribute("report", page.report());
        model.addAttribute("tables", page.tables());
        model.addAttribute("grid", page.tables().three());
        model.addAttribute("tableFour", page.tables().four());
        model.addAttribute("rows", StatisticsRow.values());
        model.addAttribute("kinds", ApplicantKind.values());
        return "portal/report/report";
    }
}
