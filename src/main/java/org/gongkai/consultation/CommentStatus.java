package org.gongkai.consultation;

/** A comment is read by staff before anything of it is public (moderation, issue 15 §4). */
public enum CommentStatus {
    PENDING("待审核"),
    PUBLISHED("已公开"),
    WITHHELD("不予公开");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
