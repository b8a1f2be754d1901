package org.gongkai.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.shared.PersonalInformationFinding.Kind;

/**
 * Finds personal information in a text before it is signed off: 18-digit resident ID numbers (GB 11643),
 * mainland mobile numbers, bank card numbers and email addresses. An ID number whose check character is
 * wrong, or a card number that fails the Luhn check, is still reported, as suspected: a mistyped number
 * still identifies a person. Digit runs are matched whole, so a number inside a longer number is not
 * reported; a run reported as an ID number is not reported again as a card.
 *
 * <p>Every pattern runs in time linear in the text: each starts only where its run starts (a look-behind
 * refuses the middle of a run), every repetition is bounded (an e-mail local part at most 64 characters, a
 * domain label at most 63), and no quantifier nests an unbounded one. Overlaps are looked up in an ordered
 * map, not by scanning every earlier finding. Texts are scanned up to {@link #MAX_SCANNED} characters (the
 * body and an attachment's text are held below that).
 */
public final class PersonalInformationScanner {

    /** The most characters of one text that are scanned. */
    public static final int MAX_SCANNED = 2_000_000;

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    // a number inside a run of letters and digits (a hash, a code) is not a phone or a card number
    private static final Pattern MOBILE =
            Pattern.compile("(?<![0-9A-Za-z+])(?:\\+?86[- ]?)?1[3-9]\\d{9}(?![0-9A-Za-z])");
    private static final Pattern CARD = Pattern.compile("(?<![0-9A-Za-z])(?:\\d[ -]?){15,18}\\d(?![0-9A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])");

    private PersonalInformationScanner() {}

    public static List<PersonalInformationFinding> scan(String text) {
        List<PersonalInformationFinding> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        CharSequence scanned = text.length() > MAX_SCANNED ? text.subSequence(0, MAX_SCANNED) : text;
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        Matcher m = ID.matcher(scanned);
        while (m.find()) {
            String id = m.group();
            Kind kind = ResidentIdNumber.valid(id)
                    ? Kind.ID_NUMBER
                    : ResidentIdNumber.plausible(id) ? Kind.SUSPECTED_ID_NUMBER : null;
            if (kind != null) {
                add(
                        found,
                        taken,
                        new PersonalInformationFinding(
                                kind, m.start(), m.end(), id.substring(0, 6) + "********" + id.substring(14)));
            }
        }
        m = MOBILE.matcher(scanned);
        while (m.find()) {
            if (!overlaps(taken, m.start(), m.end())) {
                String digits = digits(m.group());
                String local = digits.substring(digits.length() - 11);
                add(
                        found,
                        taken,
                        new PersonalInformationFinding(
                                Kind.MOBILE_NUMBER,
                                m.start(),
                                m.end(),
                                local.substring(0, 3) + "****" + local.substring(7)));
            }
        }
        m = CARD.matcher(scanned);
        while (m.find()) {
            String digits = digits(m.group());
            if (overlaps(taken, m.start(), m.end()) || digits.length() < 16) {
                continue;
            }
            Kind kind = luhn(digits) ? Kind.BANK_CARD : cardPrefix(digits) ? Kind.SUSPECTED_BANK_CARD : null;
            if (kind != null) {
                add(
                        found,
                        taken,
                        new PersonalInformationFinding(
                                kind,
                                m.start(),
                                m.end(),
                                digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4)));
            }
        }
        m = EMAIL.matcher(scanned);
        while (m.find()) {
            String address = m.group();
            int at = address.indexOf('@');
            found.add(new PersonalInformationFinding(
                    Kind.EMAIL, m.start(), m.end(), address.charAt(0) + "***" + address.substring(at)));
        }
        found.sort(Comparator.comparingInt(PersonalInformationFinding::start));
        return found;
    }

    /** The text with every finding replaced by its masked form, built in one pass. */
    public static String mask(String text) {
        List<PersonalInformationFinding> findings = scan(text);
        if (findings.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (PersonalInformationFinding f : findings) {
            if (f.start() < from) {
                continue;
            }
            out.append(text, from, f.start()).append(f.masked());
            from = f.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Issuer prefixes of the cards held in China: UnionPay 62, Visa 4, Mastercard 5, JCB/Amex 3, older domestic 9. */
    private static boolean cardPrefix(String digits) {
        char first = digits.charAt(0);
        return digits.startsWith("62") || first == '4' || first == '5' || first == '3' || first == '9';
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

    private static String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void add(
            List<PersonalInformationFinding> found,
            TreeMap<Integer, Integer> taken,
            PersonalInformationFinding finding) {
        found.add(finding);
        taken.put(finding.start(), finding.end());
    }

    /** Whether [start, end) meets a span already taken; the taken spans never overlap each other. */
    private static boolean overlaps(TreeMap<Integer, Integer> taken, int start, int end) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        Map.Entry<Integer, Integer> after = taken.ceilingEntry(start);
        return after != null && after.getKey() < end;
    }
}
