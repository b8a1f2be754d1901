package org.gongkai.request;

/** Where a case stands (申请登记 → 审核 → 办理 → 答复 → 归档, 第四十五条). */
public enum RequestStatus {
    /** Sent through the online form; the clock starts when the handler confirms receipt (第三十一条). */
    SUBMITTED("待确认收到"),
    HANDLING("办理中"),
    /** A correction notice went out; the reply period starts again when the correction is received (第三十条). */
    AWAITING_CORRECTION("待补正"),
    /** A fee notice went out; the clock stops until payment or waiver (国办函〔2020〕109号). */
    AWAITING_FEE("待缴费"),
    /** A reply is drafted and waits for a second person of the unit to approve it. */
    REPLY_IN_REVIEW("答复待审核"),
    REPLY_APPROVED("答复已审核，待送达"),
    /** Replied or ended (a lapse, a withdrawal); counted in table 三 in the year of this date. */
    CONCLUDED("已办结"),
    ARCHIVED("已归档");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statutory reply period runs (or is paused for a consultation) in these states. */
    public boolean isOpen() {
        return this != CONCLUDED && this != ARCHIVED;
    }
}
