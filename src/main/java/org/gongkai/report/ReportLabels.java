package org.gongkai.report;

import java.util.List;

/**
 * The labels of tables 二 and 四 of the 2021 format verbatim (RULES §2.2, §2.4), for everything that prints or serves a
 * report outside the templates: the API, the open-data table, the files. Table 三's are on {@code StatisticsRow} and
 * {@code ApplicantKind}.
 */
public final class ReportLabels {

    private ReportLabels() {}

    /** 第二十条第（一）项: its rows and columns. */
    public static final String ARTICLE_1 = "第二十条第（一）项";

    public static final List<String> DOCUMENTS = List.of("规章", "行政规范性文件");
    public static final List<String> DOCUMENT_FIGURES = List.of("本年制发件数", "本年废止件数", "现行有效件数");

    public static final String ARTICLE_5 = "第二十条第（五）项";
    public static final String ARTICLE_6 = "第二十条第（六）项";
    public static final String DECISIONS = "本年处理决定数量";
    public static final String ARTICLE_8 = "第二十条第（八）项";
    public static final String FEE = "本年收费金额（单位：万元）";
    public static final String CONTENT = "信息内容";

    /** Table 四's three groups (行政诉讼 split by route) and the five columns of each. */
    public static final List<String> FOUR_GROUPS = List.of("行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉");

    public static final List<String> FOUR_RESULTS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** Table 三's caption cell. */
    public static final String THREE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
}
