package org.gongkai.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.information.AnnualFigures.DocumentCounts;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.RequestStatistics;
import org.gongkai.request.StatisticsRow;

/**
 * The cells of a report's tables as stored (annual_report_cell): one key per cell of the 2021 format — table 二
 * {@code 2.REGULATION.ISSUED} … {@code 2.FEE}, table 三 {@code 3.<row>.<applicant kind or TOTAL>}, table 四
 * {@code 4.<group>.<result>} — so that a submitted report keeps the figures it was approved with, and imports, the API
 * and the county roll-up read the same keys.
 */
final class ReportCells {

    static final String LICENSING = "2.LICENSING_DECISION";
    static final String PENALTY = "2.PENALTY_DECISION";
    static final String ENFORCEMENT = "2.ENFORCEMENT_DECISION";
    static final String FEE = "2.FEE";

    private static final String[] DOCUMENTS = {"REGULATION", "NORMATIVE_DOCUMENT"};
    private static final String[] FIGURES = {"ISSUED", "REPEALED", "EFFECTIVE"};
    static final String[] FOUR_GROUPS = {"RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION"};
    static final String[] FOUR_RESULTS = {"UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL"};

    private ReportCells() {}

    /** Every cell key of the 2021 format in the format's order (table 二's fee included). */
    static java.util.List<String> keys() {
        return ReportFormat.V2021.keys();
    }

    /** A cell's name with its format's labels verbatim, e.g. "表三 一、本年新收政府信息公开申请数量 自然人". */
    static String label(String key) {
        String[] p = key.split("\\.");
        switch (p[0]) {
            case "2" -> {
                String label = ReportFormat.twoLabel(key);
                return label == null ? key : label;
            }
            case "3" -> {
                String column = p[2].equals("TOTAL")
                        ? "总计"
                        : ApplicantKind.valueOf(p[2]).label();
                if (p[1].equals(ReportFormat.OTHER_PROCESSING)) {
                    return "表三 " + ReportFormat.OTHER_PROCESSING_LABEL + " " + column;
                }
                StatisticsRow row = StatisticsRow.valueOf(p[1]);
                String group = row.group() != null && row.group().startsWith("（") ? row.group() + " " : "";
                return "表三 " + group + row.label() + " " + column;
            }
            default -> {
                int g = java.util.Arrays.asList(FOUR_GROUPS).indexOf(p[1]);
                int r = java.util.Arrays.asList(FOUR_RESULTS).indexOf(p[2]);
                return "表四 " + ReportLabels.FOUR_GROUPS.get(g) + " " + ReportLabels.FOUR_RESULTS.get(r);
            }
        }
    }

    /**
     * A report's cells as the 2021 format counts them, for the checks, the cross-year check and the roll-up: the legacy
     * format's one （六）其他处理 row counts as （六）3.其他 (its sub-rows did not exist), and its table 二 — different
     * figures altogether — is left out.
     */
    static Map<String, BigDecimal> as2021(ReportFormat format, Map<String, BigDecimal> cells) {
        if (format == ReportFormat.V2021) {
            return cells;
        }
        Map<String, BigDecimal> counted = new LinkedHashMap<>();
        String other = "3." + ReportFormat.OTHER_PROCESSING + ".";
        cells.forEach((k, v) -> {
            if (k.startsWith(other)) {
                counted.put("3." + StatisticsRow.OTHER.name() + "." + k.substring(other.length()), v);
            } else if (!k.startsWith("2.")) {
                counted.put(k, v);
            }
        });
        return counted;
    }

    /** The tables of a report in either format (see {@link #as2021}). */
    static ReportTables tables(
            ReportFormat format, long organizationId, String unitName, int year, Map<String, BigDecimal> cells) {
        return tables(organizationId, unitName, year, as2021(format, cells));
    }

    /** The checks of RULES §2.5 on a report's tables, naming the rows as its format prints them. */
    static java.util.List<String> problems(ReportFormat format, ReportTables tables) {
        if (format == ReportFormat.V2021) {
            return tables.problems();
        }
        return tables.problems(row -> row == StatisticsRow.OTHER ? ReportFormat.OTHER_PROCESSING_LABEL : row.label());
    }

    static String three(StatisticsRow row, ApplicantKind kind) {
        return three(row.name(), kind);
    }

    /** A table 三 cell by its row's id (a StatisticsRow name, or the legacy {@link ReportFormat#OTHER_PROCESSING}). */
    static String three(String row, ApplicantKind kind) {
        return "3." + row + "." + (kind == null ? "TOTAL" : kind.name());
    }

    static String four(int index) {
        return "4." + FOUR_GROUPS[index / 5] + "." + FOUR_RESULTS[index % 5];
    }

    /** Every cell of the tables, in the format's order; the fee only when it has a value. */
    static Map<String, BigDecimal> of(ReportTables tables) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        TableTwo two = tables.two();
        DocumentCounts[] documents = {two.regulations(), two.normativeDocuments()};
        for (int d = 0; d < 2; d++) {
            long[] v = {documents[d].issued(), documents[d].repealed(), documents[d].effective()};
            for (int f = 0; f < 3; f++) {
                cells.put("2." + DOCUMENTS[d] + "." + FIGURES[f], BigDecimal.valueOf(v[f]));
            }
        }
        cells.put(LICENSING, BigDecimal.valueOf(two.licensingDecisions()));
        cells.put(PENALTY, BigDecimal.valueOf(two.penaltyDecisions()));
        cells.put(ENFORCEMENT, BigDecimal.valueOf(two.enforcementDecisions()));
        if (two.feeAmount() != null) {
            cells.put(FEE, two.feeAmount());
        }
        ApplicantKind[] kinds = ApplicantKind.values();
        for (StatisticsRow row : StatisticsRow.values()) {
            long[] r = tables.three().cells().get(row);
            for (int k = 0; k <= kinds.length; k++) {
                cells.put(three(row, k < kinds.length ? kinds[k] : null), BigDecimal.valueOf(r[k]));
            }
        }
        for (int i = 0; i < 15; i++) {
            cells.put(four(i), BigDecimal.valueOf(tables.four()[i]));
        }
        return cells;
    }

    /** The tables from stored cells; a missing cell reads as zero, a missing fee as not entered. */
    static ReportTables tables(long organizationId, String unitName, int year, Map<String, BigDecimal> cells) {
        DocumentCounts[] documents = new DocumentCounts[2];
        for (int d = 0; d < 2; d++) {
            String p = "2." + DOCUMENTS[d] + ".";
            documents[d] = new DocumentCounts(
                    count(cells, p + FIGURES[0]), count(cells, p + FIGURES[1]), count(cells, p + FIGURES[2]));
        }
        TableTwo two = new TableTwo(
                documents[0],
                documents[1],
                count(cells, LICENSING),
                count(cells, PENALTY),
                count(cells, ENFORCEMENT),
                cells.get(FEE));
        ApplicantKind[] kinds = ApplicantKind.values();
        Map<StatisticsRow, long[]> grid = new EnumMap<>(StatisticsRow.class);
        for (StatisticsRow row : StatisticsRow.values()) {
            long[] r = new long[kinds.length + 1];
            for (int k = 0; k <= kinds.length; k++) {
                r[k] = count(cells, three(row, k < kinds.length ? kinds[k] : null));
            }
            grid.put(row, r);
        }
        long[] four = new long[15];
        for (int i = 0; i < 15; i++) {
            four[i] = count(cells, four(i));
        }
        return new ReportTables(
                organizationId,
                unitName,
                year,
                two,
                new RequestStatistics.Grid(organizationId, unitName, year, grid),
                four);
    }

    private static long count(Map<String, BigDecimal> cells, String key) {
        BigDecimal v = cells.get(key);
        return v == null ? 0 : v.longValue();
    }
}
