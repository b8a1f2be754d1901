package org.gongkai.consultation;

/**
 * How pressing an unanswered inquiry is today: the unit is reminded when the answer period is nearly over; past it the
 * inquiry is late and on the supervising office's list; two months after receipt (the site inspection's deduction for
 * answers not updated in 2 months) it is escalated to the office; beyond three months it is the inspection's veto
 * (国办秘函〔2019〕19号: an effective message unanswered for more than 3 months).
 */
public enum InquiryUrgency {
    IN_TIME("办理中"),
    DUE_SOON("即将到期"),
    OVERDUE("已超期"),
    ESCALATED("超过2个月未答复，已提请督办"),
    VETO("超过3个月未答复（网站检查单项否决）");

    /** Working days left at which the unit is reminded. */
    static final int REMIND_AT = 3;

    private final String label;

    InquiryUrgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean late() {
        return ordinal() >= OVERDUE.ordinal();
    }
}
