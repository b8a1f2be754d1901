package org.gongkai.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed corpus of public records for the search tests that run on both engines: a few hand-written records that
 * the assertions name, and generated records (units, years, topics, types and validity varied) around them.
 */
final class SearchCorpus {

    private SearchCorpus() {}

    static final long EDUCATION = 3;
    static final long CIVIL_AFFAIRS = 5;
    static final long TOWN = 12;
    /** The county: above every unit of the corpus, which a county's site (网站群) searches within. */
    static final long COUNTY = 1;
    /** A village committee under the town. */
    static final long VILLAGE = 13;

    static final long GRANTS = 1;
    static final long ALLOWANCE = 2;
    static final long SCRIPT = 3;
    static final long JOINT = 4;

    private static final String[] SUBJECTS = {
        "最低生活保障",
        "义务教育招生入学",
        "森林防火",
        "预算公开",
        "行政处罚决定书",
        "工作总结",
        "农村危房改造",
        "城乡居民医疗保险",
        "特困人员救助供养",
        "耕地保护",
        "安全生产检查",
        "人才引进",
        "政府采购",
        "建设项目环境影响评价",
        "食品安全抽检"
    };
    private static final String[] KINDS = {"实施细则", "通知", "公告", "工作方案", "情况报告", "管理办法"};
    private static final String[] TYPES = {"NORMATIVE_DOCUMENT", "OTHER_DOCUMENT", "NOTICE"};
    private static final String[] TOPICS = {"1102", "1201", "0301", "0905", "1502"};
    private static final long[] UNITS = {EDUCATION, CIVIL_AFFAIRS, TOWN, 7, 8, VILLAGE};

    static List<SearchDocument> documents() {
        List<SearchDocument> out = new ArrayList<>();
        out.add(doc(
                GRANTS,
                "示范县家庭经济困难学生资助实施细则",
                "示教发〔2026〕77号",
                null,
                "对建档立卡家庭经济困难学生给予生活补助，资助标准为每生每年一千元。学校应当公示受助学生名单。",
                null,
                List.of(EDUCATION),
                "1102",
                "NORMATIVE_DOCUMENT",
                "EFFECTIVE",
                date(2026, 2, 26)));
        out.add(doc(
                ALLOWANCE,
                "关于调整城乡最低生活保障标准的通知",
                "示民发〔2025〕12号",
                "提高城乡低保标准",
                "自2025年7月1日起，城市最低生活保障标准调整为每人每月七百元，农村调整为每人每月五百五十元。",
                "附件：最低生活保障标准调整表",
                List.of(CIVIL_AFFAIRS),
                "1201",
                "NORMATIVE_DOCUMENT",
                "AMENDED",
                date(2025, 6, 20)));
        out.add(doc(
                SCRIPT,
                "网站安全提示<script>alert(1)</script>",
                null,
                null,
                "请勿点击来历不明的链接 <script>alert('x')</script> 及时更新密码 & 防范诈骗。",
                null,
                List.of(TOWN),
                "0301",
                "NOTICE",
                "EFFECTIVE",
                date(2024, 3, 5)));
        out.add(doc(
                JOINT,
                "关于联合开展校园食品安全检查的通知",
                "示教联〔2026〕3号",
                null,
                "教育局与民政局联合开展校园食品安全检查，重点检查学校食堂和寄宿制学校。",
                null,
                List.of(EDUCATION, CIVIL_AFFAIRS),
                "1102",
                "OTHER_DOCUMENT",
                "EFFECTIVE",
                date(2026, 1, 8)));
        long id = 100;
        for (int i = 0; i < 150; i++) {
            String subject = SUBJECTS[i % SUBJECTS.length];
            String kind = KINDS[(i / SUBJECTS.length) % KINDS.length];
            int year = 2019 + (i % 8);
            long unit = UNITS[(i / 3) % UNITS.length];
            String body = "为做好" + subject + "工作，根据有关规定，结合本县实际，制定本" + kind + "。"
                    + "各乡镇、各部门要高度重视" + subject + "，明确责任分工，加强督促检查。"
                    + (i % 4 == 0 ? "联系电话：0000-1234567。" : "")
                    + (i % 5 == 0 ? "本" + kind + "自发布之日起施行。" : "");
            out.add(doc(
                    id++,
                    "示范县" + subject + kind + (i >= SUBJECTS.length ? "（" + year + "年）" : ""),
                    i % 3 == 0 ? "示政发〔" + year + "〕" + (i + 1) + "号" : null,
                    i % 7 == 0 ? subject + "的要点" : null,
                    body,
                    i % 6 == 0 ? "附件：" + subject + "情况统计表" : null,
                    List.of(unit),
                    TOPICS[i % TOPICS.length],
                    TYPES[i % TYPES.length],
                    i % 9 == 0 ? "EXPIRED" : "EFFECTIVE",
                    date(year, 1 + (i % 12), 1 + (i % 27))));
        }
        return out;
    }

    private static Instant date(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 30).toInstant(ZoneOffset.ofHours(8));
    }

    static SearchDocument doc(
            long id,
            String title,
            String number,
            String summary,
            String body,
            String attachments,
            List<Long> units,
            String topic,
            String type,
            String validity,
            Instant published) {
        return new SearchDocument(
                id,
                "11000000X/2026-" + String.format("%05d", id),
                title,
                number,
                summary,
                body,
                attachments,
                units,
                topic,
                type,
                validity,
                published,
                published.atOffset(ZoneOffset.ofHours(8)).getYear(),
                scope(units));
    }

    /** The units and the units above them: a village's under its town, every unit under the county. */
    static List<Long> scope(List<Long> units) {
        java.util.LinkedHashSet<Long> scope = new java.util.LinkedHashSet<>(units);
        if (units.contains(VILLAGE)) {
            scope.add(TOWN);
        }
        scope.add(COUNTY);
        return List.copyOf(scope);
    }

    /** Longer than a search may be (it is cut to {@value SearchQuery#MAX_TEXT} characters). */
    static final String LONG_TEXT = "政务公开".repeat(2500);

    /** What is typed to break a search: query syntax of Lucene and OpenSearch, markup, control characters, a flood. */
    static final List<String> HOSTILE = List.of(
            LONG_TEXT,
            "。，、；！？",
            "***",
            "\"",
            "(",
            "title:x AND",
            "a~2^3",
            "\\",
            "[1 TO *]",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "\u0000\u0001",
            "   ",
            "🙂",
            "/",
            "{!lucene}x",
            "示范县 OR OR",
            "{\"query\":{\"match_all\":{}}}",
            "*:*",
            "_id:1");

    /** Queries as people type them: words, phrases, 文号 and 索引号 in other brackets, a unit filter, dates. */
    static List<SearchQuery> queries() {
        List<SearchQuery> out = new ArrayList<>();
        for (String text : List.of(
                "困难学生资助",
                "生活补助",
                "最低生活保障",
                "最低生活保障标准",
                "义务教育招生入学",
                "森林防火",
                "预算公开",
                "行政处罚决定书",
                "工作总结",
                "危房改造",
                "医疗保险",
                "特困人员",
                "耕地",
                "安全生产",
                "人才引进",
                "政府采购",
                "环境影响评价",
                "食品安全",
                "校园食品安全检查",
                "实施细则",
                "工作方案 2023",
                "示政发〔2024〕",
                "示教发[2026]77号",
                "示政发(2020)22号",
                "11000000X/2026-00004",
                "联系电话",
                "附件",
                "要点",
                "自发布之日起施行",
                "各乡镇",
                "诈骗",
                "不存在的词语组合")) {
            out.add(SearchQuery.of(text));
            out.add(new SearchQuery(text, null, null, null, null, null, SearchQuery.Sort.DATE, 1, 50));
        }
        out.add(new SearchQuery("示范县", EDUCATION, null, null, null, null, null, 1, 20));
        out.add(new SearchQuery("示范县", null, 2023, null, null, null, SearchQuery.Sort.DATE, 1, 50));
        out.add(new SearchQuery("工作", null, null, "11", null, null, null, 2, 10));
        out.add(new SearchQuery("工作", null, null, null, "NOTICE", "EFFECTIVE", SearchQuery.Sort.DATE, 3, 10));
        out.add(SearchQuery.of("工作").within(TOWN));
        out.add(new SearchQuery("示范县", null, null, null, null, null, SearchQuery.Sort.DATE, 1, 50).within(EDUCATION));
        // asking less (issue 14 §1): misspellings, questions, words cut differently
        for (String text : List.of("最底生活保障标准", "我想了解困难学生资助怎么申请", "活保障标", "学校食堂检查", "森林放火", "城乡低保标准是多少", "不存在的词语组合")) {
            out.add(SearchQuery.of(text).loosely());
        }
        out.add(new SearchQuery("示范县安全生产检察", null, null, null, null, null, null, 1, 50).loosely());
        return out;
    }
}
