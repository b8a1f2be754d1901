package org.gongkai.request;

import java.time.LocalDate;

/**
 * 行政复议 or 行政诉讼 about a case (issue 11 §7): when it was filed and with whom, the route of a lawsuit (directly, or
 * after reconsideration), and its result once decided — the columns of table 四 (RULES §2.4).
 */
public record Remedy(
        long id,
        long requestId,
        Kind kind,
        Route route,
        LocalDate filedOn,
        String body,
        Result result,
        LocalDate decidedOn,
        String note,
        int version) {

    public enum Kind {
        RECONSIDERATION("行政复议"),
        LITIGATION("行政诉讼");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a lawsuit came: table 四 counts the two apart. */
    public enum Route {
        DIRECT("未经复议直接起诉"),
        AFTER_RECONSIDERATION("复议后起诉");

        private final String label;

        Route(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The result columns of table 四. */
    public enum Result {
        UPHELD("结果维持"),
        CORRECTED("结果纠正"),
        OTHER("其他结果"),
        PENDING("尚未审结");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The result as it stood on {@code day}: pending until the decision. */
    public Result resultOn(LocalDate day) {
        return decidedOn == null || decidedOn.isAfter(day) ? Result.PENDING : result;
    }
}
