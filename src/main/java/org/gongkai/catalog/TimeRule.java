package org.gongkai.catalog;

import org.gongkai.shared.RuleViolation;

/**
 * One machine-readable part of a 公开时限 (RULES.md §3.5). {@code days} is set for the counted kinds,
 * {@code trigger} for what starts the count, {@code period} for periodic publication, and
 * {@code scope} when the part applies only to some of the item's information (e.g. "行政许可、行政处罚").
 */
public record TimeRule(Kind kind, Integer days, Trigger trigger, Period period, String scope) {

    public enum Kind {
        /** Within N working days of the trigger (国务院令第711号 第二十六条 sets 20 as the ceiling). */
        WITHIN_WORKING_DAYS("自起算之日起若干个工作日内"),
        /** Within N calendar days of the trigger, e.g. 批准后20日内. */
        WITHIN_DAYS("自起算之日起若干日内"),
        /** 实时公开. */
        IMMEDIATE("实时公开"),
        /** 及时公开: promptly, bounded by 20 working days. */
        PROMPT("及时公开"),
        /** 按进展情况及时公开: each stage promptly. */
        AS_PROGRESS("按进展情况及时公开"),
        /** Promptly after an event, e.g. 重大决策作出后及时公开. */
        AFTER_EVENT("某一事项发生后及时公开"),
        /** 按年 / 按季度 / 按月 / 半年. */
        PERIODIC("定期公开"),
        /** 长期公开: kept published; a display period, not a deadline. */
        LONG_TERM("长期公开"),
        /** 公示N个工作日: how long a notice stays posted. */
        NOTICE_PERIOD("公示若干个工作日");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean counted() {
            return this == WITHIN_WORKING_DAYS || this == WITHIN_DAYS || this == NOTICE_PERIOD;
        }

        boolean triggered() {
            return this == WITHIN_WORKING_DAYS || this == WITHIN_DAYS || this == AFTER_EVENT;
        }
    }

    public enum Trigger {
        FORMED_OR_CHANGED("信息形成或者变更之日"),
        FORMED("信息形成之日"),
        MADE_OR_OBTAINED("制作或者获取信息之日"),
        DECISION_MADE("作出决定之日"),
        APPROVED("批准之日"),
        REQUEST_RECEIVED("收到申请之日");

        private final String label;

        Trigger(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Period {
        MONTH("每月"),
        QUARTER("每季度"),
        HALF_YEAR("每半年"),
        YEAR("每年");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The longest notice period a rule set by hand may give (a year of working days). */
    public static final int MAX_NOTICE_DAYS = 250;

    /**
     * A rule an editor sets by hand for a phrase the parser cannot read, checked: a count needs its days, a deadline
     * its trigger, a periodic rule its period; and a deadline set by hand is within 第二十六条's 20 working days
     * (a longer one set by law is written into the phrase itself, which the parser reads).
     */
    public static TimeRule manual(Kind kind, Integer days, Trigger trigger, Period period) {
        if (kind == null) {
            throw new RuleViolation("kind", "请选择规则类型。");
        }
        if (kind.counted()) {
            int max = kind == Kind.NOTICE_PERIOD ? MAX_NOTICE_DAYS : 20;
            if (days == null || days < 1 || days > max) {
                throw new RuleViolation(
                        "days",
                        kind == Kind.NOTICE_PERIOD
                                ? "公示天数应为 1 至 " + max + " 个工作日。"
                                : "天数应为 1 至 20：《政府信息公开条例》第二十六条规定主动公开的政府信息应当自形成或者变更之日起"
                                        + " 20 个工作日内公开；法律、法规另有规定的，请把规定写进公开时限原文。");
            }
        }
        if (kind.triggered() && trigger == null) {
            throw new RuleViolation("trigger", "请选择从何时起算。");
        }
        if (kind == Kind.PERIODIC && period == null) {
            throw new RuleViolation("period", "请选择公开周期。");
        }
        return new TimeRule(
                kind,
                kind.counted() ? days : null,
                kind.triggered() ? trigger : null,
                kind == Kind.PERIODIC ? period : null,
                null);
    }

    /** The rule as stored with the item: {@code KIND|days|TRIGGER|PERIOD}. */
    String encode() {
        return kind.name() + "|" + (days == null ? "" : days) + "|" + (trigger == null ? "" : trigger.name()) + "|"
                + (period == null ? "" : period.name());
    }

    /** A stored rule read back; one that cannot be read is treated as absent (the item then shows it needs a rule). */
    static TimeRule decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        String[] parts = stored.split("\\|", -1);
        if (parts.length != 4) {
            return null;
        }
        try {
            return manual(
                    Kind.valueOf(parts[0]),
                    parts[1].isEmpty() ? null : Integer.valueOf(parts[1]),
                    parts[2].isEmpty() ? null : Trigger.valueOf(parts[2]),
                    parts[3].isEmpty() ? null : Period.valueOf(parts[3]));
        } catch (IllegalArgumentException | RuleViolation e) {
            return null;
        }
    }

    static TimeRule of(Kind kind) {
        return new TimeRule(kind, null, null, null, null);
    }

    TimeRule scoped(String newScope) {
        return new TimeRule(kind, days, trigger, period, newScope);
    }

    /** The rule in plain Chinese, for the editor to check against the printed phrase. */
    public String describe() {
        String text = switch (kind) {
            case WITHIN_WORKING_DAYS -> "自" + trigger.label() + "起 " + days + " 个工作日内";
            case WITHIN_DAYS -> "自" + trigger.label() + "起 " + days + " 日内";
            case IMMEDIATE -> "实时公开";
            case PROMPT -> "及时公开（不超过 20 个工作日）";
            case AS_PROGRESS -> "按进展情况及时公开";
            case AFTER_EVENT -> trigger.label() + "后及时公开";
            case PERIODIC -> period.label() + "公开";
            case LONG_TERM -> "长期公开";
            case NOTICE_PERIOD -> "公示 " + days + " 个工作日";
        };
        return scope == null ? text : scope + "：" + text;
    }
}
