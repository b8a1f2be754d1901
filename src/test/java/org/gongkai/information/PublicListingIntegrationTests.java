package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public read model answers every listing exactly as the records themselves do: the same records in the
 * same order whether reached by page number or by cursor, the same totals from the maintained counts, and it
 * follows publication, correction, validity and withdrawal in the same transaction.
 */
class PublicListingIntegrationTests extends IntegrationTest {

    @Autowired
    PublicInformation publicInformation;

    @Autowired
    PublicListing listing;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    /** The records a query should list, newest first, read from the records and revisions without the model. */
    private List<Long> expected(
            Long organizationId, String column, String topicPrefix, String type, Integer year, boolean written) {
        StringBuilder sql = new StringBuilder("select r.id from information_record r join information_revision v "
                + "on v.record_id = r.id and v.revision_number = r.published_revision "
                + "where r.status <> 'WITHDRAWN' and r.published_revision is not null ");
        List<Object> params = new ArrayList<>();
        if (organizationId != null) {
            sql.append("and (r.organization_id = ? or exists (select 1 from information_revision_issuer i "
                    + "join information_issue_confirmation c on c.record_id = r.id and c.organization_id = i.organization_id "
                    + "where i.revision_id = v.id and i.organization_id = ?)) ");
            params.add(organizationId);
            params.add(organizationId);
        }
        if (column != null) {
            sql.append("and v.disclosure_column = ? ");
            params.add(column);
        }
        if (topicPrefix != null) {
            sql.append("and v.topic_code like ? ");
            params.add(topicPrefix + "%");
        }
        if (type != null) {
            sql.append("and v.document_type = ? ");
            params.add(type);
        }
        List<Long> ids = jdbc.sql(sql
                        + (written
                                ? "order by coalesce(v.written_date, v.formed_date) desc, r.id desc"
                                : "order by r.first_published_at desc, r.id desc"))
                .params(params)
                .query(Long.class)
                .list();
        if (year == null) {
            return ids;
        }
        ZoneId zone = clock.getZone();
        return ids.stream()
                .filter(id -> jdbc.sql("select first_published_at from information_record where id = ?")
                                .param(id)
                                .query(java.time.OffsetDateTime.class)
                                .single()
                                .atZoneSameInstant(zone)
                                .getYear()
                        == year)
                .toList();
    }

    /** Walks every page: numbered ones while they last, then by cursor. */
    private List<Long> walk(InformationQuery first) {
        List<Long> seen = new ArrayList<>();
        Page<PublishedSummary> page = publicInformation.list(first);
        seen.addAll(page.items().stream().map(PublishedSummary::recordId).toList());
        long total = page.total();
        while (page.hasNext()) {
            page = publicInformation.list(first.withPage(page.page() + 1), page.next());
            seen.addAll(page.items().stream().map(PublishedSummary::recordId).toList());
            assertThat(page.total()).isEqualTo(total);
        }
        assertThat(total).isEqualTo(seen.size());
        return seen;
    }

    private static InformationQuery query(
            Long org,
            DisclosureColumn column,
            String topic,
            DocumentType type,
            Integer year,
            InformationQuery.Sort sort,
            int size) {
        return new InformationQuery(org, column, topic, type, year, null, sort, 1, size);
    }

    @Test
    void everyListingMatchesTheRecordsByCursorAndByNumber() {
        long mz = organizationId("示范县民政局");
        int year = publicInformation.years().get(0);
        assertThat(walk(query(null, null, null, null, null, null, 7)))
                .isEqualTo(expected(null, null, null, null, null, false));
        assertThat(walk(query(mz, null, null, null, null, null, 3)))
                .isEqualTo(expected(mz, null, null, null, null, false));
        assertThat(walk(query(null, DisclosureColumn.A20_1, null, null, null, null, 4)))
                .isEqualTo(expected(null, "A20_1", null, null, null, false));
        assertThat(walk(query(null, null, "17", null, null, null, 5)))
                .isEqualTo(expected(null, null, "17", null, null, false));
        assertThat(walk(query(null, null, "1703", DocumentType.NORMATIVE_DOCUMENT, null, null, 2)))
                .isEqualTo(expected(null, null, "1703", "NORMATIVE_DOCUMENT", null, false));
        assertThat(walk(query(null, null, null, null, year, null, 9)))
                .isEqualTo(expected(null, null, null, null, year, false));
        assertThat(walk(query(null, null, null, null, null, InformationQuery.Sort.WRITTEN, 6)))
                .isEqualTo(expected(null, null, null, null, null, true));

        // a numbered page is the same page as the one reached by cursor
        Page<PublishedSummary> byNumber =
                publicInformation.list(new InformationQuery(null, null, null, null, null, null, null, 3, 7));
        Page<PublishedSummary> second =
                publicInformation.list(new InformationQuery(null, null, null, null, null, null, null, 2, 7));
        assertThat(publicInformation
                        .list(new InformationQuery(null, null, null, null, null, null, null, 3, 7), second.next())
                        .items())
                .isEqualTo(byNumber.items());
    }

    @Test
    void deepPagesAreReachedByCursorOnly() {
        assertThatThrownBy(() ->
                        publicInformation.list(new InformationQuery(null, null, null, null, null, null, null, 52, 20)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("下一页");
        assertThat(publicInformation
                        .list(new InformationQuery(null, null, null, null, null, null, null, 51, 20))
                        .items())
                .isEmpty();
        assertThat(ListingCursor.parse("x-1")).isEmpty();
        assertThat(ListingCursor.parse("1700000000000-42")).contains(new ListingCursor(1700000000000L, 42));
    }

    @Test
    void theModelFollowsPublicationCorrectionValidityAndWithdrawalAndARebuildChangesNothing() {
        long mz = organizationId("示范县民政局");
        long edu = organizationId("示范县教育局");
        long siteBefore = publicInformation.publicCount();
        actAs("mz_editor");
        long id = editing.create(
                mz,
                InformationDrafts.draft("民政局教育局联合印发困难学生救助办法（读模型）")
                        .column(DisclosureColumn.A20_1)
                        .keywords("救助")
                        .summary("联合发文")
                        .body("正文")
                        .jointIssuers(List.of(edu))
                        .build());
        editing.submit(id, editing.record(id).lockVersion());
        actAs("mz_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("mz_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, "同意", null);

        assertThat(publicInformation.publicCount()).isEqualTo(siteBefore + 1);
        // issue 9 §26: the joint issuer lists it only once it has confirmed
        assertThat(publicInformation
                        .list(new InformationQuery(edu, DisclosureColumn.A20_1, null, null, null, null, null, 1, 5))
                        .items())
                .noneMatch(i -> i.recordId() == id);
        assertThatThrownBy(() -> editing.confirmJointIssue(id, edu))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        actAs("edu_editor");
        assertThatThrownBy(() -> editing.record(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        actAs("edu_signer");
        assertThat(editing.awaitingJointIssueConfirmation())
                .extracting(GovernmentInformation::id)
                .contains(id);
        assertThat(editing.record(id).title())
                .as("the joint issuer's signer reads what it confirms")
                .contains("读模型");
        editing.confirmJointIssue(id, edu);
        assertThat(editing.awaitingJointIssueConfirmation())
                .extracting(GovernmentInformation::id)
                .doesNotContain(id);
        // the joint issuer lists it too, with the lead unit as the issuer shown
        PublishedSummary inEdu = publicInformation
                .list(new InformationQuery(edu, DisclosureColumn.A20_1, null, null, null, null, null, 1, 5))
                .items()
                .get(0);
        assertThat(inEdu.recordId()).isEqualTo(id);
        assertThat(inEdu.organizationId()).isEqualTo(mz);
        assertThat(publicInformation
                        .latestByColumn(mz, List.of(DisclosureColumn.A20_1), 5)
                        .get(DisclosureColumn.A20_1)
                        .get(0)
                        .recordId())
                .isEqualTo(id);

        actAs("mz_editor");
        review.changeValidity(id, editing.record(id).lockVersion(), Validity.EXPIRED, LocalDate.of(2026, 3, 2), null);
        assertThat(publicInformation
                        .list(new InformationQuery(null, null, null, null, null, Validity.EXPIRED, null, 1, 100))
                        .items())
                .extracting(PublishedSummary::recordId)
                .contains(id);

        List<java.util.Map<String, Object>> before = snapshot();
        transactions(() -> listing.rebuild());
        assertThat(snapshot()).isEqualTo(before);

        actAs("mz_signer");
        review.withdraw(id, editing.record(id).lockVersion(), "联合发文需重新会签");
        assertThat(publicInformation.publicCount()).isEqualTo(siteBefore);
        assertThat(publicInformation
                        .list(new InformationQuery(edu, null, null, null, null, null, null, 1, 100))
                        .items())
                .extracting(PublishedSummary::recordId)
                .doesNotContain(id);
        assertThat(jdbc.sql("select coalesce(sum(n), 0) from public_count where scope_id = ?")
                        .param(edu)
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(*) from public_listing where scope_id = ?")
                        .param(edu)
                        .query(Long.class)
                        .single());
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactionTemplate;

    private void transactions(Runnable r) {
        transactionTemplate.executeWithoutResult(tx -> r.run());
    }

    private List<java.util.Map<String, Object>> snapshot() {
        List<java.util.Map<String, Object>> rows =
                new ArrayList<>(jdbc.sql("select scope_id, record_id, title, validity, "
                                + "pub_year, disclosure_column from public_listing order by scope_id, record_id")
                        .query()
                        .listOfRows());
        rows.addAll(jdbc.sql("select scope_id, disclosure_column, pub_year, document_type, topic_code, validity, n "
                        + "from public_count where n > 0 order by scope_id, disclosure_column, pub_year, document_type, topic_code, "
                        + "validity")
                .query()
                .listOfRows());
        return rows;
    }
}
