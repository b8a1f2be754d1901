package org.gongkai.request;

import org.gongkai.shared.WithholdingGround;

/**
 * 办理结果: one value per result row of the annual report's table 三 (国办公开办函〔2021〕30号; RULES §2.3), with the
 * article of 国务院令第711号 that the row rests on. 不予公开 is one outcome with its {@link WithholdingGround}, which
 * picks the row.
 */
public enum ReplyOutcome {
    DISCLOSED("予以公开", null, "（一）予以公开", "第三十六条第（一）（二）项"),
    PARTIALLY_DISCLOSED("部分公开", null, "（二）部分公开", "第三十七条"),
    WITHHELD("不予公开", "（三）不予公开", null, "第三十六条第（三）项"),
    UNAVAILABLE_NOT_HELD("本机关不掌握相关政府信息", "（四）无法提供", "1.本机关不掌握相关政府信息", "第三十六条第（四）（五）项"),
    UNAVAILABLE_REQUIRES_CREATION("没有现成信息需要另行制作", "（四）无法提供", "2.没有现成信息需要另行制作", "第三十八条"),
    UNAVAILABLE_STILL_UNCLEAR("补正后申请内容仍不明确", "（四）无法提供", "3.补正后申请内容仍不明确", "第三十条"),
    NOT_PROCESSED_PETITION("信访举报投诉类申请", "（五）不予处理", "1.信访举报投诉类申请", "第三十九条第一款"),
    NOT_PROCESSED_DUPLICATE("重复申请", "（五）不予处理", "2.重复申请", "第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION("要求提供公开出版物", "（五）不予处理", "3.要求提供公开出版物", "第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE("无正当理由大量反复申请", "（五）不予处理", "4.无正当理由大量反复申请", "第三十五条"),
    NOT_PROCESSED_CONFIRMATION("要求行政机关确认或重新出具已获取信息", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", "第三十六条、第三十九条"),
    OTHER_CORRECTION_LAPSED("申请人无正当理由逾期不补正", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    OTHER_FEE_UNPAID("申请人逾期未按收费通知要求缴纳费用", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "国办函〔2020〕109号"),
    OTHER("其他处理", "（六）其他处理", "3.其他", null);

    private final String label;
    private final String group;
    private final String row;
    private final String article;

    ReplyOutcome(String label, String group, String row, String article) {
        this.label = label;
        this.group = group;
        this.row = row;
        this.article = article;
    }

    public String label() {
        return label;
    }

    /** The group label of table 三 (（三）…（六）), or null for the rows that stand alone. */
    public String group() {
        return group;
    }

    /** The row label of table 三, verbatim; for {@link #WITHHELD} the row comes from the ground. */
    public String row(WithholdingGround ground) {
        if (this == WITHHELD) {
            return (ground.ordinal() + 1) + "." + ground.label();
        }
        return row;
    }

    /** The article of 国务院令第711号 (or the 109号 document) the outcome rests on, or null. */
    public String article() {
        return article;
    }

    /** Needs a withholding ground (不予公开) — and only this outcome takes one. */
    public boolean needsGround() {
        return this == WITHHELD;
    }

    /** Gives or points to information, so the reply must say what and where. */
    public boolean providesInformation() {
        return this == DISCLOSED || this == PARTIALLY_DISCLOSED;
    }

    /** Ends the case without a reply on the merits, by a lapse the clock found (第三十条, 109号). */
    public boolean isLapse() {
        return this == OTHER_CORRECTION_LAPSED || this == OTHER_FEE_UNPAID;
    }
}
