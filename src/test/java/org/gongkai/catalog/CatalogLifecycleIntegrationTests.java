package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The life of a township's catalog under 国办发〔2019〕54号: compiled from the area guideline, reviewed
 * level by level (the county department in charge, then the supervising office), returned once, published
 * only after review (先审后发), read by the public, and adjusted in a new version.
 */
class CatalogLifecycleIntegrationTests extends IntegrationTest {

    @Autowired
    CatalogCompilation compilation;

    private CatalogItemDraft edited(CatalogItem i, String content) {
        return new CatalogItemDraft(
                i.firstLevel(),
                i.secondLevel(),
                i.thirdLevel(),
                content,
                i.legalBasis(),
                i.timeLimit().phrase(),
                i.responsibleBody(),
                i.channels(),
                "村务公开栏",
                i.audience(),
                i.mode(),
                i.levels());
    }

    @Test
    void aTownshipCatalogFromGuidelineToPublicationAndAdjustment() {
        long township = organizationId("示范县城关镇人民政府");
        long relief = areaId("社会救助");

        // 1. The township editor starts from the guideline: only items that apply at township level.
        actAs("cg_editor");
        long id = compilation.startDraft(township, relief);
        StandardCatalog draft = compilation.catalog(id);
        assertThat(draft.status()).isEqualTo(CatalogStatus.DRAFT);
        assertThat(draft.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.levels()).containsExactly(AdministrativeLevel.TOWNSHIP);
            assertThat(i.responsibleBody()).isEqualTo("示范县城关镇人民政府");
        });
        assertThatThrownBy(() -> compilation.startDraft(township, relief))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("未发布的目录");

        // 2. Editing; a second save on the same version is told the draft changed.
        CatalogItem first = draft.items().get(0);
        compilation.updateItem(id, first.itemKey(), draft.lockVersion(), edited(first, "低保对象名单（每月更新）"));
        assertThatThrownBy(() -> compilation.updateItem(id, first.itemKey(), draft.lockVersion(), edited(first, "覆盖")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");
        StandardCatalog edited = compilation.catalog(id);
        assertThat(edited.items().get(0).contentElements()).isEqualTo("低保对象名单（每月更新）");
        assertThat(edited.items().get(0).channelChecklist())
                .startsWith("■政府网站 □政府公报")
                .endsWith("■村务公开栏");
        String localKey = compilation.addItem(
                id,
                edited.lockVersion(),
                new CatalogItemDraft(
                        "临时救助",
                        "临时救助对象公示",
                        null,
                        "救助对象、救助金额",
                        "《社会救助暂行办法》",
                        "信息形成或者变更之日起20个工作日内",
                        "示范县城关镇人民政府",
                        EnumSet.of(Channel.NOTICE_BOARD),
                        null,
                        Audience.PUBLIC,
                        DisclosureMode.PROACTIVE,
                        EnumSet.of(AdministrativeLevel.TOWNSHIP)));

        // 3. Another township sees nothing of it; nobody reviews a draft.
        actAs("hd_editor");
        assertThatThrownBy(() -> compilation.catalog(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(compilation.published(township, relief)).isEmpty();

        // 4. Submitted: first the department in charge (民政局), then the supervising office.
        actAs("cg_editor");
        compilation.submit(id, compilation.catalog(id).lockVersion());
        StandardCatalog submitted = compilation.catalog(id);
        assertThat(submitted.review())
                .extracting(ReviewStep::reviewerKind)
                .containsExactly(
                        ReviewStep.ReviewerKind.DEPARTMENT_IN_CHARGE, ReviewStep.ReviewerKind.SUPERVISING_OFFICE);
        assertThatThrownBy(() -> compilation.addItem(id, submitted.lockVersion(), edited(first, "x")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能修改");
        assertThatThrownBy(() -> compilation.decide(id, submitted.lockVersion(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        assertThat(compilation.canReview(id))
                .as("the office waits for the department")
                .isFalse();

        // 5. The department returns it with a comment; a return without comment is refused.
        actAs("mz_signer");
        assertThat(compilation.awaitingMyReview())
                .extracting(CatalogInReview::id)
                .contains(id);
        assertThatThrownBy(() -> compilation.decide(id, submitted.lockVersion(), false, " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("审核意见");
        compilation.decide(id, submitted.lockVersion(), false, "请补充临时救助的公开依据条款");
        assertThat(compilation.catalog(id).status()).isEqualTo(CatalogStatus.RETURNED);

        // 6. Corrected and resubmitted: a new review round.
        actAs("cg_editor");
        StandardCatalog returned = compilation.catalog(id);
        CatalogItem local = returned.items().stream()
                .filter(i -> i.itemKey().equals(localKey))
                .findFirst()
                .orElseThrow();
        compilation.updateItem(
                id,
                localKey,
                returned.lockVersion(),
                new CatalogItemDraft(
                        local.firstLevel(),
                        local.secondLevel(),
                        null,
                        local.contentElements(),
                        "《社会救助暂行办法》第五十条",
                        local.timeLimit().phrase(),
                        local.responsibleBody(),
                        local.channels(),
                        null,
                        local.audience(),
                        local.mode(),
                        local.levels()));
        compilation.submit(id, compilation.catalog(id).lockVersion());
        assertThat(compilation.catalog(id).reviewRound()).isEqualTo(2);

        actAs("mz_signer");
        compilation.decide(id, compilation.catalog(id).lockVersion(), true, null);
        actAs("gkb");
        assertThat(compilation.canReview(id)).isTrue();
        assertThatThrownBy(() -> compilation.publish(id, compilation.catalog(id).lockVersion()))
                .isInstanceOf(AccessDeniedException.class);
        int seen = compilation.catalog(id).lockVersion();
        compilation.decide(id, seen, true, "同意发布");
        assertThat(compilation.catalog(id).status()).isEqualTo(CatalogStatus.REVIEWED);
        // issue 9 §23: the same decision again (another tab) is told it was handled, not refused
        long refusals = jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> compilation.decide(id, seen, true, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");
        assertThat(jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(refusals);

        // 7. Published by the unit: now public; a published version never changes.
        actAs("cg_editor");
        compilation.publish(id, compilation.catalog(id).lockVersion());
        assertThat(compilation.published(township, relief)).singleElement().satisfies(c -> {
            assertThat(c.versionNumber()).isEqualTo(1);
            assertThat(c.items()).extracting(CatalogItem::secondLevel).contains("临时救助对象公示");
        });
        assertThatThrownBy(() -> compilation.updateItem(
                        id, localKey, compilation.catalog(id).lockVersion(), edited(local, "改")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("新建版本");

        // 8. Adjustment: a new version starts from the published one; the old stays public until the new is published.
        long second = compilation.startDraft(township, relief);
        assertThat(compilation.catalog(second).versionNumber()).isEqualTo(2);
        assertThat(compilation.catalog(second).items())
                .hasSameSizeAs(compilation.catalog(id).items());
        compilation.removeItem(second, localKey, compilation.catalog(second).lockVersion());
        assertThat(compilation.published(township, relief))
                .singleElement()
                .extracting(StandardCatalog::id)
                .isEqualTo(id);
    }

    @Test
    void aDepartmentsCatalogGoesStraightToTheSupervisingOffice_andNothingUnreviewedIsPublished() {
        long education = organizationId("示范县教育局");
        actAs("edu_editor");
        long id = compilation.startDraft(education, areaId("义务教育"));
        assertThat(compilation.catalog(id).items())
                .allSatisfy(i -> assertThat(i.levels()).containsExactly(AdministrativeLevel.COUNTY));
        assertThatThrownBy(() -> compilation.publish(id, compilation.catalog(id).lockVersion()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("先审后发");
        compilation.submit(id, compilation.catalog(id).lockVersion());
        assertThat(compilation.catalog(id).review())
                .extracting(ReviewStep::reviewerKind)
                .containsExactly(ReviewStep.ReviewerKind.SUPERVISING_OFFICE);
        // issue 9 §25: the step names the office, not the placeholder 政务公开主管部门
        assertThat(compilation.catalog(id).review())
                .extracting(ReviewStep::reviewerOrganizationName)
                .containsExactly("示范县人民政府办公室");
        assertThatThrownBy(() -> compilation.publish(id, compilation.catalog(id).lockVersion()))
                .isInstanceOf(RuleViolation.class);
        assertThat(compilation.publishedCatalog(id)).isEmpty();
    }

    @Test
    void anEmptyCatalogCannotBeSubmitted_andAnItemNeedsAChannel() {
        long office = organizationId("示范县人民政府办公室");
        actAs("sysadmin");
        // the office has no editor in the demo; the supervisor compiles nothing
        actAs("gkb");
        assertThatThrownBy(() -> compilation.startDraft(office, areaId("救灾")))
                .isInstanceOf(AccessDeniedException.class);

        actAs("mz_editor");
        long id = compilation.startDraft(organizationId("示范县民政局"), areaId("养老服务"));
        StandardCatalog c = compilation.catalog(id);
        for (CatalogItem i : c.items()) {
            compilation.removeItem(id, i.itemKey(), compilation.catalog(id).lockVersion());
        }
        assertThatThrownBy(() -> compilation.submit(id, compilation.catalog(id).lockVersion()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("没有任何事项");
        assertThatThrownBy(() -> compilation.addItem(
                        id,
                        compilation.catalog(id).lockVersion(),
                        new CatalogItemDraft(
                                null,
                                "养老机构名单",
                                null,
                                null,
                                null,
                                "及时公开",
                                null,
                                EnumSet.noneOf(Channel.class),
                                " ",
                                Audience.PUBLIC,
                                DisclosureMode.PROACTIVE,
                                EnumSet.of(AdministrativeLevel.COUNTY))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("公开渠道");
    }

    @Test
    void aNewVersionRecordsEachAdjustmentWithItsReason() {
        long township = organizationId("示范县城关镇人民政府");
        long relief = areaId("救灾");
        actAs("cg_editor");
        long first = compilation.startDraft(township, relief);
        compilation.submit(first, compilation.catalog(first).lockVersion());
        actAs("gkb");
        compilation.decide(first, compilation.catalog(first).lockVersion(), true, null);
        actAs("cg_editor");
        compilation.publish(first, compilation.catalog(first).lockVersion());
        assertThat(compilation.adjustmentHistory(township, relief))
                .as("a first version adjusts nothing")
                .isEmpty();

        long second = compilation.startDraft(township, relief);
        List<CatalogItem> items = compilation.catalog(second).items();
        CatalogItem changed = items.get(0);
        CatalogItem cancelled = items.get(1);
        compilation.updateItem(
                second,
                changed.itemKey(),
                compilation.catalog(second).lockVersion(),
                edited(changed, "与救灾有关的法律、法规（含本县配套文件）"));
        compilation.removeItem(
                second, cancelled.itemKey(), compilation.catalog(second).lockVersion());
        String added = compilation.addItem(
                second,
                compilation.catalog(second).lockVersion(),
                new CatalogItemDraft(
                        "救灾物资",
                        "救灾物资发放",
                        null,
                        "发放对象、数量",
                        "《自然灾害救助条例》",
                        "信息形成或者变更之日起20个工作日内",
                        "示范县城关镇人民政府",
                        EnumSet.of(Channel.NOTICE_BOARD),
                        null,
                        Audience.PUBLIC,
                        DisclosureMode.PROACTIVE,
                        EnumSet.of(AdministrativeLevel.TOWNSHIP)));

        assertThat(compilation.proposedAdjustments(second))
                .filteredOn(a -> a.kind() != AdjustmentKind.RETAINED)
                .extracting(CatalogAdjustment::itemKey, CatalogAdjustment::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(changed.itemKey(), AdjustmentKind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(added, AdjustmentKind.ADDED),
                        org.assertj.core.groups.Tuple.tuple(cancelled.itemKey(), AdjustmentKind.CANCELLED));
        assertThatThrownBy(() ->
                        compilation.submit(second, compilation.catalog(second).lockVersion()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("还没有填写理由")
                .hasMessageContaining("救灾物资发放");
        assertThatThrownBy(() -> compilation.explainAdjustment(
                        second, compilation.catalog(second).lockVersion(), added, AdjustmentKind.DELEGATED, "错"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("下放");

        compilation.explainAdjustment(
                second, compilation.catalog(second).lockVersion(), changed.itemKey(), null, "补充本县配套文件");
        compilation.explainAdjustment(
                second,
                compilation.catalog(second).lockVersion(),
                cancelled.itemKey(),
                AdjustmentKind.DELEGATED,
                "下放至村（居）委会公开");
        compilation.explainAdjustment(second, compilation.catalog(second).lockVersion(), added, null, "新增救灾物资发放公示");
        compilation.submit(second, compilation.catalog(second).lockVersion());
        actAs("gkb");
        compilation.decide(second, compilation.catalog(second).lockVersion(), true, null);
        actAs("cg_editor");
        compilation.publish(second, compilation.catalog(second).lockVersion());

        assertThat(compilation.adjustmentHistory(township, relief))
                .filteredOn(a -> a.kind() != AdjustmentKind.RETAINED)
                .extracting(CatalogAdjustment::versionNumber, CatalogAdjustment::kind, CatalogAdjustment::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, AdjustmentKind.CHANGED, "补充本县配套文件"),
                        org.assertj.core.groups.Tuple.tuple(2, AdjustmentKind.DELEGATED, "下放至村（居）委会公开"),
                        org.assertj.core.groups.Tuple.tuple(2, AdjustmentKind.ADDED, "新增救灾物资发放公示"));
        assertThat(compilation.adjustmentHistory(township, relief))
                .allSatisfy(a -> assertThat(a.adjustedOn()).isNotNull());
        assertThat(compilation.catalog(first).status()).isEqualTo(CatalogStatus.SUPERSEDED);
        assertThat(compilation.published(township, relief))
                .singleElement()
                .extracting(StandardCatalog::id)
                .isEqualTo(second);
    }

    /** Issue 9 §27: the department in charge reads only the catalogs it is asked to review, not other drafts of its area. */
    @Test
    void theDepartmentInChargeReadsOnlyTheCatalogsItIsAskedToReview() {
        long hedong = organizationId("示范县河东镇人民政府");
        long elderly = areaId("养老服务");
        actAs("hd_editor");
        long id = compilation.startDraft(hedong, elderly);
        actAs("mz_signer");
        assertThatThrownBy(() -> compilation.catalog(id)).isInstanceOf(AccessDeniedException.class);
        actAs("hd_editor");
        compilation.submit(id, compilation.catalog(id).lockVersion());
        actAs("mz_signer");
        assertThat(compilation.catalog(id).id()).isEqualTo(id);
    }
}
