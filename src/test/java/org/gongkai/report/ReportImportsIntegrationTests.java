package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12 §8: an earlier year's report imported from the workbook layout the platform itself writes — figures kept
 * exactly, a report that does not balance kept with its failing checks listed, the cross-year check served by it; a
 * missing row, a text in a number cell or a shifted column refused with the sheet, row and column named, and nothing
 * saved; a second report for the unit and year refused.
 */
class ReportImportsIntegrationTests extends IntegrationTest {

    @Autowired
    ReportImports imports;

    @Autowired
    ReportFiles files;

    @Autowired
    AnnualReporting reporting;

    /** A 2024 report as published: two natural persons carried forward, one of them by mistake not in 总计. */
    private static ReportTables published2024(boolean balanced) {
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put(ReportCells.three(StatisticsRow.NEW_THIS_YEAR, ApplicantKind.NATURAL_PERSON), BigDecimal.valueOf(5));
        cells.put(ReportCells.three(StatisticsRow.NEW_THIS_YEAR, null), BigDecimal.valueOf(5));
        cells.put(ReportCells.three(StatisticsRow.DISCLOSED, ApplicantKind.NATURAL_PERSON), BigDecimal.valueOf(3));
        cells.put(ReportCells.three(StatisticsRow.DISCLOSED, null), BigDecimal.valueOf(3));
        cells.put(ReportCells.three(StatisticsRow.TOTAL, ApplicantKind.NATURAL_PERSON), BigDecimal.valueOf(3));
        cells.put(ReportCells.three(StatisticsRow.TOTAL, null), BigDecimal.valueOf(3));
        cells.put(
                ReportCells.three(StatisticsRow.CARRIED_FORWARD, ApplicantKind.NATURAL_PERSON), BigDecimal.valueOf(2));
        cells.put(ReportCells.three(StatisticsRow.CARRIED_FORWARD, null), BigDecimal.valueOf(balanced ? 2 : 1));
        cells.put(ReportCells.PENALTY, BigDecimal.valueOf(4));
        cells.put(ReportCells.FEE, new BigDecimal("0.8"));
        return ReportCells.tables(0, "示范县财政局", 2024, cells);
    }

    private byte[] workbook(ReportTables tables, Consumer<XSSFWorkbook> change) throws Exception {
        byte[] clean = files.xlsx(new ReportFiles.Contents("示范县财政局2024年政府信息公开工作年度报告", List.of(), null, tables));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(clean));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, BigDecimal> plain(Map<String, BigDecimal> cells) {
        Map<String, BigDecimal> plain = new HashMap<>();
        cells.forEach((k, v) -> plain.put(k, v.stripTrailingZeros()));
        return plain;
    }

    private long reportsOf(long unit, int year) {
        return jdbc.sql("select count(*) from annual_report where organization_id = ? and report_year = ?")
                .params(unit, year)
                .query(Long.class)
                .single();
    }

    @Test
    void wrongWorkbooksAreRefusedNamingTheCell_andNothingIsSaved() throws Exception {
        long unit = organizationId("示范县自然资源局");
        actAs("gkb");
        LocalDate on = LocalDate.of(2025, 1, 20);
        byte[] missingRow = workbook(published2024(true), book -> {
            Sheet three = book.getSheetAt(1);
            three.removeMergedRegion(0); // the title's merge is irrelevant; the rows below move up one
            three.shiftRows(6, three.getLastRowNum(), -1);
        });
        assertThatThrownBy(() -> imports.importWorkbook(unit, 2024, on, "https://example.gov.cn/2024.html", missingRow))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("表三")
                .hasMessageContaining("第 6 行 A 列应为“二、上年结转政府信息公开申请数量”")
                .hasMessageContaining("未导入任何数据");

        byte[] text = workbook(
                published2024(true),
                book -> book.getSheetAt(0).getRow(10).getCell(1).setCellValue("四件"));
        assertThatThrownBy(() -> imports.importWorkbook(unit, 2024, on, "https://example.gov.cn/2024.html", text))
                .hasMessageContaining("表二")
                .hasMessageContaining("第 11 行 B 列（表二 行政处罚 本年处理决定数量）应为不小于 0 的整数，实为“四件”");

        byte[] shifted = workbook(published2024(true), book -> {
            Sheet four = book.getSheetAt(2);
            var row = four.getRow(4);
            for (int c = 14; c >= 0; c--) {
                row.getCell(c + 1 > 14 ? c : c + 1).setCellValue(row.getCell(c).getNumericCellValue());
            }
            row.getCell(0).setCellValue("");
        });
        assertThatThrownBy(() -> imports.importWorkbook(unit, 2024, on, "https://example.gov.cn/2024.html", shifted))
                .hasMessageContaining("表四")
                .hasMessageContaining("第 5 行 A 列（表四 行政复议 结果维持）应为不小于 0 的整数，实为“”");

        assertThatThrownBy(() ->
                        imports.importWorkbook(unit, 2024, on, "https://example.gov.cn/2024.html", "不是表格".getBytes()))
                .hasMessageContaining(".xlsx");
        assertThat(reportsOf(unit, 2024)).isZero();
    }

    @Test
    void aReportThatDoesNotBalanceIsKeptAsPublished_andServesTheCrossYearCheck() throws Exception {
        long unit = organizationId("示范县财政局");
        actAs("gkb");
        byte[] book = workbook(published2024(false), b -> {});
        long id = imports.importWorkbook(unit, 2024, LocalDate.of(2025, 1, 20), "示范县财政局网站 2025-01-20", book);
        AnnualReporting.ReportView view = reporting.view(id);
        assertThat(view.report().origin()).isEqualTo(AnnualReport.Origin.IMPORTED);
        assertThat(view.report().status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(plain(ReportCells.of(view.tables()))).isEqualTo(plain(ReportCells.of(published2024(false))));
        assertThat(view.problems())
                .anySatisfy(p -> assertThat(p).contains("“四、结转下年度继续办理”").contains("总计（1）不等于各类申请人之和（2）"));
        assertThat(view.notes()).anyMatch(n -> n.contains("按原样保存"));
        assertThatThrownBy(() -> reporting.correct(id, view.report().version(), "想把总计改成 2。"))
                .hasMessageContaining("不能在本平台更正");
        assertThatThrownBy(() -> imports.importWorkbook(unit, 2024, LocalDate.of(2025, 1, 20), "再导一次", book))
                .hasMessageContaining("已经在本平台");

        // the 2025 report of a unit without cases in the platform: 0 carried over against 1 (总计) and 2 (自然人)
        long next = reporting.start(unit, 2025);
        assertThat(reporting.view(next).problems())
                .anySatisfy(p -> assertThat(p)
                        .contains("“自然人”列")
                        .contains("（0）与2024年度报告")
                        .contains("（2）"))
                .anySatisfy(p -> assertThat(p).contains("“总计”列").contains("（1）"));
    }

    /** The figures typed in the printed layout: one wrong cell refuses the whole, named by its labels. */
    @Test
    void typedFiguresAreCheckedCellByCell() {
        long unit = organizationId("示范县应急管理局");
        actAs("gkb");
        Map<String, String> typed = new HashMap<>();
        ReportCells.of(published2024(true))
                .forEach((k, v) -> typed.put(k, v.stripTrailingZeros().toPlainString()));
        typed.put(ReportCells.three(StatisticsRow.DISCLOSED, ApplicantKind.COMMERCIAL_ENTERPRISE), "十");
        typed.remove(ReportCells.four(0));
        assertThatThrownBy(() -> imports.importTyped(unit, 2024, LocalDate.of(2025, 1, 25), "县应急管理局网站", typed))
                .hasMessageContaining("有 2 格填写有误，未导入任何数据")
                .hasMessageContaining("“表三 （一）予以公开 商业企业”应为不小于 0 的整数，实为“十”")
                .hasMessageContaining("“表四 行政复议 结果维持”应为不小于 0 的整数，实为“”");
        assertThat(reportsOf(unit, 2024)).isZero();

        typed.put(ReportCells.three(StatisticsRow.DISCLOSED, ApplicantKind.COMMERCIAL_ENTERPRISE), "0");
        typed.put(ReportCells.four(0), "0");
        long id = imports.importTyped(unit, 2024, LocalDate.of(2025, 1, 25), "县应急管理局网站", typed);
        assertThat(plain(ReportCells.of(reporting.view(id).tables())))
                .isEqualTo(plain(ReportCells.of(published2024(true))));
        assertThat(reporting.view(id).problems()).isEmpty();
        assertThatThrownBy(() -> imports.importTyped(unit, 2026, LocalDate.of(2026, 2, 1), "网站", typed))
                .hasMessageContaining("已结束年度");
    }
}
