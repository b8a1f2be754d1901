package org.gongkai.information;

/** 有效性: when a document is amended, repealed or expires, the original is marked plainly (国办发〔2017〕47号). */
public enum Validity {
    EFFECTIVE("有效"),
    AMENDED("已修改"),
    EXPIRED("已失效"),
    REPEALED("已废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Amendment and repeal name the record that did it; expiry needs none. */
    public boolean needsRelatedRecord() {
        return this == AMENDED || this == REPEALED;
    }
}
