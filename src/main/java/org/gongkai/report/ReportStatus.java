package org.gongkai.report;

/**
 * Where an annual report edition stands: drafted by the unit, submitted for review, approved by the unit's signer,
 * published, or superseded by a published correction (which keeps it readable).
 */
public enum ReportStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    APPROVED("已审核待发布"),
    PUBLISHED("已发布"),
    SUPERSEDED("已被更正");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the public reads this edition: the published one, and a superseded one as the earlier version. */
    public boolean isPublic() {
        return this == PUBLISHED || this == SUPERSEDED;
    }
}
