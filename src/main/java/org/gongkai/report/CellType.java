package org.gongkai.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a figure of the report's tables may hold (RULES §2.2, §2.5 check 6, §2.6), and the one reader of a figure typed
 * by staff or read from an imported workbook: a count is a non-negative integer; a change (the legacy format's 本年增/减)
 * a signed integer; an amount in 万元 a non-negative decimal with at most four places. Nothing is rounded: a value that
 * is not of its type is refused with the reason, for the caller to name the cell.
 */
enum CellType {
    COUNT("不小于 0 的整数", "件"),
    CHANGE("整数（减少的填负数）", "项"),
    AMOUNT("不小于 0 的金额（最多四位小数）", "万元");

    /** No figure of a report is longer than this; BigDecimal would parse a huge one slowly. */
    private static final int MAX_LENGTH = 20;

    /** The largest count or amount accepted; a larger one is a typing mistake. */
    private static final BigDecimal MAX = new BigDecimal("999999999");

    private final String expected;
    private final String unit;

    CellType(String expected, String unit) {
        this.expected = expected;
        this.unit = unit;
    }

    /** What the cell should hold, in Chinese, e.g. "不小于 0 的整数". */
    String expected() {
        return expected;
    }

    /** The figure's unit as the format counts it: 件, 项 or 万元. */
    String unit() {
        return unit;
    }

    /** A figure the reader refused, with the reason in Chinese (without the cell's name). */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The figure as typed (thousands separators allowed), at the type's scale: 0 places for counts and changes, 4 for
     * amounts.
     */
    BigDecimal read(String typed) throws Refused {
        String t = typed == null ? "" : typed.strip().replace(",", "").replace("，", "");
        if (t.isEmpty()) {
            throw new Refused("未填写");
        }
        if (t.length() > MAX_LENGTH) {
            throw new Refused("过长（单位：" + unit + "），请核对");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Refused("须填写数字，“" + (t.length() > 12 ? t.substring(0, 12) + "…" : t) + "”不是数字");
        }
        if (v.signum() < 0 && this != CHANGE) {
            throw new Refused("不能为负数");
        }
        if (v.abs().compareTo(MAX) > 0) {
            throw new Refused("过大（单位：" + unit + "），请核对");
        }
        if (this == AMOUNT) {
            if (v.stripTrailingZeros().scale() > 4) {
                throw new Refused("以万元为单位，最多保留四位小数");
            }
            return v.setScale(4, RoundingMode.UNNECESSARY);
        }
        if (v.stripTrailingZeros().scale() > 0) {
            throw new Refused("须填写整数");
        }
        return v.setScale(0, RoundingMode.UNNECESSARY);
    }
}
