package org.gongkai.shared;

/** Small text helpers for user input. */
public final class Texts {

    private Texts() {}

    /** Trims the value; blank becomes null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static boolean isBlank(String value) {
        return clean(value) == null;
    }
}
