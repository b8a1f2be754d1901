package org.gongkai.consultation;

/** Where a consultation stands as stored; what the public sees of a published one is its {@link ConsultationPhase}. */
public enum ConsultationStatus {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    FEEDBACK_PUBLISHED("反馈已发布");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
