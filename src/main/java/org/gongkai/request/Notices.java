package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    static Notice reply(
            RequestCase c, List<Application.Item> items, ReplyDraft d, String unit, LocalDate date, NoticeWording w) {
        List<String> p = new ArrayList<>();
        p.add(received(c, items, w));
        Map<String, String> v = new HashMap<>();
        v.put("提供的信息", nonNull(d.provided()));
        v.put("说明", d.reason() == null ? "" : "（" + d.reason() + "）");
        v.put("理由", nonNull(d.reason()));
        v.put("不予公开理由", d.ground() == null ? "" : groundText(d.ground()));
        v.put("负责机关", nonNull(d.responsibleAgency()));
        v.put("联系方式", nonNull(d.responsibleContact()));
        switch (d.outcome()) {
            case DISCLOSED -> p.add(w.text(NoticeTemplate.REPLY_DISCLOSED, v));
            case PARTIALLY_DISCLOSED -> {
                p.add(w.text(NoticeTemplate.REPLY_PARTIAL_PROVIDED, v));
                v.put("理由", sentence(d.reason()));
                p.add(w.text(NoticeTemplate.REPLY_PARTIAL_WITHHELD, v));
            }
            case WITHHELD -> p.add(w.text(NoticeTemplate.REPLY_WITHHELD, v));
            case UNAVAILABLE_NOT_HELD ->
                p.add(w.text(
                        d.responsibleAgency() != null
                                ? NoticeTemplate.REPLY_NOT_RESPONSIBLE
                                : NoticeTemplate.REPLY_NOT_EXIST,
                        v));
            case UNAVAILABLE_REQUIRES_CREATION -> p.add(w.text(NoticeTemplate.REPLY_REQUIRES_CREATION, v));
            case UNAVAILABLE_STILL_UNCLEAR -> p.add(w.text(NoticeTemplate.REPLY_STILL_UNCLEAR, v));
            case NOT_PROCESSED_DUPLICATE -> p.add(w.text(NoticeTemplate.REPLY_DUPLICATE, v));
            case NOT_PROCESSED_PETITION -> p.add(w.text(NoticeTemplate.REPLY_PETITION, v));
            case NOT_PROCESSED_PUBLICATION -> p.add(w.text(NoticeTemplate.REPLY_PUBLICATION, v));
            case NOT_PROCESSED_EXCESSIVE -> p.add(w.text(NoticeTemplate.REPLY_EXCESSIVE, v));
            case NOT_PROCESSED_CONFIRMATION -> p.add(w.text(NoticeTemplate.REPLY_CONFIRMATION, v));
            case OTHER -> p.add(w.text(NoticeTemplate.REPLY_OTHER, v));
            default -> throw new RuleViolation("“" + d.outcome().label() + "”不出具答复告知书。");
        }
        p.add(w.text(NoticeTemplate.REMEDIES));
        return notice(Notice.Kind.REPLY, c, unit, addressee(c), p, date);
    }

    static Notice correction(
            RequestCase c, List<Application.Item> items, TimelineEntry notice, String unit, NoticeWording w) {
        List<String> p = new ArrayList<>();
        p.add(received(c, items, w));
        p.add(w.text(NoticeTemplate.CORRECTION_REQUEST, Map.of("补正事项", nonNull(notice.note()))));
        p.add(w.text(NoticeTemplate.CORRECTION_PERIOD, Map.of("补正期限", day(notice.until()))));
        return notice(Notice.Kind.CORRECTION, c, unit, addressee(c), p, notice.on());
    }

    static Notice extension(
            RequestCase c,
            List<Application.Item> items,
            TimelineEntry extended,
            LocalDate newDue,
            String unit,
            NoticeWording w) {
        List<String> p = new ArrayList<>();
        p.add(received(c, items, w));
        p.add(w.text(
                NoticeTemplate.EXTENSION,
                Map.of(
                        "延期理由", nonNull(extended.note()),
                        "延长天数", String.valueOf(extended.days()),
                        "新期限", newDue == null ? "" : "，至" + day(newDue))));
        return notice(Notice.Kind.EXTENSION, c, unit, addressee(c), p, extended.on());
    }

    static Notice fee(RequestCase c, List<Application.Item> items, FeeNotice f, String unit, NoticeWording w) {
        List<String> p = new ArrayList<>();
        p.add(received(c, items, w));
        p.add(w.text(NoticeTemplate.FEE_DECISION));
        p.add(
                f.method() == ProcessingFee.Method.BY_COUNT
                        ? w.text(
                                NoticeTemplate.FEE_BY_COUNT,
                                Map.of("此前件数", String.valueOf(f.earlierUnits()), "本次件数", String.valueOf(f.units())))
                        : w.text(NoticeTemplate.FEE_BY_VOLUME, Map.of("页数", String.valueOf(f.units()))));
        p.add(w.text(NoticeTemplate.FEE_AMOUNT, Map.of("金额", String.valueOf(f.amount()), "缴费期限", day(f.paymentDue()))));
        p.add(w.text(NoticeTemplate.FEE_CONSEQUENCES));
        return notice(Notice.Kind.FEE, c, unit, addressee(c), p, f.notifiedOn());
    }

    static Notice consultation(
            RequestCase c,
            List<Application.Item> items,
            TimelineEntry opened,
            ConsultationKind kind,
            String party,
            String unit,
            NoticeWording w) {
        List<String> p = new ArrayList<>();
        p.add(w.text(NoticeTemplate.CONSULTATION_INTRO, Map.of("所需信息", itemList(items))));
        p.add(w.text(
                kind == ConsultationKind.THIRD_PARTY
                        ? NoticeTemplate.CONSULTATION_THIRD_PARTY
                        : NoticeTemplate.CONSULTATION_CO_PRODUCER,
                Map.of("答复期限", day(opened.until()))));
        return notice(Notice.Kind.CONSULTATION, c, unit, party, p, opened.on());
    }

    private static Notice notice(
            Notice.Kind kind, RequestCase c, String unit, String addressee, List<String> p, LocalDate date) {
        String number = c.caseNumber() == null ? c.trackingCode() : c.caseNumber();
        return new Notice(
                kind, unit + "政府信息公开" + kind.label(), "依申请公开〔" + number + "〕", addressee, List.copyOf(p), unit, date);
    }

    private static String received(RequestCase c, List<Application.Item> items, NoticeWording w) {
        return w.text(NoticeTemplate.RECEIVED, Map.of("收到日期", day(c.receivedOn()), "所需信息", itemList(items)));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
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
