package org.gongkai.report;

import java.math.BigDecimal;
import org.gongkai.shared.RuleViolation;

/**
 * The cells of table 二 staff may enter, with a note of the source, where the platform does not hold the records
 * (issue 12 §1): the 行政事业性收费 amount in 万元, which the platform never holds, and the decisions of 行政许可,
 * 行政处罚 and 行政强制 when not all of them are published here — an entered value replaces the computed one.
 */
public enum EnteredCell {
    LICENSING_DECISIONS(ReportCells.LICENSING, "行政许可：本年处理决定数量"),
    PENALTY_DECISIONS(ReportCells.PENALTY, "行政处罚：本年处理决定数量"),
    ENFORCEMENT_DECISIONS(ReportCells.ENFORCEMENT, "行政强制：本年处理决定数量"),
    FEE_AMOUNT(ReportCells.FEE, "行政事业性收费：本年收费金额（单位：万元）");

    private final String cell;
    private final String label;

    EnteredCell(String cell, String label) {
        this.cell = cell;
        this.label = label;
    }

    /** The key of the cell it fills ({@link ReportCells}). */
    public String cell() {
        return cell;
    }

    public String label() {
        return label;
    }

    /** Whether it holds an amount (the fee) rather than a count: the cell's type in the format. */
    public boolean isDecimal() {
        return ReportFormat.type(cell) == CellType.AMOUNT;
    }

    /**
     * The value typed, read as the format's cell type (RULES §2.2, §2.5 check 6; {@link CellType}): a non-negative
     * integer for a count, a non-negative amount with at most four decimal places for the fee in 万元; anything else is
     * refused naming the cell.
     */
    public BigDecimal parse(String typed) {
        try {
            return ReportFormat.type(cell).read(typed);
        } catch (CellType.Refused e) {
            throw new RuleViolation(name(), "“" + label + "”" + e.getMessage() + "。");
        }
    }
}
