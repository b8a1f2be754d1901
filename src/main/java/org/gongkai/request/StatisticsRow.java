package org.gongkai.request;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.WithholdingGround;

/**
 * The 25 data rows of the annual report's table 三 (国办公开办函〔2021〕30号; RULES §2.3), in order, with their labels
 * verbatim and the group they belong to. Results map one to one from {@link ReplyOutcome} (and, for 不予公开, the
 * {@link WithholdingGround}).
 */
public enum StatisticsRow {
    NEW_THIS_YEAR(null, "一、本年新收政府信息公开申请数量"),
    CARRIED_OVER(null, "二、上年结转政府信息公开申请数量"),
    DISCLOSED("三、本年度办理结果", "（一）予以公开"),
    PARTIALLY_DISCLOSED("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET("（三）不予公开", "1.属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW("（三）不予公开", "2.其他法律行政法规禁止公开"),
    WITHHELD_SECURITY_OR_STABILITY("（三）不予公开", "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY_RIGHTS("（三）不予公开", "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS("（三）不予公开", "5.属于三类内部事务信息"),
    WITHHELD_PROCESS_INFORMATION("（三）不予公开", "6.属于四类过程性信息"),
    WITHHELD_LAW_ENFORCEMENT_FILE("（三）不予公开", "7.属于行政执法案卷"),
    WITHHELD_ADMINISTRATIVE_INQUIRY("（三）不予公开", "8.属于行政查询事项"),
    UNAVAILABLE_NOT_HELD("（四）无法提供", "1.本机关不掌握相关政府信息"),
    UNAVAILABLE_REQUIRES_CREATION("（四）无法提供", "2.没有现成信息需要另行制作"),
    UNAVAILABLE_STILL_UNCLEAR("（四）无法提供", "3.补正后申请内容仍不明确"),
    NOT_PROCESSED_PETITION("（五）不予处理", "1.信访举报投诉类申请"),
    NOT_PROCESSED_DUPLICATE("（五）不予处理", "2.重复申请"),
    NOT_PROCESSED_PUBLICATION("（五）不予处理", "3.要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE("（五）不予处理", "4.无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_CORRECTION_LAPSED("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER("（六）其他处理", "3.其他"),
    TOTAL("三、本年度办理结果", "（七）总计"),
    CARRIED_FORWARD(null, "四、结转下年度继续办理");

    /** The rows that hold a result (（一）…（六）), whose sum is （七）总计. */
    public static final Set<StatisticsRow> RESULTS = EnumSet.range(DISCLOSED, OTHER);

    private final String group;
    private final String label;

    StatisticsRow(String group, String label) {
        this.group = group;
        this.label = label;
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** The result row of a concluded case. */
    public static StatisticsRow of(ReplyOutcome outcome, WithholdingGround ground) {
        if (outcome == ReplyOutcome.WITHHELD) {
            return values()[WITHHELD_STATE_SECRET.ordinal() + ground.ordinal()];
        }
        return valueOf(outcome.name());
    }
}
