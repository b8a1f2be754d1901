package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.WithholdingGround;

/**
 * Composes the letters of a case from its file, with the articles of 国务院令第711号 they rest on: the reply under
 * 第三十六条's seven types (and 第三十七条's partial disclosure), the correction notice (第三十条), the extension notice
 * (第三十三条第二款), the fee notice (国办函〔2020〕109号) and the consultation letter (第三十二、三十四条, which names
 * nothing of the applicant). Every reply ends with the remedies: 行政复议 within 60 days, 行政诉讼 within 6 months.
 */
final class Notices {

    static final String REGULATION = "《中华人民共和国政府信息公开条例》";

    private Notices() {}

    static Notice reply(RequestCase c, List<Application.Item> items, ReplyDraft d, String unit, LocalDate date) {
        List<String> p = new ArrayList<>();
        p.add(received(c, items));
        String ground = d.ground() == null ? null : groundText(d.ground());
        switch (d.outcome()) {
            case DISCLOSED ->
                p.add("经审查，您申请获取的政府信息属于公开范围。根据" + REGULATION + "第三十六条第（二）项的规定，现向您提供或告知获取方式：" + d.provided()
                        + (d.reason() == null ? "" : "（" + d.reason() + "）") + "");
            case PARTIALLY_DISCLOSED -> {
                p.add("经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据" + REGULATION + "第三十七条的规定，" + "向您提供可以公开的内容："
                        + d.provided());
                p.add("其余内容属于不予公开的情形：" + ground + "，不予公开。理由：" + sentence(d.reason()));
            }
            case WITHHELD ->
                p.add("经审查，您申请获取的政府信息" + ground + "。根据" + REGULATION + "第三十六条第（三）项的规定，本机关决定不予公开。理由：" + d.reason());
            case UNAVAILABLE_NOT_HELD -> {
                if (d.responsibleAgency() != null) {
                    p.add("经审查，您申请获取的政府信息不属于本机关负责公开。" + d.reason() + "根据" + REGULATION
                            + "第三十六条第（五）项的规定，负责公开该政府信息的行政机关为" + d.responsibleAgency() + "，联系方式："
                            + d.responsibleContact() + "。");
                } else {
                    p.add("经检索，本机关未制作或者获取您申请公开的政府信息。" + d.reason() + "根据" + REGULATION + "第三十六条第（四）项的规定，告知您该政府信息不存在。");
                }
            }
            case UNAVAILABLE_REQUIRES_CREATION ->
                p.add("经审查，" + d.reason() + "根据" + REGULATION + "第三十八条的规定，行政机关向申请人提供的信息应当是已制作或者获取的政府信息，本机关不予另行制作。");
            case UNAVAILABLE_STILL_UNCLEAR ->
                p.add("本机关已依照" + REGULATION + "第三十条的规定告知您补正，经补正后申请内容仍不明确，无法确定您所需的政府信息。" + d.reason());
            case NOT_PROCESSED_DUPLICATE ->
                p.add(d.reason() + "根据" + REGULATION + "第三十六条第（六）项的规定，您重复申请公开相同政府信息，本机关不予重复处理。");
            case NOT_PROCESSED_PETITION ->
                p.add(d.reason() + "根据" + REGULATION + "第三十九条第一款的规定，您的申请不作为政府信息公开申请处理，请通过相应渠道提出。");
            case NOT_PROCESSED_PUBLICATION ->
                p.add(d.reason() + "根据" + REGULATION + "第三十九条第二款的规定，您所需的属于公开出版物，请通过相应途径获取。");
            case NOT_PROCESSED_EXCESSIVE -> p.add(d.reason() + "根据" + REGULATION + "第三十五条的规定，本机关不予处理。");
            case NOT_PROCESSED_CONFIRMATION -> p.add(d.reason() + "该申请要求行政机关确认或者重新出具已获取的信息，本机关不作为政府信息公开申请处理。");
            case OTHER -> p.add(d.reason());
            default -> throw new RuleViolation("“" + d.outcome().label() + "”不出具答复告知书。");
        }
        p.add("如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。");
        return notice(Notice.Kind.REPLY, c, unit, addressee(c), p, date);
    }

    static Notice correction(RequestCase c, List<Application.Item> items, TimelineEntry notice, String unit) {
        List<String> p = new ArrayList<>();
        p.add(received(c, items));
        p.add("经审查，您的申请内容不明确。根据" + REGULATION + "第三十条的规定，请您对以下事项作出补正：" + notice.note());
        p.add("请于" + day(notice.until()) + "前向本机关提交补正材料。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。");
        return notice(Notice.Kind.CORRECTION, c, unit, addressee(c), p, notice.on());
    }

    static Notice extension(
            RequestCase c, List<Application.Item> items, TimelineEntry extended, LocalDate newDue, String unit) {
        List<String> p = new ArrayList<>();
        p.add(received(c, items));
        p.add("因" + extended.note() + "，本机关不能在规定期限内作出答复。根据" + REGULATION + "第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长 "
                + extended.days() + " 个工作日" + (newDue == null ? "" : "，至" + day(newDue)) + "。");
        return notice(Notice.Kind.EXTENSION, c, unit, addressee(c), p, extended.on());
    }

    static Notice fee(RequestCase c, List<Application.Item> items, FeeNotice f, String unit) {
        List<String> p = new ArrayList<>();
        p.add(received(c, items));
        p.add("您申请公开政府信息的数量、频次明显超过合理范围。根据" + REGULATION + "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费。");
        p.add("收费标准："
                + (f.method() == ProcessingFee.Method.BY_COUNT
                        ? "按件计收（同一申请人一个自然月内累计申请 10 件以内（含）不收费，11—30 件（含）的部分每件 100 元，31 件以上的部分以 10 件为一档、每增加一档收费标准提高 100 元/件）。您本月此前已申请 "
                                + f.earlierUnits() + " 件，本申请 " + f.units() + " 件"
                        : "按量计收（30 页以内（含）不收费，31—100 页（含）的部分每页 10 元，101—200 页（含）的部分每页 20 元，200 页以上的部分每页 40 元）。本申请共 "
                                + f.units() + " 页")
                + "。");
        p.add("应缴数额：" + f.amount() + " 元。请于" + day(f.paymentDue()) + "前按照非税收入收缴的有关规定缴入国库；缴款方式可向本机关咨询。");
        p.add("自发出本通知之日至缴纳费用之日，不计入答复期限。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。");
        return notice(Notice.Kind.FEE, c, unit, addressee(c), p, f.notifiedOn());
    }

    static Notice consultation(
            RequestCase c,
            List<Application.Item> items,
            TimelineEntry opened,
            ConsultationKind kind,
            String party,
            String unit) {
        List<String> p = new ArrayList<>();
        p.add("本机关收到一份政府信息公开申请，申请公开的政府信息为：" + itemList(items) + "。");
        if (kind == ConsultationKind.THIRD_PARTY) {
            p.add("经审查，该信息的公开可能损害贵方的合法权益（如商业秘密、个人隐私）。根据" + REGULATION
                    + "第三十二条的规定，现书面征求贵方意见。请于收到本征求意见书之日起 15 个工作日内（" + day(opened.until())
                    + "前）提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。");
        } else {
            p.add("该信息由贵机关与本机关共同制作。根据" + REGULATION + "第三十四条的规定，现征求贵机关意见。请于收到本征求意见书之日起 15 个工作日内（" + day(opened.until())
                    + "前）提出意见；逾期未提出意见的，视为同意公开。");
        }
        return notice(Notice.Kind.CONSULTATION, c, unit, party, p, opened.on());
    }

    private static Notice notice(
            Notice.Kind kind, RequestCase c, String unit, String addressee, List<String> p, LocalDate date) {
        String number = c.caseNumber() == null ? c.trackingCode() : c.caseNumber();
        return new Notice(
                kind, unit + "政府信息公开" + kind.label(), "依申请公开〔" + number + "〕", addressee, List.copyOf(p), unit, date);
    }

    private static String received(RequestCase c, List<Application.Item> items) {
        return "本机关于" + day(c.receivedOn()) + "收到您提出的政府信息公开申请，申请获取：" + itemList(items) + "。";
    }

    private static String itemList(List<Application.Item> items) {
        return items.stream()
                .map(i -> {
                    String name = i.title() != null ? "“" + i.title() + "”" : "";
                    String number = i.documentNumber() != null ? "（" + i.documentNumber() + "）" : "";
                    String description =
                            i.title() == null && i.description() != null ? "“" + i.description() + "”" : "";
                    return name + number + description;
                })
                .collect(Collectors.joining("；"));
    }

    private static String addressee(RequestCase c) {
        return c.applicantName();
    }

    private static String groundText(WithholdingGround g) {
        return g.label() + (g.article() == null ? "" : "（" + REGULATION + g.article() + "）");
    }

    /** The text as a sentence: ends with a full stop unless it ends with punctuation already. */
    static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "。！？；）”".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + "。";
    }

    static String day(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
