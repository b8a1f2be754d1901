package org.gongkai.shared;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * 查询码: 12 characters from 31 that are not confused when read aloud or copied by hand (no 0/O, 1/I/L), about 59
 * bits drawn from a secure random source, so a code cannot be guessed; the tracking page asks for the last four digits
 * of the phone number besides (requests); an inquiry is tracked by its number and code.
 */
public final class TrackingCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** What a person typed, as stored: without blanks and hyphens, upper case; null when it cannot be a code. */
    public static String normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return null;
            }
        }
        return code;
    }

    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
