package org.gongkai.consultation;

/** Where a hearing (听证) stands: drafted, announced, its participants published, its record published. */
public enum HearingStatus {
    DRAFT("草稿"),
    ANNOUNCED("已公告"),
    PARTICIPANTS_PUBLISHED("参加人已公布"),
    RECORD_PUBLISHED("听证记录已公布");

    private final String label;

    HearingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
