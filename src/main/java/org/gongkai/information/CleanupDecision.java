package org.gongkai.information;

/** What a unit decides for a record in a cleanup round (第十八条). */
public enum CleanupDecision {
    KEEP("继续有效（保留）"),
    AMEND("拟修改"),
    EXPIRE("宣布失效"),
    REPEAL("废止"),
    STILL_WITHHELD("仍不公开"),
    DISCLOSE("现可公开");

    private final String label;

    CleanupDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Decisions that fit effective normative documents, or records not disclosed. */
    public boolean fits(CleanupScope scope) {
        return scope == CleanupScope.NORMATIVE
                ? this != STILL_WITHHELD && this != DISCLOSE
                : this == STILL_WITHHELD || this == DISCLOSE;
    }

    public enum CleanupScope {
        NORMATIVE("现行有效的规章和行政规范性文件"),
        WITHHELD("未公开的政府信息");

        private final String label;

        CleanupScope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
