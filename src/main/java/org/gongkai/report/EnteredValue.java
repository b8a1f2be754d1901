package org.gongkai.report;

import java.math.BigDecimal;
import java.time.Instant;

/** A cell of table 二 staff entered in a report, with the source it was taken from and who entered it when. */
public record EnteredValue(
        EnteredCell cell, BigDecimal amount, String sourceNote, String enteredBy, Instant enteredAt) {

    /** The amount as the report prints it: a count without decimals, the fee without trailing zeros. */
    public String display() {
        return cell.isDecimal()
                ? amount.stripTrailingZeros().toPlainString()
                : amount.toBigInteger().toString();
    }
}
