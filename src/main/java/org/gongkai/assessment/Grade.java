package org.gongkai.assessment;

/** The grade of a total against the rubric's thresholds (default 85 and 70). */
public enum Grade {
    PASS("合格"),
    BASIC_PASS("基本合格"),
    FAIL("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The grade of {@code tenths} (a total in tenths of a point). */
    public static Grade of(long tenths, int passScore, int basicScore) {
        return tenths >= passScore * 10L ? PASS : tenths >= basicScore * 10L ? BASIC_PASS : FAIL;
    }
}
