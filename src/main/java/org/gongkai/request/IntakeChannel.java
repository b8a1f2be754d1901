package org.gongkai.request;

/**
 * How an application reached the agency, and the receipt date that follows from it (国务院令第711号 第三十一条). All
 * deadlines run from the receipt date.
 */
public enum IntakeChannel {
    ONLINE("网络（在线申请）", "双方确认之日：承办人确认收到申请的日期"),
    IN_PERSON("当面提交", "提交之日"),
    POST("邮寄（需签收）", "行政机关签收之日"),
    LETTER("平常信函（无需签收）", "与申请人确认之日：工作机构收到信函当日确认"),
    FAX("传真", "双方确认之日"),
    ORAL("口头提出（工作人员代为填写）", "提出申请并确认代填内容之日");

    private final String label;
    private final String receiptRule;

    IntakeChannel(String label, String receiptRule) {
        this.label = label;
        this.receiptRule = receiptRule;
    }

    public String label() {
        return label;
    }

    /** The rule of 第三十一条 for this channel, as the handler and the applicant read it. */
    public String receiptRule() {
        return receiptRule;
    }

    /** The channels a handler registers (the online form registers itself). */
    public static IntakeChannel[] registeredByStaff() {
        return new IntakeChannel[] {IN_PERSON, POST, LETTER, FAX, ORAL, ONLINE};
    }
}
