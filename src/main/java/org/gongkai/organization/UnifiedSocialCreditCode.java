package org.gongkai.organization;

import org.gongkai.shared.RuleViolation;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters except I, O, Z, S,
 * V; positions 3–8 are the 6-digit administrative division code; the 18th is a check character
 * computed modulo 31 with weights 3^i mod 31.
 */
public final class UnifiedSocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {}

    /** Returns the normalized code (upper case), or throws a message naming what is wrong. */
    public static String validate(String field, String raw) {
        String code = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 18) {
            throw new RuleViolation(field, "统一社会信用代码应为 18 位，当前为 " + code.length() + " 位，请核对。");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new RuleViolation(
                        field, "统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是有效字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）。");
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            throw new RuleViolation(field, "统一社会信用代码第 3 至 8 位应为行政区划代码（6 位数字），请核对。");
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            throw new RuleViolation(field, "统一社会信用代码校验位不正确（第 18 位应为“" + expected + "”），请核对是否抄错。");
        }
        return code;
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
