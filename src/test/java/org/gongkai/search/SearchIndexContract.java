package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.gongkai.search.SearchCorpus.ALLOWANCE;
import static org.gongkai.search.SearchCorpus.CIVIL_AFFAIRS;
import static org.gongkai.search.SearchCorpus.EDUCATION;
import static org.gongkai.search.SearchCorpus.GRANTS;
import static org.gongkai.search.SearchCorpus.JOINT;
import static org.gongkai.search.SearchCorpus.SCRIPT;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} must answer, run against each engine (Lucene embedded, OpenSearch on a real local
 * node): Chinese words, the title phrase ranked up, exact 文号 and 索引号 typed in other brackets, every filter, date
 * order, paging, highlighting that escapes the record's text, changes visible when they return, a rebuild with the
 * same answers, facets, and hostile input.
 */
abstract class SearchIndexContract {

    abstract SearchIndex index();

    @BeforeEach
    void loadTheCorpus() {
        index().replaceAll(SearchCorpus.documents().iterator());
    }

    private List<Long> ids(SearchQuery q) {
        return index().search(q).hits().stream().map(SearchHit::recordId).toList();
    }

    private List<Long> ids(String text) {
        return ids(SearchQuery.of(text));
    }

    @Test
    void chineseWordsFindTheRecordAndTheTitlePhraseComesFirst() {
        assertThat(index().count()).isEqualTo(SearchCorpus.documents().size());
        assertThat(ids("困难学生资助")).first().isEqualTo(GRANTS);
        assertThat(ids("生活补助")).contains(GRANTS);
        // the phrase in the title ranks the notice above records that only mention the words
        assertThat(ids("最低生活保障标准")).first().isEqualTo(ALLOWANCE);
        // summary and attachment text are searched too
        assertThat(ids("提高城乡低保标准")).contains(ALLOWANCE);
        assertThat(ids("标准调整表")).contains(ALLOWANCE);
        // every word must be somewhere in the record
        assertThat(ids("困难学生 森林防火")).isEmpty();
        assertThat(ids("不存在的词语组合")).isEmpty();
    }

    @Test
    void matchedWordsAreMarkedInEscapedText() {
        SearchHit grants = index().search(SearchQuery.of("困难学生资助")).hits().get(0);
        assertThat(grants.titleHtml()).contains("<mark>");
        assertThat(grants.snippetHtml()).contains("<mark>");
        SearchHit allowance = index().search(SearchQuery.of("生活补助")).hits().stream()
                .filter(h -> h.recordId() == GRANTS)
                .findFirst()
                .orElseThrow();
        assertThat(allowance.snippetHtml()).contains("补助</mark>");
        SearchHit script = index().search(SearchQuery.of("诈骗")).hits().get(0);
        assertThat(script.recordId()).isEqualTo(SCRIPT);
        assertThat(script.titleHtml()).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(script.snippetHtml()).doesNotContain("<script").contains("<mark>诈骗</mark>");
        assertThat(script.title()).isEqualTo("网站安全提示<script>alert(1)</script>");
    }

    @Test
    void documentAndIndexNumbersMatchExactlyHoweverTheyAreTyped() {
        assertThat(ids("示教发[2026]77号")).first().isEqualTo(GRANTS);
        assertThat(ids("示教发（2026）77 号")).first().isEqualTo(GRANTS);
        assertThat(ids(" 11000000x/2026-00002 ")).first().isEqualTo(ALLOWANCE);
        SearchHit hit = index().search(SearchQuery.of("示教发〔2026〕77号")).hits().get(0);
        assertThat(hit.documentNumber()).isEqualTo("示教发〔2026〕77号");
        assertThat(hit.indexNumber()).isEqualTo("11000000X/2026-00001");
        assertThat(hit.organizationId()).isEqualTo(EDUCATION);
        assertThat(hit.validity()).isEqualTo("EFFECTIVE");
        assertThat(hit.publishedAt()).isEqualTo(Instant.parse("2026-02-26T01:30:00Z"));
    }

    /** Issue 14 §1: a search also finds the records with every word of one of its other wordings (synonyms). */
    @Test
    void anotherWordingFindsWhatTheTypedWordsDoNot() {
        assertThat(ids("甲乙丙丁")).isEmpty();
        assertThat(ids(SearchQuery.of("甲乙丙丁").withAlternatives(java.util.List.of("找不到的说法", "最低生活保障标准"))))
                .first()
                .isEqualTo(ALLOWANCE);
        SearchHit hit = index().search(SearchQuery.of("甲乙丙丁").withAlternatives(java.util.List.of("最低生活保障标准")))
                .hits()
                .get(0);
        assertThat(hit.titleHtml()).as("the wording found is marked").contains("<mark>");
    }

    /** Issue 14 §1: people type the beginning of a number they half remember. */
    @Test
    void theBeginningOfADocumentOrIndexNumberFindsIt() {
        assertThat(ids("11000000X/2026-0000")).contains(GRANTS, ALLOWANCE);
        assertThat(index().search(SearchQuery.of("11000000x")).total())
                .as("every record whose 索引号 begins so")
                .isEqualTo(SearchCorpus.documents().stream()
                        .filter(d -> d.indexNumber().startsWith("11000000X"))
                        .count());
        assertThat(ids("示教发〔2026〕7")).first().isEqualTo(GRANTS);
        assertThat(ids("示教发(2026")).first().isEqualTo(GRANTS);
        // the whole number still comes first among the records its beginning matches
        assertThat(ids("11000000X/2026-00002")).first().isEqualTo(ALLOWANCE);
        assertThat(ids("9999999")).as("no number begins so").isEmpty();
    }

    /**
     * Issue 14 §1: when every word finds too little, most of the words or most of the two-character sequences find a
     * misspelling, a question or a word the segmentation cuts differently; records with every word still come first.
     */
    @Test
    void askingLessFindsMisspellingsQuestionsAndPartsOfWords() {
        assertThat(ids("最底生活保障标准")).as("a misspelling: not every word").isEmpty();
        assertThat(ids(SearchQuery.of("最底生活保障标准").loosely())).first().isEqualTo(ALLOWANCE);
        assertThat(ids("我想了解困难学生资助怎么申请")).isEmpty();
        assertThat(ids(SearchQuery.of("我想了解困难学生资助怎么申请").loosely())).first().isEqualTo(GRANTS);
        assertThat(ids(SearchQuery.of("活保障标").loosely())).first().isEqualTo(ALLOWANCE);
        assertThat(ids(SearchQuery.of("城乡低保标准是多少").loosely())).first().isEqualTo(ALLOWANCE);
        SearchResults exact = index().search(new SearchQuery("最低生活保障", null, null, null, null, null, null, 1, 50));
        SearchResults loose =
                index().search(new SearchQuery("最低生活保障", null, null, null, null, null, null, 1, 50).loosely());
        assertThat(loose.loose()).isTrue();
        assertThat(exact.loose()).isFalse();
        assertThat(loose.total()).isGreaterThanOrEqualTo(exact.total());
        assertThat(loose.hits().subList(0, exact.hits().size()))
                .as("records with every word rank first")
                .extracting(SearchHit::recordId)
                .containsExactlyInAnyOrderElementsOf(
                        exact.hits().stream().map(SearchHit::recordId).toList());
        assertThat(ids(SearchQuery.of("不存在的词语组合").loosely())).isEmpty();
        // filters hold for a loose search too
        assertThat(ids(new SearchQuery("最底生活保障标准", EDUCATION, null, null, null, null, null, 1, 10).loosely()))
                .doesNotContain(ALLOWANCE);
    }

    /** Issue 14 §1: the hits divide by unit, year, topic category and type, with counts, most first. */
    @Test
    void hitsAreCountedByUnitYearTopicAndType() {
        SearchQuery everything = new SearchQuery("示范县", null, null, null, null, null, null, 1, 10);
        SearchResults all = index().search(everything);
        SearchGroups groups = index().groups(everything);
        assertThat(groups.years().stream().mapToLong(SearchGroups.Count::hits).sum())
                .as("one year a record")
                .isEqualTo(all.total());
        assertThat(groups.types().stream().mapToLong(SearchGroups.Count::hits).sum())
                .isEqualTo(all.total());
        assertThat(groups.topics()).extracting(SearchGroups.Count::value).contains("11", "12", "03", "09", "15");
        assertThat(groups.units())
                .extracting(SearchGroups.Count::value)
                .contains(Long.toString(EDUCATION), Long.toString(CIVIL_AFFAIRS));
        assertThat(groups.units())
                .isSortedAccordingTo(java.util.Comparator.comparingLong(SearchGroups.Count::hits)
                        .reversed());
        long education2023 = SearchCorpus.documents().stream()
                .filter(d -> d.title().contains("示范县") || nullToEmpty(d.body()).contains("示范县"))
                .filter(d -> d.year() == 2023)
                .count();
        SearchQuery q2023 = new SearchQuery("示范县", null, 2023, null, null, null, null, 1, 10);
        SearchResults in2023 = index().search(q2023);
        assertThat(index().groups(q2023).years()).containsExactly(new SearchGroups.Count("2023", in2023.total()));
        assertThat(in2023.total()).isPositive();
        assertThat(education2023).isGreaterThanOrEqualTo(in2023.total());
        // a record of two units counts under each
        SearchGroups joint = index().groups(SearchQuery.of("校园食品安全检查"));
        assertThat(joint.units())
                .extracting(SearchGroups.Count::value)
                .contains(Long.toString(EDUCATION), Long.toString(CIVIL_AFFAIRS));
        assertThat(index().groups(SearchQuery.of("不存在的词语组合"))).isEqualTo(SearchGroups.NONE);
        assertThat(index().search(everything).groups())
                .as("a page alone does not count")
                .isEqualTo(SearchGroups.NONE);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Test
    void filtersNarrowTheHits() {
        assertThat(ids(new SearchQuery("食品安全检查", CIVIL_AFFAIRS, null, null, null, null, null, 1, 50)))
                .as("a record of two units is found under either")
                .contains(JOINT);
        assertThat(ids(new SearchQuery(
                        "困难学生资助", EDUCATION, 2026, "11", "NORMATIVE_DOCUMENT", "EFFECTIVE", null, 1, 10)))
                .contains(GRANTS);
        assertThat(ids(new SearchQuery("困难学生资助", EDUCATION, 2026, "1102", null, null, null, 1, 10)))
                .contains(GRANTS);
        assertThat(ids(new SearchQuery("困难学生资助", CIVIL_AFFAIRS, null, null, null, null, null, 1, 10)))
                .doesNotContain(GRANTS);
        assertThat(ids(new SearchQuery("困难学生资助", null, 2019, null, null, null, null, 1, 10)))
                .doesNotContain(GRANTS);
        assertThat(ids(new SearchQuery("最低生活保障", null, null, null, null, "AMENDED", null, 1, 50)))
                .containsExactly(ALLOWANCE);
        assertThat(index().search(new SearchQuery("示范县", null, 2023, null, null, null, null, 1, 50))
                        .hits())
                .allSatisfy(h -> assertThat(h.publishedAt()
                                .atOffset(java.time.ZoneOffset.ofHours(8))
                                .getYear())
                        .isEqualTo(2023))
                .isNotEmpty();
    }

    @Test
    void aSiteSearchesItsUnitAndTheUnitsUnderIt() {
        List<Long> town =
                ids(new SearchQuery("工作", null, null, null, null, null, null, 1, 50).within(SearchCorpus.TOWN));
        List<Long> townOnly = ids(new SearchQuery("工作", SearchCorpus.TOWN, null, null, null, null, null, 1, 50));
        List<Long> village = ids(new SearchQuery("工作", SearchCorpus.VILLAGE, null, null, null, null, null, 1, 50));
        assertThat(village).isNotEmpty();
        assertThat(townOnly).isNotEmpty();
        assertThat(town)
                .as("the town's site: the town's records and its villages'")
                .containsAll(village)
                .containsAll(townOnly)
                .hasSize(townOnly.size() + village.size());
        assertThat(index().search(SearchQuery.of("工作").within(SearchCorpus.COUNTY))
                        .total())
                .as("the county's site: every unit's")
                .isEqualTo(index().search(SearchQuery.of("工作")).total());
        assertThat(ids(SearchQuery.of("食品安全检查").within(CIVIL_AFFAIRS))).contains(JOINT);
        assertThat(ids(SearchQuery.of("困难学生资助").within(CIVIL_AFFAIRS))).doesNotContain(GRANTS);
        assertThat(index().search(SearchQuery.of("困难学生资助").within(EDUCATION).withPage(1))
                        .hits())
                .extracting(SearchHit::recordId)
                .as("a page of a site's search stays within the site")
                .contains(GRANTS);
    }

    @Test
    void newestFirstAndPagesOfTheSameOrder() {
        SearchQuery byDate = new SearchQuery("工作", null, null, null, null, null, SearchQuery.Sort.DATE, 1, 50);
        SearchResults all = index().search(byDate);
        assertThat(all.total()).isGreaterThan(20);
        assertThat(all.hits())
                .extracting(SearchHit::publishedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        SearchQuery pageSize = new SearchQuery("工作", null, null, null, null, null, SearchQuery.Sort.DATE, 1, 10);
        SearchResults second = index().search(pageSize.withPage(2));
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(second.hits())
                .extracting(SearchHit::recordId)
                .isEqualTo(all.hits().subList(10, 20).stream()
                        .map(SearchHit::recordId)
                        .toList());
    }

    /** Hits published at the same moment come newest record first, in whatever order they were indexed. */
    @Test
    void hitsOfTheSameMomentAreInRecordOrderHoweverTheyWereIndexed() {
        SearchDocument model = SearchCorpus.documents().get(0);
        java.time.Instant moment = java.time.Instant.parse("2030-01-01T00:00:00Z");
        List<Long> ids = List.of(900_001L, 900_003L, 900_002L);
        for (List<Long> order : List.of(ids, List.of(900_002L, 900_003L, 900_001L))) {
            for (long id : order) {
                index().put(new SearchDocument(
                        id,
                        "TIE/2030-" + id,
                        "同一时刻发布的蚕桑产业通知" + id,
                        null,
                        null,
                        "蚕桑产业。",
                        null,
                        model.organizationIds(),
                        null,
                        model.documentType(),
                        "EFFECTIVE",
                        moment,
                        2030,
                        model.scopeIds()));
            }
            for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
                assertThat(index().search(new SearchQuery("蚕桑产业", null, null, null, null, null, sort, 1, 10))
                                .hits())
                        .as(sort + " after indexing " + order)
                        .extracting(SearchHit::recordId)
                        .containsExactly(900_003L, 900_002L, 900_001L);
            }
            ids.forEach(index()::remove);
        }
    }

    @Test
    void changesAreSearchableWhenTheyReturn() {
        SearchDocument grants = SearchCorpus.documents().get(0);
        index().put(new SearchDocument(
                grants.recordId(),
                grants.indexNumber(),
                "示范县学生营养改善计划实施细则",
                grants.documentNumber(),
                null,
                "农村义务教育学生营养改善计划。",
                null,
                grants.organizationIds(),
                grants.topicCode(),
                grants.documentType(),
                "EXPIRED",
                grants.publishedAt(),
                grants.year(),
                grants.scopeIds()));
        assertThat(ids("营养改善计划")).containsExactly(GRANTS);
        assertThat(ids("困难学生资助")).doesNotContain(GRANTS);
        assertThat(index().count()).isEqualTo(SearchCorpus.documents().size());
        index().remove(GRANTS);
        assertThat(ids("营养改善计划")).isEmpty();
        assertThat(ids("示教发〔2026〕77号")).doesNotContain(GRANTS);
        assertThat(index().count()).isEqualTo(SearchCorpus.documents().size() - 1);
        assertThatCode(() -> index().remove(GRANTS)).as("removing again").doesNotThrowAnyException();
    }

    @Test
    void aRebuildGivesTheSameAnswers() {
        List<List<Long>> before = SearchCorpus.queries().stream().map(this::ids).toList();
        index().replaceAll(SearchCorpus.documents().iterator());
        assertThat(SearchCorpus.queries().stream().map(this::ids).toList()).isEqualTo(before);
        assertThat(index().count()).isEqualTo(SearchCorpus.documents().size());
        index().replaceAll(List.<SearchDocument>of().iterator());
        assertThat(index().count()).isZero();
        assertThat(ids("最低生活保障")).isEmpty();
    }

    @Test
    void facetsNameTheYearsNewestFirstAndTheUnits() {
        SearchFacets facets = index().facets();
        assertThat(facets.years()).startsWith(2026, 2025, 2024).endsWith(2019);
        assertThat(facets.organizationIds()).contains(EDUCATION, CIVIL_AFFAIRS, SearchCorpus.TOWN, 7L, 8L);
    }

    @Test
    void hostileQueriesGiveResultsOrNothingButNeverAnError() {
        for (String q : SearchCorpus.HOSTILE) {
            assertThatCode(() -> index().search(SearchQuery.of(q))).as(q).doesNotThrowAnyException();
        }
        assertThat(index().search(SearchQuery.of(SearchCorpus.LONG_TEXT)).truncated())
                .isTrue();
        assertThat(index().search(SearchQuery.of("。，、；！？")).total()).isZero();
        assertThat(index().search(SearchQuery.of("*:*")).total()).isZero();
        assertThat(index().search(SearchQuery.of("{\"query\":{\"match_all\":{}}}"))
                        .total())
                .isZero();
    }
}
