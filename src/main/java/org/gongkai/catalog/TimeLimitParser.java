package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.catalog.TimeRule.Kind;
import org.gongkai.catalog.TimeRule.Period;
import org.gongkai.catalog.TimeRule.Trigger;

/**
 * Reads the 公开时限 phrases printed in county catalogs (RULES.md §3.5, AREA-GUIDELINES.md) into
 * {@link TimeRule}s. A phrase is split into clauses at ；。，; "其中…" and "X：…" give a clause its
 * scope; the legal proviso "法律、法规另有规定的，从其规定" is a note, not a rule. Any clause it cannot
 * read makes the whole phrase not understood.
 */
final class TimeLimitParser {

    static final int MAX_PHRASE = 500;

    private static final Pattern PROVISO = Pattern.compile("[^；;。]*另有规定的?[，,]?\\s*从其规定[。；;]?");
    private static final Pattern SPLIT = Pattern.compile("[；;。，,\\n]+");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*[（(]?\\d+[)）.、．]\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern WORKING_DAYS = Pattern.compile("(?<!\\d)(\\d{1,4})\\s*个?\\s*工作日");
    private static final Pattern CALENDAR_DAYS = Pattern.compile("(?<!\\d)(\\d{1,4})\\s*(?:个自然日|日|天)内");
    private static final Pattern WHEREOF = Pattern.compile("^其中(.+?)(?:事项)?(?:应|须|应当)?(?:自|在|于)");
    private static final Set<String> FILLER = Set.of("公开", "予以公开", "公示", "及时更新", "更新", "动态调整");

    private TimeLimitParser() {}

    static TimeLimit parse(String phrase) {
        String text = phrase == null ? "" : phrase.strip();
        if (text.isEmpty() || text.length() > MAX_PHRASE || text.equals("同上")) {
            return new TimeLimit(text, List.of(), false);
        }
        String body = PROVISO.matcher(text).replaceAll("；");
        List<TimeRule> rules = new ArrayList<>();
        boolean understood = true;
        for (String raw : SPLIT.split(body)) {
            String clause = NUMBERING.matcher(raw.strip()).replaceFirst("");
            clause = PARENTHESES.matcher(clause).replaceAll("").strip();
            if (clause.isEmpty() || FILLER.contains(clause)) {
                continue;
            }
            String scope = null;
            int colon = Math.max(clause.indexOf('：'), clause.indexOf(':'));
            if (colon > 0) {
                scope = clause.substring(0, colon).strip();
                clause = clause.substring(colon + 1).strip();
            } else {
                Matcher whereof = WHEREOF.matcher(clause);
                if (whereof.find()) {
                    scope = whereof.group(1).strip();
                }
            }
            TimeRule rule = clause(clause);
            if (rule == null) {
                understood = false;
            } else {
                rules.add(scope == null ? rule : rule.scoped(scope));
            }
        }
        return new TimeLimit(text, understood ? rules : List.of(), understood && !rules.isEmpty());
    }

    private static TimeRule clause(String c) {
        Matcher working = WORKING_DAYS.matcher(c);
        if (working.find()) {
            int days = Integer.parseInt(working.group(1));
            boolean notice = c.contains("公示")
                    && !c.substring(working.end()).startsWith("内")
                    && !c.contains("之日起")
                    && !c.contains("自");
            if (notice) {
                return new TimeRule(Kind.NOTICE_PERIOD, days, null, null, null);
            }
            return new TimeRule(Kind.WITHIN_WORKING_DAYS, days, trigger(c), null, null);
        }
        Matcher calendar = CALENDAR_DAYS.matcher(c);
        if (calendar.find()) {
            Trigger trigger = c.contains("批准") ? Trigger.APPROVED : trigger(c);
            return new TimeRule(Kind.WITHIN_DAYS, Integer.parseInt(calendar.group(1)), trigger, null, null);
        }
        if (c.contains("实时")) {
            return TimeRule.of(Kind.IMMEDIATE);
        }
        if (c.contains("按进展") || c.contains("根据进展") || c.contains("进展情况")) {
            return TimeRule.of(Kind.AS_PROGRESS);
        }
        if (c.matches(".*(作出|出台|印发|发布)后.*及时.*")) {
            return new TimeRule(Kind.AFTER_EVENT, null, Trigger.DECISION_MADE, null, null);
        }
        if (c.contains("及时")) {
            return TimeRule.of(Kind.PROMPT);
        }
        Period period = period(c);
        if (period != null) {
            return new TimeRule(Kind.PERIODIC, null, null, period, null);
        }
        if (c.contains("长期")) {
            return TimeRule.of(Kind.LONG_TERM);
        }
        return null;
    }

    private static Trigger trigger(String c) {
        if (c.contains("决定")) {
            return Trigger.DECISION_MADE;
        }
        if (c.contains("收到申请")) {
            return Trigger.REQUEST_RECEIVED;
        }
        if (c.contains("获取") || c.contains("制作")) {
            return Trigger.MADE_OR_OBTAINED;
        }
        if (c.contains("批准")) {
            return Trigger.APPROVED;
        }
        if (c.contains("变更")) {
            return Trigger.FORMED_OR_CHANGED;
        }
        if (c.contains("形成")) {
            return Trigger.FORMED;
        }
        return Trigger.FORMED_OR_CHANGED;
    }

    private static Period period(String c) {
        if (c.contains("半年")) {
            return Period.HALF_YEAR;
        }
        if (c.contains("季度") || c.contains("按季")) {
            return Period.QUARTER;
        }
        if (c.contains("按月") || c.contains("每月") || c.contains("月度")) {
            return Period.MONTH;
        }
        if (c.contains("按年") || c.contains("每年") || c.contains("年度")) {
            return Period.YEAR;
        }
        return null;
    }
}
