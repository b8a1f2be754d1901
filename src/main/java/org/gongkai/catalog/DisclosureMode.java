package org.gongkai.catalog;

/** 公开方式. */
public enum DisclosureMode {
    PROACTIVE("主动"),
    ON_REQUEST("依申请");

    private final String label;

    DisclosureMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
