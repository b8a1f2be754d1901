package org.gongkai.information;

/**
 * 公开属性, set when the information is drafted and approved with it (国办发〔2016〕80号 一(一)); anything
 * but 主动公开 needs a withholding ground and a written reason (国务院令第711号 第十四、十五、十六条).
 */
public enum DisclosureAttribute {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    WITHHELD("不予公开");

    private final String label;

    DisclosureAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
