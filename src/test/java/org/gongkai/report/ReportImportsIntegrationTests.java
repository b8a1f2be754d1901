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

    @Autowired
    CountyRollup rollup;

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
        byte[] clean = files.xlsx(
                new ReportFiles.Contents("示范县财政局2024年政府信息公开工作年度报告", List.of(), null, ReportLayout.tables(tables)));
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
        assertThatThrownBy(() -> imports.importWorkbook(
                        unit, 2024, ReportFormat.V2021, on, "https://example.gov.cn/2024.html", missingRow))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("表三")
                .hasMessageContaining("第 6 行 A 列应为“二、上年结转政府信息公开申请数量”")
                .hasMessageContaining("未导入任何数据");

        byte[] text = workbook(
                published2024(true),
                book -> book.getSheetAt(0).getRow(10).getCell(1).setCellValue("四件"));
        assertThatThrownBy(() -> imports.importWorkbook(
                        unit, 2024, ReportFormat.V2021, on, "https://example.gov.cn/2024.html", text))
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
        assertThatThrownBy(() -> imports.importWorkbook(
                        unit, 2024, ReportFormat.V2021, on, "https://example.gov.cn/2024.html", shifted))
                .hasMessageContaining("表四")
                .hasMessageContaining("第 5 行 A 列（表四 行政复议 结果维持）应为不小于 0 的整数，实为“”");

        assertThatThrownBy(() -> imports.importWorkbook(
                        unit, 2024, ReportFormat.V2021, on, "https://example.gov.cn/2024.html", "不是表格".getBytes()))
                .hasMessageContaining(".xlsx");
        assertThat(reportsOf(unit, 2024)).isZero();
    }

    @Test
    void aReportThatDoesNotBalanceIsKeptAsPublished_andServesTheCrossYearCheck() throws Exception {
        long unit = organizationId("示范县财政局");
        actAs("gkb");
        byte[] book = workbook(published2024(false), b -> {});
        long id = imports.importWorkbook(
                unit, 2024, ReportFormat.V2021, LocalDate.of(2025, 1, 20), "示范县财政局网站 2025-01-20", book);
        AnnualReporting.ReportView view = reporting.view(id);
        assertThat(view.report().origin()).isEqualTo(AnnualReport.Origin.IMPORTED);
        assertThat(view.report().status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(plain(ReportCells.of(view.tables()))).isEqualTo(plain(ReportCells.of(published2024(false))));
        assertThat(view.problems())
                .anySatisfy(p -> assertThat(p).contains("“四、结转下年度继续办理”").contains("总计（1）不等于各类申请人之和（2）"));
        assertThat(view.notes()).anyMatch(n -> n.contains("按原样保存"));
        assertThatThrownBy(() -> reporting.correct(id, view.report().version(), "想把总计改成 2。"))
                .hasMessageContaining("不能在本平台更正");
        assertThatThrownBy(() ->
                        imports.importWorkbook(unit, 2024, ReportFormat.V2021, LocalDate.of(2025, 1, 20), "再导一次", book))
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
        assertThatThrownBy(() -> imports.importTyped(
                        unit, 2024, ReportFormat.V2021, LocalDate.of(2025, 1, 25), "县应急管理局网站", typed))
                .hasMessageContaining("有 2 格填写有误，未导入任何数据")
                .hasMessageContaining("“表三 （一）予以公开 商业企业”应为不小于 0 的整数，实为“十”")
                .hasMessageContaining("“表四 行政复议 结果维持”应为不小于 0 的整数，实为“”");
        assertThat(reportsOf(unit, 2024)).isZero();

        typed.put(ReportCells.three(StatisticsRow.DISCLOSED, ApplicantKind.COMMERCIAL_ENTERPRISE), "0");
        typed.put(ReportCells.four(0), "0");
        long id = imports.importTyped(unit, 2024, ReportFormat.V2021, LocalDate.of(2025, 1, 25), "县应急管理局网站", typed);
        assertThat(plain(ReportCells.of(reporting.view(id).tables())))
                .isEqualTo(plain(ReportCells.of(published2024(true))));
        assertThat(reporting.view(id).problems()).isEmpty();
        assertThatThrownBy(() ->
                        imports.importTyped(unit, 2026, ReportFormat.V2021, LocalDate.of(2026, 2, 1), "网站", typed))
                .hasMessageContaining("已结束年度");
    }

    /** A 2020 report in the legacy format (RULES §2.6): every cell, zeros where not given. */
    private static Map<String, BigDecimal> legacy2020(long otherProcessingTotal) {
        Map<String, BigDecimal> cells = new java.util.LinkedHashMap<>();
        ReportFormat.V2019.keys().forEach(k -> cells.put(k, BigDecimal.ZERO));
        cells.put("2.NORMATIVE_DOCUMENT.MADE", BigDecimal.valueOf(3));
        cells.put("2.NORMATIVE_DOCUMENT.PUBLISHED", BigDecimal.valueOf(3));
        cells.put("2.NORMATIVE_DOCUMENT.PUBLIC_TOTAL", BigDecimal.valueOf(12));
        cells.put("2.LICENSING.PREVIOUS_ITEMS", BigDecimal.valueOf(20));
        cells.put("2.LICENSING.CHANGE", BigDecimal.valueOf(-2));
        cells.put("2.LICENSING.DECISIONS", BigDecimal.valueOf(150));
        cells.put("2.PROCUREMENT.PROJECTS", BigDecimal.valueOf(4));
        cells.put("2.PROCUREMENT.AMOUNT", new BigDecimal("123.45"));
        String natural = "." + ApplicantKind.NATURAL_PERSON.name();
        for (String[] c : new String[][] {
            {"NEW_THIS_YEAR", "4"},
            {"DISCLOSED", "2"},
            {"OTHER_PROCESSING", "1"},
            {"TOTAL", "3"},
            {"CARRIED_FORWARD", "1"}
        }) {
            cells.put("3." + c[0] + natural, new BigDecimal(c[1]));
            cells.put("3." + c[0] + ".TOTAL", new BigDecimal(c[1]));
        }
        cells.put("3.OTHER_PROCESSING.TOTAL", BigDecimal.valueOf(otherProcessingTotal));
        return cells;
    }

    @Test
    void aLegacyReportIsImportedInItsOwnLayout_shownAsPrinted_andServesTheCrossYearCheck() throws Exception {
        long unit = organizationId("示范县司法局");
        actAs("gkb");
        byte[] book = files.xlsx(new ReportFiles.Contents(
                "示范县司法局2020年政府信息公开工作年度报告", List.of(), null, ReportLayout.tables(ReportFormat.V2019, legacy2020(1))));

        // the format must be the one reports of the year were published in
        LocalDate on = LocalDate.of(2021, 1, 28);
        assertThatThrownBy(() -> imports.importWorkbook(unit, 2020, ReportFormat.V2021, on, "司法局网站", book))
                .hasMessageContaining("2020年度的报告不是按2021年版格式")
                .hasMessageContaining("请选择原报告所用的格式");
        assertThatThrownBy(() -> imports.importWorkbook(unit, 2018, ReportFormat.V2019, on, "司法局网站", book))
                .hasMessageContaining("2019 年以前的年度报告格式不同");
        // a legacy workbook is not a 2021 one: refused naming the first label out of place
        assertThatThrownBy(() -> imports.importWorkbook(
                        unit, 2021, ReportFormat.V2021, LocalDate.of(2022, 1, 20), "司法局网站", book))
                .hasMessageContaining("表二")
                .hasMessageContaining("应为“本年制发件数”，实为“本年新制作数量”");
        assertThat(reportsOf(unit, 2021)).isZero();

        long id = imports.importWorkbook(unit, 2020, ReportFormat.V2019, on, "示范县司法局网站 2021-01-28", book);
        AnnualReporting.ReportView view = reporting.view(id);
        assertThat(view.report().format()).isEqualTo(AnnualReport.FORMAT_2019);
        assertThat(view.problems()).isEmpty();
        PrintedTable two = view.printed().get(0);
        assertThat(two.rows().stream().flatMap(List::stream).map(PrintedTable.Cell::text))
                .contains("第二十条第（九）项", "政府集中采购", "采购总金额", "其他对外管理服务事项", "本年增/减", "-2", "123.45");
        PrintedTable three = view.printed().get(1);
        assertThat(three.rows()).hasSize(3 + 23);
        assertThat(three.rows().get(5).get(0).text()).isEqualTo("三、本年度办理结果");
        assertThat(three.rows().get(5).get(0).rowspan()).isEqualTo(20);
        // for comparisons and the checks, （六） counts as 3.其他
        assertThat(view.tables().three().cells().get(StatisticsRow.OTHER)[0]).isEqualTo(1);
        assertThat(reporting.contents(id).tables().get(1).rows()).hasSize(26);

        // the county roll-up of 2020 counts its table 三 and says why its table 二 is not in the sum
        CountyRollup.Rollup county = rollup.rollup(organizationId("示范县人民政府"), 2020);
        assertThat(county.notes()).anyMatch(n -> n.contains("旧格式") && n.contains("示范县司法局"));
        assertThat(county.tables().three().cells().get(StatisticsRow.OTHER)[0]).isGreaterThanOrEqualTo(1);

        // the 2021 report, in the 2021 format, is checked against the 2020 one's 结转下年度继续办理
        long next = reporting.start(unit, 2021);
        assertThat(reporting.view(next).problems())
                .anySatisfy(p -> assertThat(p)
                        .contains("“自然人”列")
                        .contains("（0）与2020年度报告")
                        .contains("（1）"));
    }

    @Test
    void legacyFiguresAreCheckedByTheirType_andTheSingleOtherRowIsNamedAsPrinted() {
        long unit = organizationId("示范县人力资源和社会保障局");
        actAs("gkb");
        Map<String, String> typed = new HashMap<>();
        legacy2020(0).forEach((k, v) -> typed.put(k, v.toPlainString()));
        typed.put("2.LICENSING.DECISIONS", "-1");
        typed.put("2.PROCUREMENT.AMOUNT", "1.23456");
        assertThatThrownBy(() ->
                        imports.importTyped(unit, 2019, ReportFormat.V2019, LocalDate.of(2020, 1, 30), "人社局网站", typed))
                .hasMessageContaining("有 2 格填写有误")
                .hasMessageContaining("“表二 行政许可 处理决定数量”应为不小于 0 的整数，实为“-1”")
                .hasMessageContaining("“表二 政府集中采购 采购总金额”应为不小于 0 的金额（最多四位小数），实为“1.23456”");
        assertThat(reportsOf(unit, 2019)).isZero();

        typed.put("2.LICENSING.DECISIONS", "150");
        typed.put("2.PROCUREMENT.AMOUNT", "1.2345");
        long id = imports.importTyped(unit, 2019, ReportFormat.V2019, LocalDate.of(2020, 1, 30), "人社局网站", typed);
        assertThat(reporting.view(id).problems())
                .anySatisfy(p -> assertThat(p).contains("表三“（六）其他处理”：总计（0）不等于各类申请人之和（1）"));
        assertThat(jdbc.sql("select amount from annual_report_cell where report_id = ? and cell = ?")
                        .params(id, "2.LICENSING.CHANGE")
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("-2");
    }
}
