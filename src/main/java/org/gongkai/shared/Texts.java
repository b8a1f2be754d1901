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

    /**
     * What a user typed into a field of at most {@code max} characters, trimmed, blank as null; longer is refused with
     * the count, never cut.
     */
    public static String optional(String field, String value, int max, String label) {
        String clean = clean(value);
        if (clean != null && clean.length() > max) {
            throw new RuleViolation(field, label + "不能超过 " + max + " 字（现为 " + clean.length() + " 字）。");
        }
        return clean;
    }

    /** As {@link #optional}, and a blank value refused with “请填写…”. */
    public static String required(String field, String value, int max, String label) {
        String clean = optional(field, value, max, label);
        if (clean == null) {
            throw new RuleViolation(field, "请填写" + label + "。");
        }
        return clean;
    }

    public static String text(String field, String value, int max, String label, boolean required) {
        return required ? required(field, value, max, label) : optional(field, value, max, label);
    }
}
