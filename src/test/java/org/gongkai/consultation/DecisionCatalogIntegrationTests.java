package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 决策事项目录 (国务院令第713号 第三条; issue 15 §6): the office compiles next year's catalog, publishes it only with the
 * Party committee's agreement recorded, adjusts it with reasons; the sponsoring unit's editor moves its item to decided;
 * nothing is public before publication.
 */
class DecisionCatalogIntegrationTests extends IntegrationTest {

    @Autowired
    DecisionCatalogs catalogs;

    @Test
    void theOfficeCompilesPublishesAndAdjustsTheCatalogAndTheSponsorReportsProgress() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        long government = organizationId("示范县人民政府");
        long mz = organizationId("示范县民政局");
        long edu = organizationId("示范县教育局");
        actAs("mz_editor");
        assertThatThrownBy(() -> catalogs.create(government, 2027)).isInstanceOf(AccessDeniedException.class);

        actAs("gkb");
        assertThatThrownBy(() -> catalogs.create(mz, 2027))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("人民政府");
        long id = catalogs.create(government, 2027);
        assertThatThrownBy(() -> catalogs.create(government, 2027))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已经存在");
        assertThatThrownBy(() -> catalogs.publish(id, catalogs.find(id).version(), "经县委同意"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("还没有事项");
        assertThatThrownBy(() -> catalogs.addItem(
                        id, new DecisionCatalogs.ItemDraft("某事项", mz, null, List.of(), "2027年第二季度", null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第十四条");
        long pension = catalogs.addItem(
                id,
                new DecisionCatalogs.ItemDraft(
                        "示范县居家养老服务补贴办法",
                        mz,
                        "落实居家养老政策",
                        List.of(Participation.PUBLIC_CONSULTATION, Participation.LEGALITY_REVIEW),
                        "2027年第二季度",
                        null,
                        null));
        long schools = catalogs.addItem(
                id,
                new DecisionCatalogs.ItemDraft(
                        "城区中小学布局调整规划",
                        edu,
                        null,
                        List.of(Participation.HEARING, Participation.EXPERT_REVIEW, Participation.RISK_ASSESSMENT),
                        "2027年第四季度",
                        null,
                        null));
        assertThat(catalogs.published(government, 2027))
                .as("nothing public before publication")
                .isEmpty();
        assertThatThrownBy(() -> catalogs.publish(id, catalogs.find(id).version(), " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("党委");
        actAs("mz_editor");
        assertThatThrownBy(() -> catalogs.move(id, pension, 0, DecisionItemStatus.IN_PROGRESS, null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("公布后");
        actAs("gkb");
        catalogs.publish(id, catalogs.find(id).version(), "经县委常委会 2027 年第 1 次会议同意");
        assertThatThrownBy(() -> catalogs.removeDraftItem(id, schools))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("调出目录");
        assertThatThrownBy(() -> catalogs.addItem(
                        id,
                        new DecisionCatalogs.ItemDraft(
                                "县城污水处理厂扩建", edu, null, List.of(Participation.HEARING), "2027年底", null, null)))
                .as("an adjustment needs its reason")
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("调整理由");

        actAs("edu_editor");
        assertThatThrownBy(() -> catalogs.move(id, pension, 0, DecisionItemStatus.IN_PROGRESS, null, null))
                .as("another unit's item")
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_editor");
        int v = item(id, pension).version();
        catalogs.move(id, pension, v, DecisionItemStatus.IN_PROGRESS, "已完成起草，开始公开征求意见", null);
        assertThatThrownBy(() -> catalogs.move(id, pension, v, DecisionItemStatus.DECIDED, null, null))
                .as("a stale form")
                .isInstanceOf(RuleViolation.class);
        catalogs.move(
                id,
                pension,
                item(id, pension).version(),
                DecisionItemStatus.DECIDED,
                "县政府常务会议审议通过",
                "11510799MB0000000X/2027-00001");
        assertThatThrownBy(() -> catalogs.move(
                        id, pension, item(id, pension).version(), DecisionItemStatus.IN_PROGRESS, null, null))
                .isInstanceOf(RuleViolation.class);
        actAs("gkb");
        assertThatThrownBy(() -> catalogs.move(
                        id, schools, item(id, schools).version(), DecisionItemStatus.WITHDRAWN, null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("理由");
        catalogs.move(id, schools, item(id, schools).version(), DecisionItemStatus.WITHDRAWN, "并入县国土空间总体规划统筹", null);

        SecurityContextHolder.clearContext();
        DecisionCatalog published = catalogs.published(government, 2027).orElseThrow();
        assertThat(published.approvalNote()).contains("县委常委会");
        assertThat(published.items())
                .extracting(DecisionCatalog.Item::status)
                .containsExactly(DecisionItemStatus.DECIDED, DecisionItemStatus.WITHDRAWN);
        assertThat(catalogs.publishedYears(government)).contains(2027);
    }

    private DecisionCatalog.Item item(long catalogId, long itemId) {
        return catalogs.find(catalogId).items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow();
    }
}
