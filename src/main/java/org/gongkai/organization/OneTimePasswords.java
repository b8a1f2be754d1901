package org.gongkai.organization;

import java.security.SecureRandom;

/** Random initial passwords that satisfy the complexity rule, shown once to the administrator. */
final class OneTimePasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%+=?";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String generate() {
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        char[] chars = new char[14];
        chars[0] = pick(UPPER);
        chars[1] = pick(LOWER);
        chars[2] = pick(DIGITS);
        chars[3] = pick(SYMBOLS);
        for (int i = 4; i < chars.length; i++) {
            chars[i] = pick(all);
        }
        for (int i = chars.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = chars[i];
            chars[i] = chars[j];
            chars[j] = t;
        }
        return new String(chars);
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
