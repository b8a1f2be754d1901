package org.gongkai.catalog;

import java.util.List;

/**
 * 公开时限: the phrase as printed in the catalog, and the rules parsed from it. A phrase the parser
 * cannot read keeps no rules and {@code understood} false: the editor is shown that it needs a rule;
 * nothing is silently replaced by a default.
 */
public record TimeLimit(String phrase, List<TimeRule> rules, boolean understood) {

    public TimeLimit {
        rules = List.copyOf(rules);
    }

    public static TimeLimit parse(String phrase) {
        return TimeLimitParser.parse(phrase);
    }

    public String describe() {
        if (!understood) {
            return "未能识别，需人工设定规则";
        }
        return String.join("；", rules.stream().map(TimeRule::describe).toList());
    }
}
