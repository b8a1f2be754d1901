package org.gongkai.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.StatisticsRow;

/**
 * The formats a report's tables come in, identified by version key (RULES §2.6): the 2021 format of 国办公开办函〔2021〕30号,
 * in which the platform writes every report, and the legacy format used for the 2019 and 2020 reports (and by some
 * townships for 2022), which reports of those years are imported in. They differ in table 二 — the legacy one counts
 * 规章 and 规范性文件 made, published and public in total, items of 第二十条第（五）（六）（八）项 with last year's number
 * and the change, and 政府集中采购 (第（九）项) — and in table 三, where the legacy （六）其他处理 is one row without
 * sub-rows (23 data rows instead of 25). Table 四 is the same.
 */
public enum ReportFormat {
    V2021(
            AnnualReport.FORMAT_2021,
            "2021年版格式（国办公开办函〔2021〕30号）",
            2021,
            Integer.MAX_VALUE,
            List.of(
                    new Block(
                            ReportLabels.ARTICLE_1,
                            ReportLabels.DOCUMENT_FIGURES,
                            List.of("ISSUED", "REPEALED", "EFFECTIVE"),
                            List.of(new Line("规章", "REGULATION"), new Line("行政规范性文件", "NORMATIVE_DOCUMENT"))),
                    new Block(
                            ReportLabels.ARTICLE_5,
                            List.of(ReportLabels.DECISIONS),
                            null,
                            List.of(new Line("行政许可", "LICENSING_DECISION"))),
                    new Block(
                            ReportLabels.ARTICLE_6,
                            List.of(ReportLabels.DECISIONS),
                            null,
                            List.of(new Line("行政处罚", "PENALTY_DECISION"), new Line("行政强制", "ENFORCEMENT_DECISION"))),
                    new Block(
                            ReportLabels.ARTICLE_8,
                            List.of(ReportLabels.FEE),
                            null,
                            List.of(new Line("行政事业性收费", "FEE"))))),
    V2019(
            AnnualReport.FORMAT_2019,
            "2019年版旧格式（2019、2020年度报告使用）",
            2019,
            2022,
            List.of(
                    new Block(
                            ReportLabels.ARTICLE_1,
                            List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"),
                            List.of("MADE", "PUBLISHED", "PUBLIC_TOTAL"),
                            List.of(new Line("规章", "REGULATION"), new Line("规范性文件", "NORMATIVE_DOCUMENT"))),
                    new Block(
                            ReportLabels.ARTICLE_5,
                            List.of("上一年项目数量", "本年增/减", "处理决定数量"),
                            List.of("PREVIOUS_ITEMS", "CHANGE", "DECISIONS"),
                            List.of(new Line("行政许可", "LICENSING"), new Line("其他对外管理服务事项", "OTHER_SERVICE"))),
                    new Block(
                            ReportLabels.ARTICLE_6,
                            List.of("上一年项目数量", "本年增/减", "处理决定数量"),
                            List.of("PREVIOUS_ITEMS", "CHANGE", "DECISIONS"),
                            List.of(new Line("行政处罚", "PENALTY"), new Line("行政强制", "ENFORCEMENT"))),
                    new Block(
                            ReportLabels.ARTICLE_8,
                            List.of("上一年项目数量", "本年增/减"),
                            List.of("PREVIOUS_ITEMS", "CHANGE"),
                            List.of(new Line("行政事业性收费", "CHARGES"))),
                    new Block(
                            "第二十条第（九）项",
                            List.of("采购项目数量", "采购总金额"),
                            List.of("PROJECTS", "AMOUNT"),
                            List.of(new Line("政府集中采购", "PROCUREMENT")))));

    /** The legacy table 三's single （六）其他处理 row, in place of the 2021 format's three sub-rows. */
    static final String OTHER_PROCESSING = "OTHER_PROCESSING";

    static final String OTHER_PROCESSING_LABEL = "（六）其他处理";

    private static final List<StatisticsRow> OTHER_ROWS =
            List.of(StatisticsRow.OTHER_CORRECTION_LAPSED, StatisticsRow.OTHER_FEE_UNPAID, StatisticsRow.OTHER);

    private final String key;
    private final String label;
    private final int firstYear;
    private final int lastYear;
    private final List<Block> two;

    ReportFormat(String key, String label, int firstYear, int lastYear, List<Block> two) {
        this.key = key;
        this.label = label;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.two = two;
    }

    /**
     * One block of table 二: the article heading, its figure columns, and its rows; {@code figures} names the key of
     * each column ({@code 2.<line>.<figure>}), or is null for a block with one figure per row ({@code 2.<line>}).
     */
    record Block(String article, List<String> columns, List<String> figures, List<Line> lines) {

        String key(Line line, int column) {
            return figures == null ? "2." + line.key() : "2." + line.key() + "." + figures.get(column);
        }
    }

    /** A row of a table 二 block: its label verbatim and the part of its cells' keys. */
    record Line(String label, String key) {}

    /** The version key stored with a report ("2021", "2019"). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether reports of the year were published in this format (RULES §2, §2.6). */
    public boolean usedFor(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** The years reports were published in this format, in Chinese, e.g. "2019 至 2022 年度". */
    public String years() {
        return lastYear == Integer.MAX_VALUE ? firstYear + " 年度起" : firstYear + " 至 " + lastYear + " 年度";
    }

    List<Block> two() {
        return two;
    }

    /** Table 三's data rows in order: StatisticsRow names, the legacy format's one （六） row in place of three. */
    List<String> threeRows() {
        List<String> rows = new ArrayList<>();
        for (StatisticsRow row : StatisticsRow.values()) {
            if (this == V2019 && OTHER_ROWS.contains(row)) {
                if (row == StatisticsRow.OTHER_CORRECTION_LAPSED) {
                    rows.add(OTHER_PROCESSING);
                }
            } else {
                rows.add(row.name());
            }
        }
        return rows;
    }

    /** Every cell key of the format, in its order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Block b : two) {
            for (Line line : b.lines()) {
                for (int c = 0; c < b.columns().size(); c++) {
                    keys.add(b.key(line, c));
                }
            }
        }
        for (String row : threeRows()) {
            for (ApplicantKind kind : ApplicantKind.values()) {
                keys.add(ReportCells.three(row, kind));
            }
            keys.add(ReportCells.three(row, null));
        }
        for (int i = 0; i < 15; i++) {
            keys.add(ReportCells.four(i));
        }
        return keys;
    }

    /** The formats reports of the year were published in, the newest first. */
    public static List<ReportFormat> usedIn(int year) {
        return Arrays.stream(values()).filter(f -> f.usedFor(year)).toList();
    }

    /** The format named by its key when it was used in the year, else the newest one used then (2021 when none). */
    public static ReportFormat forYear(int year, String key) {
        List<ReportFormat> used = usedIn(year);
        return used.stream().filter(f -> f.key.equals(key)).findFirst().orElse(used.isEmpty() ? V2021 : used.get(0));
    }

    /** The format of a version key, if it is one. */
    public static java.util.Optional<ReportFormat> find(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static ReportFormat of(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown report format " + key));
    }

    /** What a cell may hold: the amounts and the legacy format's 本年增/减 are not counts. */
    static CellType type(String key) {
        if (key.equals(ReportCells.FEE) || key.equals("2.PROCUREMENT.AMOUNT")) {
            return CellType.AMOUNT;
        }
        return key.endsWith(".CHANGE") ? CellType.CHANGE : CellType.COUNT;
    }

    /** The name of a table 二 cell with the format's labels, e.g. "表二 规范性文件 本年新制作数量"; null if not one. */
    static String twoLabel(String key) {
        for (ReportFormat f : values()) {
            for (Block b : f.two) {
                for (Line line : b.lines()) {
                    for (int c = 0; c < b.columns().size(); c++) {
                        if (b.key(line, c).equals(key)) {
                            return "表二 " + line.label() + " " + b.columns().get(c);
                        }
                    }
                }
            }
        }
        return null;
    }
}
