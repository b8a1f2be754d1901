package org.gongkai.catalog;

/** 目录调整 types. ADDED, CHANGED, CANCELLED and RETAINED follow from the difference between versions;
 * TAKEN_OVER (承接, an added item taken over from another body) and DELEGATED (下放, a cancelled item
 * handed down) are the editor's reading of an addition or a cancellation. */
public enum AdjustmentKind {
    ADDED("新增"),
    CHANGED("调整"),
    CANCELLED("取消"),
    TAKEN_OVER("承接"),
    DELEGATED("下放"),
    RETAINED("保留");

    private final String label;

    AdjustmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
