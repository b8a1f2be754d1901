package org.gongkai.organization;

import org.gongkai.shared.RuleViolation;

/**
 * The security administrator's password policy. Complexity is fixed at three of four character classes
 * (upper case, lower case, digits, symbols); the minimum length may be raised but never below 8.
 */
public record PasswordPolicy(int minLength, int maxAgeDays, int lockoutThreshold, int lockoutMinutes, int version) {

    public static final int FLOOR_LENGTH = 8;

    public void checkValues() {
        if (minLength < FLOOR_LENGTH || minLength > 64) {
            throw new RuleViolation("minLength", "密码最小长度须在 8 到 64 之间。");
        }
        if (maxAgeDays < 0 || maxAgeDays > 3650) {
            throw new RuleViolation("maxAgeDays", "密码有效期须在 0（不过期）到 3650 天之间。");
        }
        if (lockoutThreshold < 1 || lockoutThreshold > 20) {
            throw new RuleViolation("lockoutThreshold", "连续失败锁定次数须在 1 到 20 之间。");
        }
        if (lockoutMinutes < 1 || lockoutMinutes > 1440) {
            throw new RuleViolation("lockoutMinutes", "锁定时长须在 1 到 1440 分钟之间。");
        }
    }

    /** Throws a message that says what the password lacks. */
    public void checkPassword(String field, String password, String username) {
        if (password == null || password.length() < minLength) {
            throw new RuleViolation(field, "密码至少 " + minLength + " 位。");
        }
        if (password.length() > 128) {
            throw new RuleViolation(field, "密码最多 128 位。");
        }
        int classes = 0;
        classes += password.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? 1 : 0;
        classes += password.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0;
        classes += password.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            throw new RuleViolation(field, "密码须包含大写字母、小写字母、数字、符号中的至少三类。");
        }
        if (username != null
                && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            throw new RuleViolation(field, "密码不能包含登录名。");
        }
    }
}
