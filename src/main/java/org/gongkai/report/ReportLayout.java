package org.gongkai.report;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;

/**
 * Tables 二, 三 and 四 of a report laid out as the national format prints them (国办公开办函〔2021〕30号; RULES
 * §2.2–§2.4): header cells merged as in the format, rows in order, labels verbatim. The files are made from it.
 */
final class ReportLayout {

    private ReportLayout() {}

    static List<PrintedTable> tables(ReportTables t) {
        return List.of(two(t), three(t), four(t));
    }

    static PrintedTable two(ReportTables t) {
        TableTwo two = t.two();
        PrintedTable.Builder b = new PrintedTable.Builder("二、主动公开政府信息情况", 4);
        b.row().head(ReportLabels.ARTICLE_1, 4, 1);
        b.row().head(ReportLabels.CONTENT);
        ReportLabels.DOCUMENT_FIGURES.forEach(b::head);
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
        String[] types = {"REGULATION", "NORMATIVE_DOCUMENT"};
        String[] figures = {"ISSUED", "REPEALED", "EFFECTIVE"};
        for (int d = 0; d < 2; d++) {
            b.row().head(ReportLabels.DOCUMENTS.get(d));
            for (int f = 0; f < 3; f++) {
                b.value(String.valueOf(documents[d][f]), "2." + types[d] + "." + figures[f]);
            }
        }
        b.row().head(ReportLabels.ARTICLE_5, 4, 1);
        b.row().head(ReportLabels.CONTENT).head(ReportLabels.DECISIONS, 3, 1);
        b.row().head("行政许可").value(String.valueOf(two.licensingDecisions()), ReportCells.LICENSING, 3);
        b.row().head(ReportLabels.ARTICLE_6, 4, 1);
        b.row().head(ReportLabels.CONTENT).head(ReportLabels.DECISIONS, 3, 1);
        b.row().head("行政处罚").value(String.valueOf(two.penaltyDecisions()), ReportCells.PENALTY, 3);
        b.row().head("行政强制").value(String.valueOf(two.enforcementDecisions()), ReportCells.ENFORCEMENT, 3);
        b.row().head(ReportLabels.ARTICLE_8, 4, 1);
        b.row().head(ReportLabels.CONTENT).head(ReportLabels.FEE, 3, 1);
        BigDecimal fee = two.feeAmount();
        b.row()
                .head("行政事业性收费")
                .value(fee == null ? "" : fee.stripTrailingZeros().toPlainString(), ReportCells.FEE, 3);
        return b.build();
    }

    static PrintedTable three(ReportTables t) {
        PrintedTable.Builder b = new PrintedTable.Builder("三、收到和处理政府信息公开申请情况", 10);
        b.row().head(ReportLabels.THREE_NOTE, 3, 3).head("申请人情况", 7, 1);
        b.row().head("自然人", 1, 2).head("法人或其他组织", 5, 1).head("总计", 1, 2);
        b.row();
        for (ApplicantKind k : ApplicantKind.values()) {
            if (k != ApplicantKind.NATURAL_PERSON) {
                b.head(k.label());
            }
        }
        for (StatisticsRow row : StatisticsRow.values()) {
            b.row();
            switch (row) {
                case NEW_THIS_YEAR, CARRIED_OVER, CARRIED_FORWARD -> b.head(row.label(), 3, 1);
                case DISCLOSED -> b.head("三、本年度办理结果", 1, 22).head(row.label(), 2, 1);
                case PARTIALLY_DISCLOSED, TOTAL -> b.head(row.label(), 2, 1);
                default -> {
                    int span = switch (row) {
                        case WITHHELD_STATE_SECRET -> 8;
                        case UNAVAILABLE_NOT_HELD -> 3;
                        case NOT_PROCESSED_PETITION -> 5;
                        case OTHER_CORRECTION_LAPSED -> 3;
                        default -> 0;
                    };
                    if (span > 0) {
                        b.head(row.group(), 1, span);
                    }
                    b.head(row.label());
                }
            }
            long[] values = t.three().cells().get(row);
            ApplicantKind[] kinds = ApplicantKind.values();
            for (int k = 0; k < values.length; k++) {
                b.value(String.valueOf(values[k]), ReportCells.three(row, k < kinds.length ? kinds[k] : null));
            }
        }
        return b.build();
    }

    static PrintedTable four(ReportTables t) {
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
            b.value(String.valueOf(t.four()[i]), ReportCells.four(i));
        }
        return b.build();
    }
}
