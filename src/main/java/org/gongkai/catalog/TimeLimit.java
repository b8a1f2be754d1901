package org.gongkai.catalog;

import java.util.List;

/**
 * 公开时限: the phrase as printed in the catalog, and the rules parsed from it. A phrase the parser
 * cannot read keeps no rules and {@code understood} false: the editor is shown that it needs a rule;
 * nothing is silently replaced by a default. The editor may then set the rule by hand ({@code manual}).
 */
public record TimeLimit(String phrase, List<TimeRule> rules, boolean understood, boolean manual) {

    public TimeLimit {
        rules = List.copyOf(rules);
    }

    TimeLimit(String phrase, List<TimeRule> rules, boolean understood) {
        this(phrase, rules, understood, false);
    }

    public static TimeLimit parse(String phrase) {
        return TimeLimitParser.parse(phrase);
    }

    /**
     * The phrase with the rule an editor set by hand, if any: the parser's reading wins when it can read the
     * phrase, so a rule set by hand only ever fills a gap.
     */
    static TimeLimit of(String phrase, String manualRule) {
        TimeLimit parsed = parse(phrase);
        TimeRule rule = TimeRule.decode(manualRule);
        if (parsed.understood() || rule == null) {
            return parsed;
        }
        return new TimeLimit(parsed.phrase(), List.of(rule), true, true);
    }

    public String describe() {
        if (!understood) {
            return "未能识别，需人工设定规则";
        }
        String rules =
                String.join("；", this.rules.stream().map(TimeRule::describe).toList());
        return manual ? rules + "（人工设定）" : rules;
    }
}
