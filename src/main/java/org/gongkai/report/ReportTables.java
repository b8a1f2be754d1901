package org.gongkai.report;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.RequestStatistics;
import org.gongkai.request.StatisticsRow;

/**
 * The three tables of one unit's report for one year, and the checks of RULES §2.5 that hold within one year: each
 * column of table 三 balances (一 + 二 = 三（七） + 四), each row's 总计 is the sum of the applicant columns, （七） is the
 * sum of the result rows, each group of table 四 adds up, every count is a non-negative integer and the fee a
 * non-negative amount. A failing check names its cells.
 */
public record ReportTables(
        long organizationId, String unitName, int year, TableTwo two, RequestStatistics.Grid three, long[] four) {

    private static final String[] FOUR_GROUPS = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};

    /** What does not balance, in Chinese, each naming its table, row and column; empty when all checks pass. */
    public List<String> problems() {
        return problems(StatisticsRow::label);
    }

    /** The same, naming table 三's rows with {@code rowName} (the legacy format prints one （六） row). */
    List<String> problems(java.util.function.Function<StatisticsRow, String> rowName) {
        List<String> problems = new ArrayList<>();
        int kinds = ApplicantKind.values().length;
        long[] twoCounts = two.counts();
        for (long v : twoCounts) {
            if (v < 0) {
                problems.add("表二：件数不能为负数。");
                break;
            }
        }
        if (two.feeAmount() != null && two.feeAmount().signum() < 0) {
            problems.add("表二：行政事业性收费金额不能为负数。");
        }
        for (StatisticsRow row : StatisticsRow.values()) {
            long[] cells = three.cells().get(row);
            long sum = 0;
            for (int k = 0; k < kinds; k++) {
                if (cells[k] < 0) {
                    problems.add("表三“" + rowName.apply(row) + "”" + column(k) + "为负数。");
                }
                sum += cells[k];
            }
            if (cells[kinds] != sum) {
                problems.add("表三“" + rowName.apply(row) + "”：总计（" + cells[kinds] + "）不等于各类申请人之和（" + sum + "）。");
            }
        }
        for (int k = 0; k <= kinds; k++) {
            long in = three.cells().get(StatisticsRow.NEW_THIS_YEAR)[k]
                    + three.cells().get(StatisticsRow.CARRIED_OVER)[k];
            long out = three.cells().get(StatisticsRow.TOTAL)[k] + three.cells().get(StatisticsRow.CARRIED_FORWARD)[k];
            if (in != out) {
                problems.add("表三" + column(k) + "：一＋二（" + in + "）不等于三（七）＋四（" + out + "）。");
            }
            long results = 0;
            for (StatisticsRow row : StatisticsRow.RESULTS) {
                results += three.cells().get(row)[k];
            }
            if (results != three.cells().get(StatisticsRow.TOTAL)[k]) {
                problems.add("表三" + column(k) + "：（七）总计（" + three.cells().get(StatisticsRow.TOTAL)[k] + "）不等于（一）至（六）之和（"
                        + results + "）。");
            }
        }
        for (int g = 0; g < 3; g++) {
            long sum = 0;
            for (int i = 0; i < 4; i++) {
                if (four[5 * g + i] < 0) {
                    problems.add("表四" + FOUR_GROUPS[g] + "：件数不能为负数。");
                }
                sum += four[5 * g + i];
            }
            if (four[5 * g + 4] != sum) {
                problems.add("表四" + FOUR_GROUPS[g] + "：总计（" + four[5 * g + 4] + "）不等于维持、纠正、其他、尚未审结之和（" + sum + "）。");
            }
        }
        return problems;
    }

    private static String column(int k) {
        ApplicantKind[] kinds = ApplicantKind.values();
        return "“" + (k < kinds.length ? kinds[k].label() : "总计") + "”列";
    }
}
