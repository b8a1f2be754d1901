package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Uploads of a year's arrangement: the whole file or nothing, each problem named with its row. */
class ArrangementParserTests {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsChineseCsvWithHeaderAndComment() {
        YearArrangement a = ArrangementParser.parse(
                2027, "通知", "2027.csv", csv("\uFEFF# 通知\n日期,类型,名称\n2027-10-01,放假,国庆节\n2027-09-26,调休上班,国庆节调休\n"));
        assertThat(a.days()).hasSize(2);
        assertThat(a.days().get(0).date()).hasToString("2027-09-26");
        assertThat(a.adjustedWorkdays()).isEqualTo(1);
    }

    @Test
    void readsXlsxWithRealDateCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("2027年");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("日期");
            header.createCell(1).setCellValue("类型");
            var row = sheet.createRow(1);
            var cell = row.createCell(0);
            cell.setCellValue(java.time.LocalDate.of(2027, 1, 1));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            cell.setCellStyle(style);
            row.createCell(1).setCellValue("放假");
            row.createCell(2).setCellValue("元旦");
            wb.write(out);
        }
        YearArrangement a = ArrangementParser.parse(2027, "通知", "2027.xlsx", out.toByteArray());
        assertThat(a.days()).singleElement().satisfies(d -> {
            assertThat(d.date()).hasToString("2027-01-01");
            assertThat(d.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(d.name()).isEqualTo("元旦");
        });
    }

    @Test
    void everyBadRowIsReported_andNothingIsAccepted() {
        assertThatThrownBy(
                        () -> ArrangementParser.parse(
                                2027,
                                "通知",
                                "x.csv",
                                csv(
                                        "2027-13-01,放假,错\n2027-10-02,休息日,错\n2026-10-01,放假,错年\n2027-10-05,调休上班,周二\n2027-10-01,放假,国庆\n2027-10-01,放假,重复\n")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第 1 行")
                .hasMessageContaining("第 2 行")
                .hasMessageContaining("第 3 行")
                .hasMessageContaining("第 4 行")
                .hasMessageContaining("不是周末")
                .hasMessageContaining("第 6 行")
                .hasMessageContaining("重复");
    }

    @Test
    void emptyFile_notAnXlsx_notUtf8_tooLarge_areRefusedPlainly() {
        assertThatThrownBy(() -> ArrangementParser.parse(2027, "通知", "x.csv", new byte[0]))
                .hasMessageContaining("请选择");
        assertThatThrownBy(() -> ArrangementParser.parse(2027, "通知", "x.csv", csv("日期,类型,名称\n")))
                .hasMessageContaining("没有任何日期行");
        assertThatThrownBy(() -> ArrangementParser.parse(2027, "通知", "x.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .hasMessageContaining("无法读取该 xlsx");
        assertThatThrownBy(() -> ArrangementParser.parse(
                        2027, "通知", "x.csv", "2027-10-01,放假".getBytes(java.nio.charset.Charset.forName("GBK"))))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(
                        () -> ArrangementParser.parse(2027, "通知", "x.csv", new byte[ArrangementParser.MAX_BYTES + 1]))
                .hasMessageContaining("文件过大");
    }

    @Test
    void yearOutsideTheSupportedRange_isRefused() {
        assertThatThrownBy(() -> ArrangementParser.parse(1999, "通知", "x.csv", csv("1999-10-01,放假,国庆\n")))
                .hasMessageContaining("年份须在");
    }
}
