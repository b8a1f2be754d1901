package org.gongkai.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character 公民身份号码 of GB 11643-1999: a 6-digit address code, the birth date (8 digits), a 3-digit
 * sequence and a check character (the weighted sum of the first 17 digits modulo 11, 10 written X). Used by the
 * personal-information scan and by the forms that ask for an ID number.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {}

    /** A number whose check character and birth date are right. */
    public static boolean valid(String id) {
        return plausible(id) && Character.toUpperCase(id.charAt(17)) == expectedCheck(id);
    }

    /**
     * Shaped like an ID number whatever its check character: a province code (1–8), then a birth date of the 19th to
     * 21st century that exists. An order number or a 统一社会信用代码 of digits rarely is.
     */
    public static boolean plausible(String id) {
        if (id == null || id.length() != 18 || id.charAt(0) < '1' || id.charAt(0) > '8') {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return birthDate(id) != null;
    }

    /** Checks a number a person typed and says exactly what is wrong with it. */
    public static void check(String field, String id) {
        if (id.length() != 18) {
            throw new RuleViolation(field, "居民身份证号码应为 18 位，当前为 " + id.length() + " 位，请核对。");
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                throw new RuleViolation(field, "居民身份证号码前 17 位应为数字，第 " + (i + 1) + " 位不是，请核对。");
            }
        }
        char last = Character.toUpperCase(id.charAt(17));
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new RuleViolation(field, "居民身份证号码第 18 位应为数字或 X，请核对。");
        }
        if (id.charAt(0) < '1' || id.charAt(0) > '8' || birthDate(id) == null) {
            throw new RuleViolation(field, "居民身份证号码第 7 至 14 位的出生日期 " + id.substring(6, 14) + " 不是有效日期，请核对。");
        }
        char expected = expectedCheck(id);
        if (last != expected) {
            throw new RuleViolation(field, "居民身份证号码校验位不正确（按 GB 11643，第 18 位应为“" + expected + "”），请核对是否抄错。");
        }
    }

    /** The check character for the first 17 digits (demo and test data make valid numbers with it). */
    public static char checkCharacter(String first17) {
        return expectedCheck(first17);
    }

    private static char expectedCheck(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static LocalDate birthDate(String id) {
        int year = Integer.parseInt(id.substring(6, 10));
        if (year < 1900 || year > 2099) {
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
