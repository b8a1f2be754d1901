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

        long id = editing.create(unit, new InformationDraft("示范县教育局2026年部门预算", null, null, LocalDate.of(2026, 2, 25),
                DocumentType.BUDGET, "0401", DisclosureColumn.A20_7, null, null, "部门预算说明如下。", DisclosureAttribute.PROACTIVE,
                null, null, List.of(), null));
        List<CatalogLink> linkable = editing.linkableCatalogItems(id);
        assertThat(linkable).isNotEmpty().allMatch(l -> l.areaName().equals("财政预决算"));
        assertThatThrownBy(() -> editing.linkCatalogItems(id, editing.record(id).lockVersion(), List.of(area + ":不存在")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("标准目录");
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
        assertThat(publicInformation.list(new InformationQuery(unit, null, null, null, null, null, null, 1, 20, area,
                item.itemKey())).items()).extracting(PublishedSummary::recordId).containsExactly(id);
        assertThat(publicInformation.list(new InformationQuery(unit, null, null, null, null, null, null, 1, 20, area, null))
                .items()).extracting(PublishedSummary::recordId).contains(id);
    }
}
