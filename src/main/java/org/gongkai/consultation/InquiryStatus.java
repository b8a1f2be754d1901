package org.gongkai.consultation;

/** Where an inquiry (咨询建言) stands: waiting for the unit's answer, answered, or closed as not an effective message. */
public enum InquiryStatus {
    RECEIVED("待答复"),
    ANSWERED("已答复"),
    INVALID("无效留言");

    private final String label;

    InquiryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
