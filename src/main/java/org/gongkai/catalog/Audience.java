package org.gongkai.catalog;

/** 公开对象. */
public enum Audience {
    PUBLIC("全社会"),
    SPECIFIC_GROUP("特定群体");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
