package org.gongkai.information;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.organization.Organization;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * 索引号, assigned at publication from the unit's pattern (RULES.md §4.3). Default
 * {@code {org}/{yyyy}-{nnnnn}}: the 9-character 组织机构代码 (positions 9–17 of the 统一社会信用代码), the year
 * and a sequence per unit and year. Numbers come from a locked sequence row and the column is unique, so a
 * number is never given twice, and a withdrawn record keeps its number.
 */
@Component
class IndexNumbers {

    static final String DEFAULT_PATTERN = "{org}/{yyyy}-{nnnnn}";
    private static final Pattern TOKEN = Pattern.compile("\\{(org|credit|yyyy|mm|n+)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9/_.\\-]*");

    private final InformationRepository records;
    private final SettingsRepository settings;

    IndexNumbers(InformationRepository records, SettingsRepository settings) {
        this.records = records;
        this.settings = settings;
    }

    /** Checks a pattern an office wants to use; the message says what to fix. */
    static String validate(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new RuleViolation("indexPattern", "请填写索引号规则，例如 {org}/{yyyy}-{nnnnn}。");
        }
        String p = pattern.strip();
        if (p.length() > 60) {
            throw new RuleViolation("indexPattern", "索引号规则不能超过 60 个字符。");
        }
        if (!p.contains("{yyyy}") || !Pattern.compile("\\{n{3,}}").matcher(p).find()) {
            throw new RuleViolation("indexPattern", "索引号规则必须包含年份 {yyyy} 和至少三位的流水号（如 {nnnnn}），否则编号会重复。");
        }
        String literal = TOKEN.matcher(p).replaceAll("");
        if (!LITERAL.matcher(literal).matches()) {
            throw new RuleViolation("indexPattern", "索引号规则中除占位符外只能使用字母、数字和 / - _ . 这些符号。");
        }
        return p;
    }

    String next(Organization organization, LocalDate day) {
        String stored = settings.indexPattern(organization.id());
        String pattern = stored == null ? DEFAULT_PATTERN : stored;
        while (true) {
            int sequence = settings.nextSequence(organization.id(), day.getYear());
            String number = format(pattern, organization, day, sequence);
            if (!records.indexNumberTaken(number)) {
                return number;
            }
        }
    }

    String pattern(long organizationId) {
        String stored = settings.indexPattern(organizationId);
        return stored == null ? DEFAULT_PATTERN : stored;
    }

    static String format(String pattern, Organization organization, LocalDate day, int sequence) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value = switch (token) {
                case "org" -> organizationCode(organization);
                case "credit" ->
                    organization.creditCode() == null ? organizationCode(organization) : organization.creditCode();
                case "yyyy" -> String.valueOf(day.getYear());
                case "mm" -> String.format("%02d", day.getMonthValue());
                default -> String.format("%0" + token.length() + "d", sequence);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The 组织机构代码 inside the credit code; a unit without one is numbered by its platform id. */
    static String organizationCode(Organization organization) {
        String credit = organization.creditCode();
        if (credit != null && credit.length() == 18) {
            return credit.substring(8, 17);
        }
        return String.format("GK%07d", organization.id());
    }
}
