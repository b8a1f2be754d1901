package org.gongkai.request;

/**
 * What happened to a case, in the words of its timeline. The clock is recomputed from these alone
 * ({@link RequestClock}); each names the article it rests on where it moves the clock.
 */
public enum TimelineKind {
    SUBMITTED("申请人在线提交申请"),
    REGISTERED("登记申请"),
    RECEIPT_CONFIRMED("确认收到申请（第三十一条）"),
    ASSIGNED("指定承办人"),
    CORRECTION_REQUESTED("发出补正告知（第三十条）"),
    CORRECTED("收到补正材料，答复期限重新起算（第三十条）"),
    CORRECTION_LAPSED("逾期未补正，视为放弃申请（第三十条）"),
    CONSULTATION_OPENED("发出征求意见函，暂停计时（第三十二、三十四条）"),
    CONSULTATION_ANSWERED("收到征求意见答复，恢复计时"),
    CONSULTATION_LAPSED("征求意见期满未答复，恢复计时（第三十二、三十四条）"),
    EXTENDED("延期答复（第三十三条第二款）"),
    FEE_NOTIFIED("发出收费通知，暂停计时（国办函〔2020〕109号）"),
    FEE_PAID("缴纳信息处理费，恢复计时"),
    FEE_WAIVED("减免信息处理费，恢复计时"),
    FEE_LAPSED("逾期未缴费，视为放弃申请"),
    TRANSFERRED("转本级政府其他部门办理"),
    REPLY_SUBMITTED("答复稿提交审核"),
    REPLY_RETURNED("答复稿退回修改"),
    REPLY_APPROVED("答复审核通过"),
    REPLY_SENT("作出答复"),
    DELIVERED("答复已送达"),
    WITHDRAWN("申请人撤回申请"),
    ARCHIVED("归档");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
