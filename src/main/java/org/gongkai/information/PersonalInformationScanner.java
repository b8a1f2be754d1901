package org.gongkai.information;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.information.PersonalInformationFinding.Kind;

/**
 * Finds personal information in a text before it is signed off: 18-digit resident ID numbers whose
 * check character is valid (GB 11643), mainland mobile numbers, bank card numbers that pass the Luhn
 * check, and email addresses. Digit runs are matched whole, so a number inside a longer number is not
 * reported; a run that is a valid ID number is not reported again as a card.
 */
public final class PersonalInformationScanner {

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d{9}(?!\\d)");
    private static final Pattern CARD = Pattern.compile("(?<!\\d)(?:\\d[ -]?){15,18}\\d(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalInformationScanner() {
    }

    public static List<PersonalInformationFinding> scan(String text) {
        List<PersonalInformationFinding> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = ID.matcher(text);
        while (m.find()) {
            if (validIdNumber(m.group())) {
                found.add(new PersonalInformationFinding(Kind.ID_NUMBER, m.start(), m.end(),
                        m.group().substring(0, 6) + "********" + m.group().substring(14)));
            }
        }
        m = MOBILE.matcher(text);
        while (m.find()) {
            if (!overlaps(found, m.start(), m.end())) {
                String digits = m.group().replaceAll("\\D", "");
                String local = digits.substring(digits.length() - 11);
                found.add(new PersonalInformationFinding(Kind.MOBILE_NUMBER, m.start(), m.end(),
                        local.substring(0, 3) + "****" + local.substring(7)));
            }
        }
        m = CARD.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (!overlaps(found, m.start(), m.end()) && digits.length() >= 16 && digits.length() <= 19 && luhn(digits)) {
                found.add(new PersonalInformationFinding(Kind.BANK_CARD, m.start(), m.end(),
                        digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4)));
            }
        }
        m = EMAIL.matcher(text);
        while (m.find()) {
            String local = m.group().substring(0, m.group().indexOf('@'));
            found.add(new PersonalInformationFinding(Kind.EMAIL, m.start(), m.end(),
                    local.charAt(0) + "***" + m.group().substring(m.group().indexOf('@'))));
        }
        found.sort(Comparator.comparingInt(PersonalInformationFinding::start));
        return found;
    }

    /** The text with every finding replaced by its masked form. */
    public static String mask(String text) {
        StringBuilder out = new StringBuilder(text);
        List<PersonalInformationFinding> findings = scan(text);
        for (int i = findings.size() - 1; i >= 0; i--) {
            PersonalInformationFinding f = findings.get(i);
            out.replace(f.start(), f.end(), f.masked());
        }
        return out.toString();
    }

    /** GB 11643: weighted sum of the first 17 digits mod 11 gives the check character. */
    static boolean validIdNumber(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        char check = Character.toUpperCase(id.charAt(17));
        if (check != ID_CHECK.charAt(sum % 11)) {
            return false;
        }
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static boolean overlaps(List<PersonalInformationFinding> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.end() && f.start() < end);
    }
}
