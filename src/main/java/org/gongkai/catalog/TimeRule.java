package org.gongkai.catalog;

/**
 * One machine-readable part of a 公开时限 (RULES.md §3.5). {@code days} is set for the counted kinds,
 * {@code trigger} for what starts the count, {@code period} for periodic publication, and
 * {@code scope} when the part applies only to some of the item's information (e.g. "行政许可、行政处罚").
 */
public record TimeRule(Kind kind, Integer days, Trigger trigger, Period period, String scope) {

    public enum Kind {
        /** Within N working days of the trigger (国务院令第711号 第二十六条 sets 20 as the ceiling). */
        WITHIN_WORKING_DAYS,
        /** Within N calendar days of the trigger, e.g. 批准后20日内. */
        WITHIN_DAYS,
        /** 实时公开. */
        IMMEDIATE,
        /** 及时公开: promptly, bounded by 20 working days. */
        PROMPT,
        /** 按进展情况及时公开: each stage promptly. */
        AS_PROGRESS,
        /** Promptly after an event, e.g. 重大决策作出后及时公开. */
        AFTER_EVENT,
        /** 按年 / 按季度 / 按月 / 半年. */
        PERIODIC,
        /** 长期公开: kept published; a display period, not a deadline. */
        LONG_TERM,
        /** 公示N个工作日: how long a notice stays posted. */
        NOTICE_PERIOD
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
