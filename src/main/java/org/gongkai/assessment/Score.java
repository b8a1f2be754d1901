package org.gongkai.assessment;

/** Scores are kept in tenths of a point (no floating point): 54 is 5.4 points. */
public final class Score {

    private Score() {}

    /** As a score reads: 57.5, 6, 0. */
    public static String format(long tenths) {
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + Math.abs(tenths % 10);
    }
}
