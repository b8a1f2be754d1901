package org.gongkai.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.organization.AdministrativeLevel;

/**
 * Writes a catalog in the standard layout offices use (RULES.md §3.3): a title row, the two header rows
 * with merged group headings, one row per item, √ in the audience, mode and level columns, and the
 * channel checklist with ■ for selected and □ for the others.
 */
final class CatalogWorkbook {

    static final List<String> HEADER_TOP = List.of(
            "序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", "", "");
    static final List<String> HEADER_BOTTOM =
            List.of("", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请公开", "县级", "乡级", "村级");
    private static final String TICK = "√";
    private static final int[] WIDTHS = {6, 14, 18, 40, 30, 24, 18, 40, 7, 7, 7, 7, 7, 7, 7};

    private CatalogWorkbook() {}

    static byte[] write(StandardCatalog catalog) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(
                    WorkbookUtil.createSafeSheetName(catalog.area().name()));
            CellStyle header = style(workbook, true);
            CellStyle body = style(workbook, false);
            CellStyle centered = style(workbook, false);
            centered.setAlignment(HorizontalAlignment.CENTER);

            boolean third = catalog.items().stream().anyMatch(i -> i.thirdLevel() != null);
            List<String> headerTop = new java.util.ArrayList<>(HEADER_TOP);
            List<String> headerBottom = new java.util.ArrayList<>(HEADER_BOTTOM);
            List<Integer> widths = new java.util.ArrayList<>(
                    java.util.Arrays.stream(WIDTHS).boxed().toList());
            if (third) { // the variant with a 三级事项 column, so that nothing is lost on the way back
                headerTop.add(3, "");
                headerBottom.add(3, "三级事项");
                widths.add(3, 18);
            }
            int shift = third ? 1 : 0;
            Row title = sheet.createRow(0);
            title.createCell(0)
                    .setCellValue(catalog.organizationName() + catalog.area().name() + "领域政务公开事项标准目录");
            title.getCell(0).setCellStyle(header);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headerTop.size() - 1));
            Row top = sheet.createRow(1);
            Row bottom = sheet.createRow(2);
            for (int c = 0; c < headerTop.size(); c++) {
                top.createCell(c).setCellValue(headerTop.get(c));
                top.getCell(c).setCellStyle(header);
                bottom.createCell(c).setCellValue(headerBottom.get(c));
                bottom.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, widths.get(c) * 256);
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            for (int c = 3; c <= 7; c++) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, c + shift, c + shift));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 2 + shift));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 8 + shift, 9 + shift));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 10 + shift, 11 + shift));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 12 + shift, 14 + shift));

            int r = 3;
            for (CatalogItem item : catalog.items()) {
                Row row = sheet.createRow(r);
                List<String> values = new java.util.ArrayList<>(java.util.Arrays.asList(
                        Integer.toString(r - 2),
                        item.firstLevel(),
                        item.secondLevel(),
                        item.contentElements(),
                        item.legalBasis(),
                        item.timeLimit().phrase(),
                        item.responsibleBody(),
                        item.channelChecklist(),
                        tick(item.audience() == Audience.PUBLIC, item.audienceNote()),
                        tick(item.audience() == Audience.SPECIFIC_GROUP, item.audienceNote()),
                        tick(item.mode() == DisclosureMode.PROACTIVE, item.modeNote()),
                        tick(item.mode() == DisclosureMode.ON_REQUEST, item.modeNote()),
                        tick(item.levels().contains(AdministrativeLevel.COUNTY)),
                        tick(item.levels().contains(AdministrativeLevel.TOWNSHIP)),
                        tick(item.levels().contains(AdministrativeLevel.VILLAGE))));
                if (third) {
                    values.add(3, item.thirdLevel());
                }
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                    row.getCell(c).setCellStyle(c == 0 || c >= 8 + shift ? centered : body);
                }
                r++;
            }
            sheet.createFreezePane(0, 3);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tick(boolean on) {
        return on ? TICK : "";
    }

    /** A tick with its note in brackets, as the offices write it: √（仅限本人）. */
    private static String tick(boolean on, String note) {
        return on && note != null ? TICK + "（" + note + "）" : tick(on);
    }

    private static CellStyle style(Workbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }
}
