package org.gongkai.request;

import org.gongkai.shared.RuleViolation;

/** The text a handler types into a step: stripped, required or not, never longer than its column (refused, not cut). */
final class Inputs {

    private Inputs() {}

    static String required(String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, missing);
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new RuleViolation(field, "内容过长：最多 " + max + " 个字符，当前 " + s.length() + " 个，请精简。");
        }
        return s;
    }

    static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max, null);
    }
}
