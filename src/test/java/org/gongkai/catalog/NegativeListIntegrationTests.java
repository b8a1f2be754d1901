package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.WithholdingGround;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 负面清单: entries with their grounds (第十四、十五、十六条), reviewed before publication, versioned. */
class NegativeListIntegrationTests extends IntegrationTest {

    @Autowired
    NegativeLists negativeLists;

    @Test
    void aUnitsNegativeListIsReviewedAndPublishedLikeACatalog() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = negativeLists.start(unit);
        assertThatThrownBy(() -> negativeLists.addEntry(id, 0, "低保对象身份证号码", null, null, "《条例》第十五条", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不予公开的理由");
        assertThatThrownBy(
                        () -> negativeLists.addEntry(id, 0, " ", null, WithholdingGround.THIRD_PARTY_RIGHTS, "x", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("事项名称");
        negativeLists.addEntry(
                id,
                0,
                "低保对象的身份证号码、银行账号",
                "申请材料中的个人身份信息",
                WithholdingGround.THIRD_PARTY_RIGHTS,
                "《中华人民共和国政府信息公开条例》第十五条",
                "涉及个人隐私");
        assertThatThrownBy(() ->
                        negativeLists.addEntry(id, 0, "重复保存", null, WithholdingGround.INTERNAL_AFFAIRS, "x", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");
        negativeLists.addEntry(id, 1, "内部人事管理信息", null, WithholdingGround.INTERNAL_AFFAIRS, "第十六条第一款", null);

        assertThatThrownBy(() -> negativeLists.publish(id, 2))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("先审后发");
        negativeLists.submit(id, 2);
        assertThat(negativeLists.published()).noneMatch(l -> l.id() == id);

        actAs("hd_editor");
        assertThatThrownBy(() -> negativeLists.list(id)).isInstanceOf(AccessDeniedException.class);
        actAs("mz_editor");
        assertThatThrownBy(() -> negativeLists.decide(id, 3, true, null)).isInstanceOf(AccessDeniedException.class);

        actAs("gkb");
        assertThat(negativeLists.canReview(id)).isTrue();
        negativeLists.decide(id, 3, false, "请补充内部事务信息的具体范围");
        actAs("mz_editor");
        assertThat(negativeLists.list(id).status()).isEqualTo(CatalogStatus.RETURNED);
        assertThat(negativeLists.list(id).reviewComment()).contains("具体范围");
        negativeLists.submit(id, negativeLists.list(id).lockVersion());
        actAs("gkb");
        negativeLists.decide(id, negativeLists.list(id).lockVersion(), true, null);
        actAs("mz_editor");
        negativeLists.publish(id, negativeLists.list(id).lockVersion());

        actAs("hd_editor");
        assertThat(negativeLists.list(id).entries())
                .extracting(NegativeListEntry::ground)
                .containsExactly(WithholdingGround.THIRD_PARTY_RIGHTS, WithholdingGround.INTERNAL_AFFAIRS);
        assertThat(negativeLists.published()).anyMatch(l -> l.id() == id);

        actAs("mz_editor");
        long second = negativeLists.start(unit);
        assertThat(negativeLists.list(second).entries()).hasSize(2);
        assertThat(negativeLists.list(second).versionNumber()).isEqualTo(2);
    }
}
