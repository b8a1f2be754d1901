package org.gongkai.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gongkai.shared.RuleViolation;

/**
 * Reads a year's arrangement from CSV or xlsx: one row a date, columns 日期 (yyyy-MM-dd), 类型
 * (放假 / 调休上班, or HOLIDAY / ADJUSTED_WORKDAY) and 名称. A first row of headers is skipped; lines
 * starting with # are comments. Every problem is collected with its row number; one bad row rejects
 * the whole file.
 */
final class ArrangementParser {

    static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_ERRORS_SHOWN = 20;

    private ArrangementParser() {}

    static YearArrangement parse(int year, String source, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "请选择要上传的节假日安排文件（CSV 或 xlsx）。");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("file", "文件过大（超过 1 MB），节假日安排文件只需列出当年的放假和调休日期。");
        }
        List<String[]> rows = isXlsx(content) ? readXlsx(content) : readCsv(content);
        return build(year, source, rows);
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<String[]> readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new RuleViolation("file", "文件不是 UTF-8 编码的 CSV，也不是 xlsx 文件。请用 Excel 另存为“CSV UTF-8”或 xlsx 后重新上传。");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\\r?\\n", -1)) {
            rows.add(line.split("[,，\\t]", -1));
        }
        return rows;
    }

    private static List<String[]> readXlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String[] cells = new String[3];
                for (int c = 0; c < 3; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells[c] =
                                cell.getLocalDateTimeCellValue().toLocalDate().toString();
                    } else {
                        cells[c] = cell == null ? "" : formatter.formatCellValue(cell);
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new RuleViolation("file", "无法读取该 xlsx 文件（文件损坏或不是 Excel 工作簿），请检查后重新上传。");
        }
    }

    private static YearArrangement build(int year, String source, List<String[]> rows) {
        if (year < WorkingDayCalendar.FIRST_SUPPORTED.getYear() || year > WorkingDayCalendar.LAST_SUPPORTED.getYear()) {
            throw new RuleViolation(
                    "year",
                    "年份须在 " + WorkingDayCalendar.FIRST_SUPPORTED.getYear() + " 到 "
                            + WorkingDayCalendar.LAST_SUPPORTED.getYear() + " 之间。");
        }
        List<String> errors = new ArrayList<>();
        List<SpecialDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            int line = i + 1;
            String first = cell(cells, 0);
            if (first.isEmpty() && cell(cells, 1).isEmpty() || first.startsWith("#")) {
                continue;
            }
            if (first.equals("日期") || first.equalsIgnoreCase("date")) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(first.replace('/', '-'));
            } catch (DateTimeParseException e) {
                errors.add("第 " + line + " 行：日期“" + first + "”无法识别，请写成 2026-01-01 的格式。");
                continue;
            }
            DayKind kind = DayKind.parse(cell(cells, 1));
            if (kind == null) {
                errors.add("第 " + line + " 行：类型“" + cell(cells, 1) + "”无法识别，请填写“放假”或“调休上班”。");
                continue;
            }
            if (date.getYear() != year) {
                errors.add("第 " + line + " 行：日期 " + date + " 不属于 " + year + " 年。");
                continue;
            }
            if (!seen.add(date)) {
                errors.add("第 " + line + " 行：日期 " + date + " 重复出现，每个日期只能有一行。");
                continue;
            }
            if (kind == DayKind.ADJUSTED_WORKDAY && !YearArrangement.isWeekend(date)) {
                errors.add("第 " + line + " 行：" + date + " 不是周末，不能设为调休上班日。");
                continue;
            }
            String name = cell(cells, 2);
            days.add(new SpecialDay(date, kind, name.isEmpty() ? kind.label() : name));
        }
        if (errors.isEmpty() && days.isEmpty()) {
            errors.add("文件中没有任何日期行。每行应为：日期,类型,名称，例如 2026-10-01,放假,国庆节。");
        }
        if (!errors.isEmpty()) {
            List<String> shown = errors.size() > MAX_ERRORS_SHOWN ? errors.subList(0, MAX_ERRORS_SHOWN) : errors;
            String more = errors.size() > MAX_ERRORS_SHOWN ? "（另有 " + (errors.size() - MAX_ERRORS_SHOWN) + " 处问题）" : "";
            throw new RuleViolation("file", "文件未导入，请修改以下问题后重新上传：" + String.join(" ", shown) + more);
        }
        days.sort(java.util.Comparator.comparing(SpecialDay::date));
        return new YearArrangement(year, source, days);
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length && cells[index] != null ? cells[index].strip() : "";
    }
}
