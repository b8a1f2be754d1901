package org.gongkai.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;

/**
 * Tables 二, 三 and 四 of a report laid out as its national format prints them (国办公开办函〔2021〕30号, or the legacy
 * format of RULES §2.6): header cells merged as in the format, rows in order, labels verbatim, each figure with its cell
 * key. The files, the legacy reports' pages and the import templates are made from it.
 */
final class ReportLayout {

    private ReportLayout() {}

    static List<PrintedTable> tables(ReportTables t) {
        return tables(ReportFormat.V2021, ReportCells.of(t));
    }

    static List<PrintedTable> tables(ReportFormat format, Map<String, BigDecimal> cells) {
        return List.of(two(format, cells), three(format, cells), four(cells));
    }

    /** A figure as printed: integers plain, amounts without trailing zeros, a cell without a value empty. */
    private static String text(Map<String, BigDecimal> cells, String key) {
        BigDecimal v = cells.get(key);
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    static PrintedTable two(ReportFormat format, Map<String, BigDecimal> cells) {
        PrintedTable.Builder b = new PrintedTable.Builder("二、主动公开政府信息情况", 4);
        for (ReportFormat.Block block : format.two()) {
            int figures = block.columns().size();
            b.row().head(block.article(), 4, 1);
            b.row().head(ReportLabels.CONTENT);
            for (int c = 0; c < figures; c++) {
                b.head(block.columns().get(c), c == figures - 1 ? 4 - figures : 1, 1);
            }
            for (ReportFormat.Line line : block.lines()) {
                b.row().head(line.label());
                for (int c = 0; c < figures; c++) {
                    String key = block.key(line, c);
                    b.value(text(cells, key), key, c == figures - 1 ? 4 - figures : 1);
                }
            }
        }
        return b.build();
    }

    static PrintedTable three(ReportFormat format, Map<String, BigDecimal> cells) {
        PrintedTable.Builder b = new PrintedTable.Builder("三、收到和处理政府信息公开申请情况", 10);
        b.row().head(ReportLabels.THREE_NOTE, 3, 3).head("申请人情况", 7, 1);
        b.row().head("自然人", 1, 2).head("法人或其他组织", 5, 1).head("总计", 1, 2);
        b.row();
        for (ApplicantKind k : ApplicantKind.values()) {
            if (k != ApplicantKind.NATURAL_PERSON) {
                b.head(k.label());
            }
        }
        List<String> rows = format.threeRows();
        // 三、本年度办理结果 spans the result rows and （七）总计
        int results = rows.indexOf(StatisticsRow.TOTAL.name()) - rows.indexOf(StatisticsRow.DISCLOSED.name()) + 1;
        for (String id : rows) {
            b.row();
            if (id.equals(ReportFormat.OTHER_PROCESSING)) {
                b.head(ReportFormat.OTHER_PROCESSING_LABEL, 2, 1);
            } else {
                StatisticsRow row = StatisticsRow.valueOf(id);
                switch (row) {
                    case NEW_THIS_YEAR, CARRIED_OVER, CARRIED_FORWARD -> b.head(row.label(), 3, 1);
                    case DISCLOSED -> b.head("三、本年度办理结果", 1, results).head(row.label(), 2, 1);
                    case PARTIALLY_DISCLOSED, TOTAL -> b.head(row.label(), 2, 1);
                    default -> {
                        if (!row.group().equals(groupBefore(rows, id))) {
                            b.head(row.group(), 1, groupSize(rows, row.group()));
                        }
                        b.head(row.label());
                    }
                }
            }
            for (ApplicantKind kind : ApplicantKind.values()) {
                String key = ReportCells.three(id, kind);
                b.value(text(cells, key), key);
            }
            b.value(text(cells, ReportCells.three(id, null)), ReportCells.three(id, null));
        }
        return b.build();
    }

    private static String groupBefore(List<String> rows, String id) {
        int i = rows.indexOf(id);
        if (i == 0 || rows.get(i - 1).equals(ReportFormat.OTHER_PROCESSING)) {
            return null;
        }
        return StatisticsRow.valueOf(rows.get(i - 1)).group();
    }

    private static int groupSize(List<String> rows, String group) {
        return (int) rows.stream()
                .filter(r -> !r.equals(ReportFormat.OTHER_PROCESSING))
                .filter(r -> group.equals(StatisticsRow.valueOf(r).group()))
                .count();
    }

    static PrintedTable four(Map<String, BigDecimal> cells) {
        PrintedTable.Builder b = new PrintedTable.Builder("四、政府信息公开行政复议、行政诉讼情况", 15);
        b.row().head("行政复议", 5, 1).head("行政诉讼", 10, 1);
        b.row();
        ReportLabels.FOUR_RESULTS.forEach(r -> b.head(r, 1, 2));
        b.head("未经复议直接起诉", 5, 1).head("复议后起诉", 5, 1);
        b.row();
        for (int g = 0; g < 2; g++) {
            ReportLabels.FOUR_RESULTS.forEach(b::head);
        }
        b.row();
        for (int i = 0; i < 15; i++) {
            b.value(text(cells, ReportCells.four(i)), ReportCells.four(i));
        }
        return b.build();
    }
}
