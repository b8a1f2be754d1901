package org.gongkai.report;

import java.math.BigDecimal;
import org.gongkai.information.AnnualFigures.DocumentCounts;

/**
 * Table 二 of the annual report (主动公开政府信息情况; RULES §2.2): 规章 and 行政规范性文件 issued, repealed and in force
 * (第二十条第（一）项), the decisions of 行政许可 (第（五）项), 行政处罚 and 行政强制 (第（六）项) — computed from the records
 * the unit published — and the 行政事业性收费 amount in 万元 (第（八）项), which the platform does not hold: null until
 * staff enter it.
 */
public record TableTwo(
        DocumentCounts regulations,
        DocumentCounts normativeDocuments,
        long licensingDecisions,
        long penaltyDecisions,
        long enforcementDecisions,
        BigDecimal feeAmount) {

    /** The integer cells in the format's order, for the checks. */
    long[] counts() {
        return new long[] {
            regulations.issued(),
            regulations.repealed(),
            regulations.effective(),
            normativeDocuments.issued(),
            normativeDocuments.repealed(),
            normativeDocuments.effective(),
            licensingDecisions,
            penaltyDecisions,
            enforcementDecisions
        };
    }
}
