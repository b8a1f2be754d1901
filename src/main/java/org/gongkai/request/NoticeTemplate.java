package org.gongkai.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paragraphs of the letters a case produces (issue 11 §5), each a text the supervising office may rewrite for its
 * units, with placeholders in braces for what comes from the case ({@code {收到日期}}, {@code {提供的信息}} …). The
 * defaults are the wording of 国务院令第711号 and 国办函〔2020〕109号; a rewritten text must keep the placeholders that
 * carry the case's facts ({@link #required}), and the remedies paragraph must keep naming 行政复议 and 行政诉讼
 * (第五十一条). Rendering is a single pass over the text: nothing in it is evaluated.
 */
public enum NoticeTemplate {
    RECEIVED(
            Letter.COMMON,
            "收到申请（各告知书首段）",
            "本机关于{收到日期}收到您提出的政府信息公开申请，申请获取：{所需信息}。",
            Set.of("收到日期", "所需信息"),
            Set.of("收到日期", "所需信息")),
    REPLY_DISCLOSED(
            Letter.REPLY,
            "予以公开",
            "经审查，您申请获取的政府信息属于公开范围。根据" + Notices.REGULATION + "第三十六条第（二）项的规定，现向您提供或告知获取方式：{提供的信息}{说明}",
            Set.of("提供的信息", "说明"),
            Set.of("提供的信息")),
    REPLY_PARTIAL_PROVIDED(
            Letter.REPLY,
            "部分公开：可以公开的部分",
            "经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据" + Notices.REGULATION + "第三十七条的规定，向您提供可以公开的内容：{提供的信息}",
            Set.of("提供的信息"),
            Set.of("提供的信息")),
    REPLY_PARTIAL_WITHHELD(
            Letter.REPLY,
            "部分公开：不予公开的部分",
            "其余内容属于不予公开的情形：{不予公开理由}，不予公开。理由：{理由}",
            Set.of("不予公开理由", "理由"),
            Set.of("不予公开理由", "理由")),
    REPLY_WITHHELD(
            Letter.REPLY,
            "不予公开",
            "经审查，您申请获取的政府信息{不予公开理由}。根据" + Notices.REGULATION + "第三十六条第（三）项的规定，本机关决定不予公开。理由：{理由}",
            Set.of("不予公开理由", "理由"),
            Set.of("不予公开理由", "理由")),
    REPLY_NOT_RESPONSIBLE(
            Letter.REPLY,
            "无法提供：不属于本机关负责公开",
            "经审查，您申请获取的政府信息不属于本机关负责公开。{理由}根据" + Notices.REGULATION + "第三十六条第（五）项的规定，负责公开该政府信息的行政机关为{负责机关}，联系方式：{联系方式}。",
            Set.of("理由", "负责机关", "联系方式"),
            Set.of("负责机关", "联系方式")),
    REPLY_NOT_EXIST(
            Letter.REPLY,
            "无法提供：本机关不掌握",
            "经检索，本机关未制作或者获取您申请公开的政府信息。{理由}根据" + Notices.REGULATION + "第三十六条第（四）项的规定，告知您该政府信息不存在。",
            Set.of("理由"),
            Set.of()),
    REPLY_REQUIRES_CREATION(
            Letter.REPLY,
            "无法提供：需要另行制作",
            "经审查，{理由}根据" + Notices.REGULATION + "第三十八条的规定，行政机关向申请人提供的信息应当是已制作或者获取的政府信息，本机关不予另行制作。",
            Set.of("理由"),
            Set.of("理由")),
    REPLY_STILL_UNCLEAR(
            Letter.REPLY,
            "无法提供：补正后仍不明确",
            "本机关已依照" + Notices.REGULATION + "第三十条的规定告知您补正，经补正后申请内容仍不明确，无法确定您所需的政府信息。{理由}",
            Set.of("理由"),
            Set.of()),
    REPLY_DUPLICATE(
            Letter.REPLY,
            "不予处理：重复申请",
            "{理由}根据" + Notices.REGULATION + "第三十六条第（六）项的规定，您重复申请公开相同政府信息，本机关不予重复处理。",
            Set.of("理由"),
            Set.of("理由")),
    REPLY_PETITION(
            Letter.REPLY,
            "不予处理：信访举报投诉类",
            "{理由}根据" + Notices.REGULATION + "第三十九条第一款的规定，您的申请不作为政府信息公开申请处理，请通过相应渠道提出。",
            Set.of("理由"),
            Set.of("理由")),
    REPLY_PUBLICATION(
            Letter.REPLY,
            "不予处理：公开出版物",
            "{理由}根据" + Notices.REGULATION + "第三十九条第二款的规定，您所需的属于公开出版物，请通过相应途径获取。",
            Set.of("理由"),
            Set.of("理由")),
    REPLY_EXCESSIVE(
            Letter.REPLY,
            "不予处理：无正当理由大量反复申请",
            "{理由}根据" + Notices.REGULATION + "第三十五条的规定，本机关不予处理。",
            Set.of("理由"),
            Set.of("理由")),
    REPLY_CONFIRMATION(
            Letter.REPLY,
            "不予处理：要求确认或重新出具",
            "{理由}该申请要求行政机关确认或者重新出具已获取的信息，本机关不作为政府信息公开申请处理。",
            Set.of("理由"),
            Set.of("理由")),
    REPLY_OTHER(Letter.REPLY, "其他处理", "{理由}", Set.of("理由"), Set.of("理由")),
    REMEDIES(
            Letter.REPLY,
            "救济途径（答复告知书末段）",
            "如对本答复不服，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。",
            Set.of(),
            Set.of()),
    CORRECTION_REQUEST(
            Letter.CORRECTION,
            "补正事项",
            "经审查，您的申请内容不明确。根据" + Notices.REGULATION + "第三十条的规定，请您对以下事项作出补正：{补正事项}",
            Set.of("补正事项"),
            Set.of("补正事项")),
    CORRECTION_PERIOD(
            Letter.CORRECTION,
            "补正期限和后果",
            "请于{补正期限}前向本机关提交补正材料。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
            Set.of("补正期限"),
            Set.of("补正期限")),
    EXTENSION(
            Letter.EXTENSION,
            "延期理由和期限",
            "因{延期理由}，本机关不能在规定期限内作出答复。根据" + Notices.REGULATION
                    + "第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长 {延长天数} 个工作日{新期限}。",
            Set.of("延期理由", "延长天数", "新期限"),
            Set.of("延长天数")),
    FEE_DECISION(
            Letter.FEE,
            "收费决定",
            "您申请公开政府信息的数量、频次明显超过合理范围。根据" + Notices.REGULATION
                    + "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定收取信息处理费。",
            Set.of(),
            Set.of()),
    FEE_BY_COUNT(
            Letter.FEE,
            "收费标准：按件计收",
            "收费标准：按件计收（同一申请人一个自然月内累计申请 10 件以内（含）不收费，11—30 件（含）的部分每件 100 元，31 件以上的部分以 10 件为一档、每增加一档收费标准提高 100 元/件）。您本月此前已申请 {此前件数} 件，本申请 {本次件数} 件。",
            Set.of("此前件数", "本次件数"),
            Set.of("此前件数", "本次件数")),
    FEE_BY_VOLUME(
            Letter.FEE,
            "收费标准：按量计收",
            "收费标准：按量计收（30 页以内（含）不收费，31—100 页（含）的部分每页 10 元，101—200 页（含）的部分每页 20 元，200 页以上的部分每页 40 元）。本申请共 {页数} 页。",
            Set.of("页数"),
            Set.of("页数")),
    FEE_AMOUNT(
            Letter.FEE,
            "应缴数额和缴费期限",
            "应缴数额：{金额} 元。请于{缴费期限}前按照非税收入收缴的有关规定缴入国库；缴款方式可向本机关咨询。",
            Set.of("金额", "缴费期限"),
            Set.of("金额", "缴费期限")),
    FEE_CONSEQUENCES(
            Letter.FEE, "不计入答复期限和逾期后果", "自发出本通知之日至缴纳费用之日，不计入答复期限。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。", Set.of(), Set.of()),
    CONSULTATION_INTRO(
            Letter.CONSULTATION,
            "征求意见：申请的内容（不写申请人）",
            "本机关收到一份政府信息公开申请，申请公开的政府信息为：{所需信息}。",
            Set.of("所需信息"),
            Set.of("所需信息")),
    CONSULTATION_THIRD_PARTY(
            Letter.CONSULTATION,
            "征求第三方意见",
            "经审查，该信息的公开可能损害贵方的合法权益（如商业秘密、个人隐私）。根据" + Notices.REGULATION
                    + "第三十二条的规定，现书面征求贵方意见。请于收到本征求意见书之日起 15 个工作日内（{答复期限}前）提出书面意见；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照条例的规定决定是否公开。",
            Set.of("答复期限"),
            Set.of("答复期限")),
    CONSULTATION_CO_PRODUCER(
            Letter.CONSULTATION,
            "征求共同制作机关意见",
            "该信息由贵机关与本机关共同制作。根据" + Notices.REGULATION
                    + "第三十四条的规定，现征求贵机关意见。请于收到本征求意见书之日起 15 个工作日内（{答复期限}前）提出意见；逾期未提出意见的，视为同意公开。",
            Set.of("答复期限"),
            Set.of("答复期限"));

    /** The letter a paragraph belongs to, as the editing page groups them. */
    public enum Letter {
        COMMON("各告知书通用"),
        REPLY("答复告知书"),
        CORRECTION("补正告知书"),
        EXTENSION("延期答复告知书"),
        FEE("收费通知书"),
        CONSULTATION("征求意见书");

        private final String label;

        Letter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Longest text a paragraph may have. */
    public static final int MAX_LENGTH = 2000;

    private static final int MAX_NAME = 12;

    private final Letter letter;
    private final String label;
    private final String defaultText;
    private final Set<String> placeholders;
    private final Set<String> required;

    NoticeTemplate(Letter letter, String label, String defaultText, Set<String> placeholders, Set<String> required) {
        this.letter = letter;
        this.label = label;
        this.defaultText = defaultText;
        this.placeholders = placeholders;
        this.required = required;
    }

    public Letter letter() {
        return letter;
    }

    public String label() {
        return label;
    }

    public String defaultText() {
        return defaultText;
    }

    /** The placeholders this paragraph may use, in the order the default text uses them. */
    public List<String> placeholders() {
        return placeholders.stream()
                .sorted(java.util.Comparator.comparingInt((String n) -> {
                            int at = defaultText.indexOf("{" + n + "}");
                            return at < 0 ? Integer.MAX_VALUE : at;
                        })
                        .thenComparing(n -> n))
                .toList();
    }

    public Set<String> required() {
        return required;
    }

    /** The placeholders as the editing page lists them: “{收到日期}（须保留）、{说明}”. */
    public String placeholderHint() {
        return String.join(
                "、",
                placeholders().stream()
                        .map(n -> "{" + n + "}" + (required.contains(n) ? "（须保留）" : ""))
                        .toList());
    }

    /** What is wrong with a rewritten text, in Chinese; empty when it may be saved. */
    public List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("“" + label + "”不能为空；如要恢复默认文字，请点“恢复默认”。");
            return problems;
        }
        if (text.length() > MAX_LENGTH) {
            problems.add("“" + label + "”不能超过 " + MAX_LENGTH + " 字（现为 " + text.length() + " 字）。");
            return problems;
        }
        Map<String, Boolean> used = names(text);
        for (String name : used.keySet()) {
            if (!placeholders.contains(name)) {
                problems.add("“" + label + "”中的 {" + name + "} 不是可用的占位符"
                        + (placeholders.isEmpty() ? "，这一段不使用占位符" : "，可用的有：" + braces(placeholders())) + "。");
            }
        }
        for (String name : required) {
            if (!used.containsKey(name)) {
                problems.add("“" + label + "”须保留 {" + name + "}：告知书要写明这一内容。");
            }
        }
        if (this == REMEDIES && (!text.contains("行政复议") || !text.contains("行政诉讼"))) {
            problems.add("救济途径须告知申请人可以申请行政复议和提起行政诉讼（条例第五十一条）。");
        }
        return problems;
    }

    /** The text with each known placeholder replaced by its value; anything else is kept as written. */
    public static String render(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '{') {
                int close = closing(text, i);
                if (close > i + 1) {
                    String name = text.substring(i + 1, close);
                    String value = values.get(name);
                    if (value != null) {
                        out.append(value);
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    /** The placeholders a text uses (names of 1 to {@value #MAX_NAME} characters between braces). */
    static Map<String, Boolean> names(String text) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                int close = closing(text, i);
                if (close > i + 1) {
                    names.put(text.substring(i + 1, close), Boolean.TRUE);
                    i = close;
                }
            }
        }
        return names;
    }

    /**
     * The brace closing a name opened at {@code open}, looked for only within a name's length (so a text of many
     * unclosed braces is still read in one pass); -1 when there is none or another brace opens first.
     */
    private static int closing(String text, int open) {
        int end = Math.min(text.length(), open + MAX_NAME + 2);
        for (int j = open + 1; j < end; j++) {
            char c = text.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{') {
                return -1;
            }
        }
        return -1;
    }

    private static String braces(List<String> names) {
        return String.join("、", names.stream().map(n -> "{" + n + "}").toList());
    }
}
