package org.gongkai.catalog;

/**
 * Where a catalog version stands. 先审后发: DRAFT → SUBMITTED (reviewed step by step) → REVIEWED →
 * PUBLISHED; a reviewer may return it (RETURNED, editable again). Publishing a new version makes the
 * previous published one SUPERSEDED.
 */
public enum CatalogStatus {
    DRAFT("草稿"),
    SUBMITTED("审核中"),
    RETURNED("已退回"),
    REVIEWED("已审核待发布"),
    PUBLISHED("已发布"),
    SUPERSEDED("已被新版本替代");

    private final String label;

    CatalogStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
