package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationReview;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Chinese full-text search over published information: segmented words, filters, exact 文号 and 索引号,
 * hostile query strings, and the index following publication and withdrawal through the event registry.
 */
class SearchIntegrationTests extends IntegrationTest {

    @Autowired
    SearchIndex index;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    SearchIndexing indexing;

    private long publish(
            String unitEditor, String reviewer, String signer, long unit, String title, String number, String body) {
        actAs(unitEditor);
        long id = editing.create(
                unit,
                InformationDrafts.draft(title)
                        .documentNumber(number)
                        .writtenDate(LocalDate.of(2026, 2, 26))
                        .formedDate(LocalDate.of(2026, 2, 26))
                        .topic("1102")
                        .column(DisclosureColumn.A20_1)
                        .keywords(null)
                        .summary(null)
                        .body(body)
                        .build());
        editing.submit(id, editing.record(id).lockVersion());
        actAs(reviewer);
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs(signer);
        review.signOff(id, editing.record(id).lockVersion(), true, null, null);
        return id;
    }

    @Test
    void aPublishedPolicyIsFoundByAChinesePhraseAtOnceAndGoneWhenWithdrawn() {
        long unit = organizationId("示范县教育局");
        long id = publish(
                "edu_editor",
                "edu_reviewer",
                "edu_signer",
                unit,
                "示范县家庭经济困难学生资助实施细则",
                "示教发〔2026〕77号",
                "对建档立卡家庭经济困难学生给予生活补助，资助标准为每生每年一千元。");
        String indexNumber = editing.record(id).indexNumber();

        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is not null")
                        .query(Long.class)
                        .single())
                .as("handled publications are removed (completion-mode delete)")
                .isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class)
                        .single())
                .as("nothing left unhandled")
                .isZero();

        SearchResults byPhrase = index.search(SearchQuery.of("困难学生资助"));
        assertThat(byPhrase.hits()).extracting(SearchHit::recordId).first().isEqualTo(id);
        SearchHit hit = byPhrase.hits().get(0);
        assertThat(hit.titleHtml()).contains("<mark>");
        assertThat(index.search(SearchQuery.of("生活补助")).hits())
                .extracting(SearchHit::recordId)
                .contains(id);
        assertThat(index.search(SearchQuery.of("生活补助")).hits().get(0).snippetHtml())
                .contains("补助</mark>")
                .doesNotContain("<script");

        // Exact 文号 and 索引号, typed with other brackets and blanks.
        assertThat(index.search(SearchQuery.of("示教发[2026]77号")).hits().get(0).recordId())
                .isEqualTo(id);
        assertThat(index.search(SearchQuery.of(" " + indexNumber + " "))
                        .hits()
                        .get(0)
                        .recordId())
                .isEqualTo(id);

        // Filters.
        assertThat(index.search(new SearchQuery(
                                "困难学生资助", unit, 2026, "11", "NORMATIVE_DOCUMENT", "EFFECTIVE", null, 1, 10))
                        .hits())
                .extracting(SearchHit::recordId)
                .contains(id);
        assertThat(index.search(new SearchQuery(
                                "困难学生资助", organizationId("示范县民政局"), null, null, null, null, null, 1, 10))
                        .hits())
                .extracting(SearchHit::recordId)
                .doesNotContain(id);
        assertThat(index.search(new SearchQuery("困难学生资助", null, 2019, null, null, null, null, 1, 10))
                        .hits())
                .extracting(SearchHit::recordId)
                .doesNotContain(id);

        actAs("edu_signer");
        review.withdraw(id, editing.record(id).lockVersion(), "内容有误");
        assertThat(index.search(SearchQuery.of("困难学生资助")).hits())
                .extracting(SearchHit::recordId)
                .doesNotContain(id);
    }

    @Test
    void hostileQueriesGiveResultsOrNothingButNeverAnError() {
        for (String q : SearchCorpus.HOSTILE) {
            assertThatCode(() -> index.search(SearchQuery.of(q))).as(q).doesNotThrowAnyException();
        }
        SearchResults cut = index.search(SearchQuery.of(SearchCorpus.LONG_TEXT));
        assertThat(cut.truncated()).isTrue();
        assertThat(index.search(SearchQuery.of("。，、；！？")).total()).isZero();
        assertThat(index.search(SearchQuery.of("<script>alert(1)</script>")).hits())
                .allSatisfy(h -> assertThat(h.snippetHtml() + h.titleHtml()).doesNotContain("<script"));
    }

    @Test
    void theIndexIsRebuiltFromTheDatabaseInBulkWithTheSameAnswers() {
        long before = index.count();
        assertThat(before).isPositive();
        // the index as built record by record, after each publication
        List<String> queries = List.of("工作总结", "最低生活保障", "义务教育招生入学", "行政处罚决定书", "示民发", "预算公开", "森林防火");
        List<List<String>> answers = queries.stream().map(this::answer).toList();
        indexing.rebuild();
        assertThat(index.count()).isEqualTo(before);
        assertThat(queries.stream().map(this::answer).toList()).isEqualTo(answers);
        assertThat(index.search(SearchQuery.of("工作总结")).total()).isPositive();
    }

    /** Every hit of a query with its highlighted title and snippet. */
    private List<String> answer(String q) {
        return index
                .search(new SearchQuery(q, null, null, null, null, null, SearchQuery.Sort.DATE, 1, 50))
                .hits()
                .stream()
                .map(h -> h.indexNumber() + "|" + h.titleHtml() + "|" + h.snippetHtml())
                .toList();
    }
}
