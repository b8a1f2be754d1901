package org.gongkai.information;

/**
 * Where the working copy of a record stands: drafted and submitted by an editor, cleared by the secrecy
 * reviewer (保密审查, 第十七条), signed off by the signer, then published (now or at a scheduled time) or,
 * for information not disclosed proactively, filed. Published information stays public while a
 * correction of it goes through the same steps.
 */
public enum RecordStatus {
    DRAFT("草稿"),
    RETURNED("已退回"),
    SUBMITTED("待保密审查"),
    CLEARED("待签发"),
    SCHEDULED("待定时发布"),
    PUBLISHED("已发布"),
    FILED("已签发（不主动公开）"),
    WITHDRAWN("已撤回");

    private final String label;

    RecordStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
