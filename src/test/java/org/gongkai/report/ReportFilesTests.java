package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §7: the .docx, .xlsx and PDF of a report read back with POI and PDFBox — title and the six headings in
 * order, the tables' merged cells where the national format merges them, the values, page numbers, and a Chinese font
 * embedded in the PDF.
 */
class ReportFilesTests {

    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private final ReportFiles files = new ReportFiles(FONT);

    private ReportFiles.Contents contents() {
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put(ReportCells.three(StatisticsRow.NEW_THIS_YEAR, ApplicantKind.NATURAL_PERSON), BigDecimal.valueOf(13));
        cells.put(ReportCells.three(StatisticsRow.NEW_THIS_YEAR, null), BigDecimal.valueOf(13));
        cells.put(ReportCells.three(StatisticsRow.DISCLOSED, ApplicantKind.NATURAL_PERSON), BigDecimal.valueOf(13));
        cells.put(ReportCells.three(StatisticsRow.DISCLOSED, null), BigDecimal.valueOf(13));
        cells.put(ReportCells.PENALTY, BigDecimal.valueOf(7));
        cells.put(ReportCells.FEE, new BigDecimal("1.2500"));
        cells.put(ReportCells.four(4), BigDecimal.valueOf(2));
        ReportTables tables = ReportCells.tables(5, "示范县民政局", 2025, cells);
        AnnualReport report = new AnnualReport(
                1,
                5,
                2025,
                1,
                AnnualReport.FORMAT_2021,
                AnnualReport.Origin.PLATFORM,
                ReportStatus.PUBLISHED,
                AnnualReport.FiguresScope.UNIT,
                "（一）主动公开\n全年主动公开政府信息。",
                "一是解读不够。",
                "本年未收取信息处理费。",
                null,
                null,
                null,
                "a",
                Instant.EPOCH,
                "a",
                Instant.EPOCH,
                "b",
                Instant.EPOCH,
                "b",
                Instant.EPOCH,
                null,
                null,
                4);
        return new ReportFiles.Contents(
                "示范县民政局2025年政府信息公开工作年度报告", List.of("发布日期：2026-01-20"), report, ReportLayout.tables(tables));
    }

    private static final List<String> HEADINGS = List.of(
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    @Test
    void docxHasTheHeadingsInOrder_theFormatsMergedCells_andPageNumbers() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.docx(contents())))) {
            List<String> texts =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo("示范县民政局2025年政府信息公开工作年度报告");
            assertThat(texts.stream().filter(HEADINGS::contains).toList()).containsExactlyElementsOf(HEADINGS);
            assertThat(texts).contains("（一）主动公开", "本年未收取信息处理费。");
            assertThat(doc.getTables()).hasSize(3);

            XWPFTable three = doc.getTables().get(1);
            XWPFTableCell note = three.getRow(0).getCell(0);
            assertThat(note.getText()).startsWith("（本列数据的勾稽关系为");
            assertThat(note.getCTTc().getTcPr().getGridSpan().getVal().intValue())
                    .isEqualTo(3);
            assertThat(note.getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("restart");
            assertThat(three.getRow(0).getTableCells()).hasSize(2);
            assertThat(three.getRow(3).getCell(0).getText()).isEqualTo(StatisticsRow.NEW_THIS_YEAR.label());
            assertThat(three.getRow(3).getCell(1).getText()).isEqualTo("13");
            assertThat(three.getRow(5).getCell(0).getText()).isEqualTo("三、本年度办理结果");
            assertThat(three.getRow(6)
                            .getCell(0)
                            .getCTTc()
                            .getTcPr()
                            .getVMerge()
                            .getVal()
                            .toString())
                    .isEqualTo("continue");
            assertThat(three.getRows()).hasSize(28);

            XWPFTable two = doc.getTables().get(0);
            assertThat(two.getRow(0).getCell(0).getText()).isEqualTo("第二十条第（一）项");
            assertThat(two.getRow(9).getCell(0).getText()).isEqualTo("行政处罚");
            assertThat(two.getRow(9).getCell(1).getText()).isEqualTo("7");
            assertThat(two.getRow(13).getCell(1).getText()).isEqualTo("1.25");
            assertThat(doc.getTables().get(2).getRow(3).getTableCells()).hasSize(15);
            assertThat(doc.getFooterList()
                            .get(0)
                            .getParagraphs()
                            .get(0)
                            .getCTP()
                            .xmlText())
                    .contains("PAGE");
        }
    }

    @Test
    void xlsxHasOneSheetPerTableMergedAsPrinted() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx(contents())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            Sheet three = book.getSheetAt(1);
            assertThat(three.getMergedRegions())
                    .contains(new CellRangeAddress(1, 3, 0, 2), new CellRangeAddress(4, 4, 0, 2));
            assertThat(three.getMergedRegions()).contains(new CellRangeAddress(6, 27, 0, 0));
            assertThat(three.getRow(4).getCell(0).getStringCellValue()).isEqualTo(StatisticsRow.NEW_THIS_YEAR.label());
            assertThat(three.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(13);
            assertThat(three.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(13);
            Sheet four = book.getSheetAt(2);
            assertThat(four.getMergedRegions())
                    .contains(new CellRangeAddress(1, 1, 0, 4), new CellRangeAddress(1, 1, 5, 14));
            assertThat(four.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void pdfCarriesTheTextWithAChineseFontEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(files.pdf(contents()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("示范县民政局2025年政府信息公开工作年度报告");
            for (String h : HEADINGS) {
                assertThat(text).contains(h);
            }
            assertThat(text).contains("一、本年新收政府信息公开申请数量", "行政诉讼", "— 1 —");
            PDFont font = pdf.getPage(0)
                    .getResources()
                    .getFont(pdf.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }
}
