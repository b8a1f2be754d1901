package org.gongkai.request;

import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.WithholdingGround;

/**
 * A reply as the handler drafts it: exactly one outcome of table 三 (国办公开办函〔2021〕30号), with what the law asks of
 * that outcome — the ground and the reasons of a refusal (第三十六条第（三）项), what is provided and how of a disclosure
 * (第（一）（二）项), both for a partial one (第三十七条), the responsible agency when another holds the information
 * (第（五）项). {@link #checked()} refuses a draft that contradicts itself, field by field.
 *
 * @param outcome the result row
 * @param ground the withholding ground of 第十四至十六条 (不予公开, and the withheld part of 部分公开)
 * @param reason the reasons the notice states
 * @param provided what is provided, or where, how and when it can be obtained
 * @param responsibleAgency the agency that holds the information, when known (第三十六条第（五）项)
 * @param responsibleContact its contact details
 */
public record ReplyDraft(
        ReplyOutcome outcome,
        WithholdingGround ground,
        String reason,
        String provided,
        String responsibleAgency,
        String responsibleContact)
        implements java.io.Serializable {

    public ReplyDraft checked() {
        InvalidFields.Collector errors = new InvalidFields.Collector();
        String cleanReason = errors.text("reason", reason, 4000);
        String cleanProvided = errors.text("provided", provided, 4000);
        String cleanAgency = errors.text("responsibleAgency", responsibleAgency, 200);
        String cleanContact = errors.text("responsibleContact", responsibleContact, 300);
        if (outcome == null) {
            errors.add("outcome", "请选择办理结果（与年度报告表三的结果一一对应）。");
            errors.throwIfAny();
        }
        if (outcome.isLapse()) {
            errors.add("outcome", "“" + outcome.label() + "”由逾期登记产生，不能作为答复的办理结果。");
        }
        boolean takesGround = outcome == ReplyOutcome.WITHHELD || outcome == ReplyOutcome.PARTIALLY_DISCLOSED;
        if (takesGround && ground == null) {
            errors.add(
                    "ground",
                    outcome == ReplyOutcome.WITHHELD
                            ? "不予公开的，请选择不予公开的理由（第十四至十六条），并说明理由（第三十六条第（三）项）。"
                            : "部分公开的，请选择不予公开部分的理由（第三十七条）。");
        }
        if (!takesGround && ground != null) {
            errors.add("ground", "只有“不予公开”和“部分公开”需要选择不予公开的理由；“" + outcome.label() + "”请不要选择。");
        }
        if (outcome.providesInformation() && cleanProvided == null) {
            errors.add("provided", "“" + outcome.label() + "”的，请写明提供的信息，或者获取该信息的方式、途径和时间（第三十六条第（一）（二）项）。");
        }
        if (!outcome.providesInformation() && cleanProvided != null) {
            errors.add("provided", "“" + outcome.label() + "”不提供信息，请清空“提供的信息”。");
        }
        if (outcome != ReplyOutcome.DISCLOSED && cleanReason == null) {
            errors.add("reason", "请写明理由，答复书将告知申请人（第三十六条）。");
        }
        if (cleanAgency != null && outcome != ReplyOutcome.UNAVAILABLE_NOT_HELD) {
            errors.add("responsibleAgency", "只有“本机关不掌握相关政府信息”时才告知负责公开的行政机关（第三十六条第（五）项）。");
        }
        if (cleanAgency != null && cleanContact == null) {
            errors.add("responsibleContact", "告知负责公开该信息的行政机关的，请一并告知其联系方式（第三十六条第（五）项）。");
        }
        errors.throwIfAny();
        return new ReplyDraft(outcome, ground, cleanReason, cleanProvided, cleanAgency, cleanContact);
    }
}
