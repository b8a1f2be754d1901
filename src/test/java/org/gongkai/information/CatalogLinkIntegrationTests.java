package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A record names the standard-catalog items it fulfils; the public finds records by catalog area and item. */
class CatalogLinkIntegrationTests extends IntegrationTest {

    @Autowired
    CatalogCompilation catalogs;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    PublicInformation publicInformation;

    @Test
    void aRecordLinkedToACatalogItemIsListedUnderThatItem() {
        long unit = organizationId("示范县教育局");
        long area = areaId("财政预决算");
        actAs("edu_editor");
        long catalog = catalogs.startDraft(unit, area);
        catalogs.submit(catalog, catalogs.catalog(catalog).lockVersion());
        actAs("gkb");
        catalogs.decide(catalog, catalogs.catalog(catalog).lockVersion(), true, null);
        actAs("edu_editor");
        catalogs.publish(catalog, catalogs.catalog(catalog).lockVersion());

        long id = editing.create(
                unit,
                InformationDrafts.draft("示范县教育局2026年部门预算")
                        .writtenDate(null)
                        .formedDate(LocalDate.of(2026, 2, 25))
                        .type(DocumentType.BUDGET)
                        .topic("0401")
                        .column(DisclosureColumn.A20_7)
                        .keywords(null)
                        .summary(null)
                        .body("部门预算说明如下。")
                        .build());
        List<CatalogLink> linkable = editing.linkableCatalogItems(id);
        assertThat(linkable).isNotEmpty().allMatch(l -> l.areaName().equals("财政预决算"));
        assertThatThrownBy(() -> editing.linkCatalogItems(id, editing.record(id).lockVersion(), List.of(area + ":不存在")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("标准目录");
        CatalogLink item = linkable.get(0);
        editing.linkCatalogItems(id, editing.record(id).lockVersion(), List.of(item.ref()));
        assertThat(editing.catalogLinks(id)).containsExactly(item);

        editing.submit(id, editing.record(id).lockVersion());
        actAs("edu_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("edu_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, null, null);

        PublishedInformation published = publicInformation.current(id).orElseThrow();
        assertThat(publicInformation.catalogLinks(published)).containsExactly(item);
        assertThat(publicInformation
                        .list(new InformationQuery(
                                unit, null, null, null, null, null, null, 1, 20, area, item.itemKey()))
                        .items())
                .extracting(PublishedSummary::recordId)
                .containsExactly(id);
        assertThat(publicInformation
                        .list(new InformationQuery(unit, null, null, null, null, null, null, 1, 20, area, null))
                        .items())
                .extracting(PublishedSummary::recordId)
                .contains(id);
    }

    /**
     * Issue 9 §25 and 先审后发: joint issuers and catalog links belong to the revision. A correction edits the working
     * copy's; the public keeps the published revision's until the correction is signed off; abandoning the correction
     * restores them, and the joint issuer's agreement is kept.
     */
    @Test
    void aCorrectionChangesIssuersAndLinksOnlyWhenPublished_andAbandoningItRestoresThem() {
        long unit = organizationId("示范县教育局");
        long mz = organizationId("示范县民政局");
        long area = areaId("财政预决算");
        actAs("edu_editor");
        long catalog = catalogs.startDraft(unit, area);
        catalogs.submit(catalog, catalogs.catalog(catalog).lockVersion());
        actAs("gkb");
        catalogs.decide(catalog, catalogs.catalog(catalog).lockVersion(), true, null);
        actAs("edu_editor");
        catalogs.publish(catalog, catalogs.catalog(catalog).lockVersion());
        InformationDraft draft = InformationDrafts.draft("教育局民政局联合印发资助资金预算（更正）")
                .writtenDate(null)
                .formedDate(LocalDate.of(2026, 2, 25))
                .type(DocumentType.BUDGET)
                .topic("0401")
                .column(DisclosureColumn.A20_7)
                .keywords(null)
                .summary(null)
                .body("预算说明如下。")
                .jointIssuers(List.of(mz))
                .build();
        long id = editing.create(unit, draft);
        List<CatalogLink> linkable = editing.linkableCatalogItems(id);
        assertThat(linkable).hasSizeGreaterThan(1);
        CatalogLink first = linkable.get(0);
        CatalogLink second = linkable.get(1);
        editing.linkCatalogItems(id, editing.record(id).lockVersion(), List.of(first.ref()));
        actAs("mz_signer");
        editing.confirmJointIssue(id, mz);
        publish(id);

        actAs("edu_editor");
        editing.startCorrection(id, editing.record(id).lockVersion());
        editing.update(id, editing.record(id).lockVersion(), correction(draft, List.of(), "不再联合发文"));
        editing.linkCatalogItems(id, editing.record(id).lockVersion(), List.of(second.ref()));
        assertThat(editing.record(id).jointIssuerIds()).isEmpty();
        assertThat(editing.catalogLinks(id)).containsExactly(second);
        // the public still sees the published revision's issuers and links
        assertPublic(id, unit, mz, area, first, second, true);
        transactions.executeWithoutResult(tx -> listing.rebuild());
        assertPublic(id, unit, mz, area, first, second, true);

        editing.abandonCorrection(id, editing.record(id).lockVersion());
        assertThat(editing.record(id).jointIssuerIds()).containsExactly(mz);
        assertThat(editing.unconfirmedIssuers(id)).as("the agreement is kept").isEmpty();
        assertThat(editing.catalogLinks(id)).containsExactly(first);
        assertPublic(id, unit, mz, area, first, second, true);

        // published, the correction's issuers and links become the public's, and the dropped unit's agreement ends
        editing.startCorrection(id, editing.record(id).lockVersion());
        editing.update(id, editing.record(id).lockVersion(), correction(draft, List.of(), "不再联合发文"));
        editing.linkCatalogItems(id, editing.record(id).lockVersion(), List.of(second.ref()));
        publish(id);
        assertPublic(id, unit, mz, area, second, first, false);
        assertThat(publicInformation.catalogLinks(publicInformation
                        .page(editing.record(id).indexNumber(), 1)
                        .record()))
                .as("the first revision keeps its own")
                .containsExactly(first);
        actAs("edu_editor");
        editing.startCorrection(id, editing.record(id).lockVersion());
        editing.update(id, editing.record(id).lockVersion(), correction(draft, List.of(mz), "恢复联合发文"));
        assertThat(editing.unconfirmedIssuers(id))
                .as("named again, it agrees again")
                .containsExactly(mz);
    }

    private static InformationDraft correction(InformationDraft d, List<Long> jointIssuers, String note) {
        return InformationDrafts.draft(d.title())
                .writtenDate(null)
                .formedDate(d.formedDate())
                .type(d.documentType())
                .topic(d.topicCode())
                .column(d.column())
                .keywords(null)
                .summary(null)
                .body(d.bodyHtml())
                .attribute(d.attribute())
                .jointIssuers(jointIssuers)
                .correctionNote(note)
                .build();
    }

    @Autowired
    PublicListing listing;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private void publish(long id) {
        actAs("edu_editor");
        editing.submit(id, editing.record(id).lockVersion());
        actAs("edu_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("edu_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, null, null);
        actAs("edu_editor");
    }

    private void assertPublic(
            long id, long unit, long joint, long area, CatalogLink linked, CatalogLink notLinked, boolean jointShown) {
        PublishedInformation published = publicInformation.current(id).orElseThrow();
        assertThat(published.jointIssuerIds().contains(joint)).isEqualTo(jointShown);
        assertThat(publicInformation.catalogLinks(published)).containsExactly(linked);
        assertThat(publicInformation
                        .list(new InformationQuery(
                                unit, null, null, null, null, null, null, 1, 50, area, linked.itemKey()))
                        .items())
                .extracting(PublishedSummary::recordId)
                .contains(id);
        assertThat(publicInformation
                        .list(new InformationQuery(
                                unit, null, null, null, null, null, null, 1, 50, area, notLinked.itemKey()))
                        .items())
                .extracting(PublishedSummary::recordId)
                .doesNotContain(id);
        List<Long> underJoint =
                publicInformation
                        .list(new InformationQuery(joint, null, null, null, null, null, null, 1, 50))
                        .items()
                        .stream()
                        .map(PublishedSummary::recordId)
                        .toList();
        assertThat(underJoint.contains(id)).isEqualTo(jointShown);
    }
}
