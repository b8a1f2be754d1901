package org.gongkai.request;

/** Whom a case consults, and what silence means. */
public enum ConsultationKind {
    /** 第三十二条: a third party whose lawful rights disclosure may harm; silence leaves the decision to the agency. */
    THIRD_PARTY("第三方", "第三十二条", "第三方逾期未提出意见的，由行政机关依照条例规定决定是否公开"),
    /** 第三十四条: an agency that made the information jointly; silence counts as consent. */
    CO_PRODUCER("共同制作机关", "第三十四条", "被征求意见机关逾期未提出意见的，视为同意公开");

    private final String label;
    private final String article;
    private final String silence;

    ConsultationKind(String label, String article, String silence) {
        this.label = label;
        this.article = article;
        this.silence = silence;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }

    /** What a lapse without answer means, as the timeline records it. */
    public String silence() {
        return silence;
    }
}
