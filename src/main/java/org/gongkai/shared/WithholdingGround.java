package org.gongkai.shared;

/**
 * 不予公开理由: the grounds of 国务院令第711号 第十四、十五、十六条, with the labels of the annual
 * report's table 三. Shared vocabulary: the negative list, the disclosure attribute of a record, the
 * replies to requests and the annual report all use it.
 */
public enum WithholdingGround {
    STATE_SECRET("属于国家秘密", "第十四条"),
    PROHIBITED_BY_LAW("其他法律行政法规禁止公开", "第十四条"),
    ENDANGERS_SECURITY_OR_STABILITY("危及“三安全一稳定”", "第十四条"),
    THIRD_PARTY_RIGHTS("保护第三方合法权益", "第十五条"),
    INTERNAL_AFFAIRS("属于三类内部事务信息", "第十六条第一款"),
    PROCESS_INFORMATION("属于四类过程性信息", "第十六条第二款"),
    LAW_ENFORCEMENT_FILE("属于行政执法案卷", "第十六条第二款"),
    ADMINISTRATIVE_INQUIRY("属于行政查询事项", null);

    private final String label;
    private final String article;

    WithholdingGround(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    /** The article of 国务院令第711号, or null where the ground has none. */
    public String article() {
        return article;
    }

    public String labelWithArticle() {
        return article == null ? label : label + "（《中华人民共和国政府信息公开条例》" + article + "）";
    }
}
