package org.gongkai.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongkai.report.PublishedReports;
import org.gongkai.report.ReportLabels;
import org.gongkai.report.ReportTables;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published annual reports as open data (issue 12 §9): one unit's current report for a year with its tables under the
 * format's labels verbatim, and every unit's figures of a year as one CSV or xlsx table. Only published reports.
 */
@RestController
@Tag(name = "年度报告", description = "政府信息公开工作年度报告")
class ReportApiController {

    private final PublishedReports reports;

    ReportApiController(PublishedReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/annual-reports/{organizationId}/{year}")
    @Operation(
            summary = "一个单位某年度已发布的政府信息公开工作年度报告",
            description = "现行版本（更正后以更正版本为准）；表格的行、列名称与《年度报告格式》（国办公开办函〔2021〕30号）一致。")
    ReportDocument report(
            @Parameter(description = "单位编号") @PathVariable long organizationId,
            @Parameter(description = "报告年度") @PathVariable int year) {
        return reports.current(organizationId, year)
                .map(ReportDocument::of)
                .orElseThrow(() -> new NotFound("该单位没有已发布的" + year + "年度报告。"));
    }

    @GetMapping("/api/v1/annual-reports/figures")
    @Operation(
            summary = "某年度各单位年度报告的全部统计数据（CSV 或 xlsx）",
            description = "每个已发布报告一行，列为表二、表三、表四的每一格，列名与《年度报告格式》一致；未填报的收费金额为空。")
    ResponseEntity<byte[]> figures(
            @Parameter(description = "报告年度") @RequestParam int year,
            @Parameter(description = "csv 或 xlsx") @RequestParam(defaultValue = "csv") String format)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("单位编号", "单位", "报告年度", "版本", "发布时间"));
        header.addAll(PublishedReports.cellLabels());
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedReports.UnitFigures f : reports.figures(year)) {
            List<Object> row = new ArrayList<>(List.of(
                    f.report().report().organizationId(),
                    f.report().unitName(),
                    year,
                    f.report().report().edition(),
                    f.report().report().publishedAt().toString()));
            f.cells()
                    .values()
                    .forEach(v ->
                            row.add(v == null ? null : v.stripTrailingZeros().toPlainString()));
            rows.add(row);
        }
        String name = year + "年度政府信息公开工作年度报告统计数据";
        return switch (format) {
            case "csv" -> Downloads.bytes(name + ".csv", "text/csv;charset=UTF-8", csv(header, rows));
            case "xlsx" ->
                Downloads.bytes(
                        name + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        FiguresWorkbook.of(year + "年度", header, rows));
            default -> throw new RuleViolation("format", "format 只能是 csv 或 xlsx。");
        };
    }

    /** UTF-8 with a byte-order mark, so that spreadsheet programs on Chinese Windows read the labels right. */
    private static byte[] csv(List<String> header, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toByteArray();
    }

    @Schema(description = "一份已发布的政府信息公开工作年度报告")
    record ReportDocument(
            long organizationId,
            String organizationName,
            int year,
            @Schema(description = "版本：1 为原报告，更正后递增") int edition,

            @Schema(description = "格式版本（2021：国办公开办函〔2021〕30号）")
            String format,

            Instant publishedAt,
            @Schema(description = "更正理由", nullable = true) String correctionReason,
            @Schema(description = "门户网站上的报告页面") String url,
            @Schema(description = "一、五、六部分的正文（二、三、四为表格）") List<Section> sections,
            @Schema(description = "表二 主动公开政府信息情况") List<TableTwoRow> tableTwo,
            @Schema(description = "表三 收到和处理政府信息公开申请情况") TableThree tableThree,
            @Schema(description = "表四 政府信息公开行政复议、行政诉讼情况") List<TableFourGroup> tableFour) {

        static ReportDocument of(PublishedReports.ReportPage page) {
            var r = page.report();
            ReportTables t = page.tables();
            var two = t.two();
            List<TableTwoRow> rowsTwo = new ArrayList<>();
            long[][] documents = {
                {
                    two.regulations().issued(),
                    two.regulations().repealed(),
                    two.regulations().effective()
                },
                {
                    two.normativeDocuments().issued(),
                    two.normativeDocuments().repealed(),
                    two.normativeDocuments().effective()
                }
            };
            for (int d = 0; d < 2; d++) {
                Map<String, BigDecimal> figures = new LinkedHashMap<>();
                for (int f = 0; f < 3; f++) {
                    figures.put(ReportLabels.DOCUMENT_FIGURES.get(f), BigDecimal.valueOf(documents[d][f]));
                }
                rowsTwo.add(new TableTwoRow(ReportLabels.ARTICLE_1, ReportLabels.DOCUMENTS.get(d), figures));
            }
            rowsTwo.add(new TableTwoRow(
                    ReportLabels.ARTICLE_5,
                    "行政许可",
                    Map.of(ReportLabels.DECISIONS, BigDecimal.valueOf(two.licensingDecisions()))));
            rowsTwo.add(new TableTwoRow(
                    ReportLabels.ARTICLE_6,
                    "行政处罚",
                    Map.of(ReportLabels.DECISIONS, BigDecimal.valueOf(two.penaltyDecisions()))));
            rowsTwo.add(new TableTwoRow(
                    ReportLabels.ARTICLE_6,
                    "行政强制",
                    Map.of(ReportLabels.DECISIONS, BigDecimal.valueOf(two.enforcementDecisions()))));
            Map<String, BigDecimal> fee = new LinkedHashMap<>();
            fee.put(
                    ReportLabels.FEE,
                    two.feeAmount() == null ? null : two.feeAmount().stripTrailingZeros());
            rowsTwo.add(new TableTwoRow(ReportLabels.ARTICLE_8, "行政事业性收费", fee));

            List<String> columns = new ArrayList<>();
            for (ApplicantKind k : ApplicantKind.values()) {
                columns.add(k.label());
            }
            columns.add("总计");
            List<TableThreeRow> rowsThree = new ArrayList<>();
            for (StatisticsRow row : StatisticsRow.values()) {
                List<Long> values = new ArrayList<>();
                for (long v : t.three().cells().get(row)) {
                    values.add(v);
                }
                rowsThree.add(new TableThreeRow(row.group(), row.label(), values));
            }
            List<TableFourGroup> groups = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                Map<String, Long> figures = new LinkedHashMap<>();
                for (int i = 0; i < 5; i++) {
                    figures.put(ReportLabels.FOUR_RESULTS.get(i), t.four()[g * 5 + i]);
                }
                groups.add(new TableFourGroup(ReportLabels.FOUR_GROUPS.get(g), figures));
            }
            return new ReportDocument(
                    r.organizationId(),
                    page.unit().name(),
                    r.year(),
                    r.edition(),
                    r.format(),
                    r.publishedAt(),
                    r.correctionReason(),
                    "/openness/reports/" + r.id(),
                    List.of(
                            new Section("一、总体情况", r.overview()),
                            new Section("五、存在的主要问题及改进情况", r.problems()),
                            new Section("六、其他需要报告的事项", r.otherMatters())),
                    rowsTwo,
                    new TableThree(ReportLabels.THREE_NOTE, columns, rowsThree),
                    groups);
        }
    }

    @Schema(name = "AnnualReportSection", description = "报告的一部分正文")
    record Section(String heading, @Schema(nullable = true) String text) {}

    @Schema(description = "表二的一行：所属条款、信息内容及其各项数字")
    record TableTwoRow(String article, String content, Map<String, BigDecimal> figures) {}

    @Schema(description = "表三：7 列（申请人情况）× 25 行")
    record TableThree(String note, List<String> columns, List<TableThreeRow> rows) {}

    @Schema(description = "表三的一行，group 为所属大项（如“（三）不予公开”）")
    record TableThreeRow(@Schema(nullable = true) String group, String label, List<Long> values) {}

    @Schema(description = "表四的一组：行政复议，或行政诉讼的一种途径")
    record TableFourGroup(String name, Map<String, Long> figures) {}
}
