package org.gongkai.consultation;

/** How a group of comments was taken up (意见采纳情况, 国务院令第713号 第十八、三十二条). */
public enum Adoption {
    ADOPTED("采纳"),
    PARTLY_ADOPTED("部分采纳"),
    NOT_ADOPTED("未采纳");

    private final String label;

    Adoption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
