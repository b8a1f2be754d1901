package org.gongkai.consultation;

/** The ways of hearing opinions a decision catalog plans for an item (国务院令第713号 第十四条 to 第二十五条). */
public enum Participation {
    PUBLIC_CONSULTATION("公开征求意见"),
    HEARING("听证"),
    EXPERT_REVIEW("专家论证"),
    RISK_ASSESSMENT("风险评估"),
    LEGALITY_REVIEW("合法性审查");

    private final String label;

    Participation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
