package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.organization.AdministrativeLevel;
import org.junit.jupiter.api.Test;

/** The exported workbook has the standard two header rows, √ ticks and the ■/□ channel checklist. */
class CatalogWorkbookTests {

    @Test
    void writesTheStandardLayout() throws IOException {
        CatalogItem item = new CatalogItem(
                1,
                "k1",
                1,
                "征收土地信息",
                "征收土地信息",
                null,
                "征地告知书等",
                "《条例》",
                TimeLimit.parse("信息形成20个工作日内公开"),
                "示范县城关镇人民政府",
                EnumSet.of(Channel.GOVERNMENT_WEBSITE, Channel.NOTICE_BOARD),
                "村务公开栏",
                Audience.PUBLIC,
                DisclosureMode.PROACTIVE,
                EnumSet.of(AdministrativeLevel.TOWNSHIP),
                null,
                null);
        StandardCatalog catalog = new StandardCatalog(
                9,
                3,
                "示范县城关镇人民政府",
                new CatalogArea(1, "重大建设项目", 1, true, null, 1, 0),
                2,
                CatalogStatus.PUBLISHED,
                1,
                Instant.EPOCH,
                "x",
                Instant.EPOCH,
                Instant.EPOCH,
                "x",
                1,
                0,
                List.of(item),
                List.of());

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(CatalogWorkbook.write(catalog)))) {
            Sheet sheet = wb.getSheet("重大建设项目");
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("示范县城关镇人民政府重大建设项目领域政务公开事项标准目录");
            Row top = sheet.getRow(1);
            Row bottom = sheet.getRow(2);
            assertThat(f.formatCellValue(top.getCell(1))).isEqualTo("公开事项");
            assertThat(f.formatCellValue(bottom.getCell(2))).isEqualTo("二级事项");
            assertThat(f.formatCellValue(top.getCell(12))).isEqualTo("公开层级");
            assertThat(sheet.getMergedRegions())
                    .anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo("M2:O2"));
            Row data = sheet.getRow(3);
            assertThat(f.formatCellValue(data.getCell(0))).isEqualTo("1");
            assertThat(f.formatCellValue(data.getCell(5))).isEqualTo("信息形成20个工作日内公开");
            assertThat(f.formatCellValue(data.getCell(7)))
                    .startsWith("■政府网站 □政府公报")
                    .contains("■社区/企事业单位/村公示栏(电子屏)")
                    .endsWith("■村务公开栏");
            assertThat(List.of(8, 9, 10, 11, 12, 13, 14))
                    .extracting(c -> f.formatCellValue(data.getCell(c)))
                    .containsExactly("√", "", "√", "", "", "√", "");
        }
    }
}
