package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 领导信息 (issue 14 §3): a unit keeps its own leaders — checked, audited, changed only as shown — and no other unit's
 * editor can touch them.
 */
class LeadersIntegrationTests extends IntegrationTest {

    @Autowired
    Leaders leaders;

    @Autowired
    Overviews overviews;

    /** 概况信息: set, changed as shown, removed by blank; the demo county has its own. */
    @Test
    void aUnitKeepsItsOverview_changedOnlyAsShown_andBlankRemovesIt() {
        assertThat(overviews.of(organizationId("示范县人民政府")).orElseThrow().paragraphs())
                .hasSizeGreaterThanOrEqualTo(3);
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        overviews.save(unit, "第一段。\r\n\r\n第二段。", null);
        Overviews.Overview saved = overviews.of(unit).orElseThrow();
        assertThat(saved.paragraphs()).containsExactly("第一段。", "第二段。");
        assertThatThrownBy(() -> overviews.save(unit, "又一段。", null))
                .as("written over by someone who saw none")
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> overviews.save(unit, "长".repeat(4001), saved.version()))
                .hasMessageContaining("最多 4000 字");
        overviews.save(unit, "  ", saved.version());
        assertThat(overviews.of(unit)).isEmpty();
        actAs("edu_editor");
        assertThatThrownBy(() -> overviews.save(unit, "某某", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUnitKeepsItsLeaders_auditedAndChangedOnlyAsShown() {
        long unit = organizationId("示范县民政局");
        assertThat(leaders.of(unit)).as("the demo names each unit's leaders").hasSizeGreaterThanOrEqualTo(2);
        assertThat(leaders.of(unit).get(0).post()).isEqualTo("局长");
        actAs("mz_editor");
        long id = leaders.save(unit, null, null, "  测试  ", "副局长", "分管社会救助工作。", 5);
        Leader saved =
                leaders.of(unit).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
        assertThat(saved.name()).isEqualTo("测试");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ORGANIZATION_LEADER_SAVE' "
                                + "and target = ? and detail like '%测试%'")
                        .param("organization:" + unit)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        leaders.save(unit, id, saved.version(), "测试", "党组成员、副局长", null, 5);
        assertThatThrownBy(() -> leaders.save(unit, id, saved.version(), "测试", "副局长", null, 5))
                .as("a change made from the old version is refused")
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");
        assertThatThrownBy(() -> leaders.save(unit, null, null, "", "x".repeat(101), null, -1))
                .isInstanceOfSatisfying(
                        InvalidFields.class, e -> assertThat(e.getMessage()).contains("请填写领导姓名"));

        actAs("edu_editor");
        assertThatThrownBy(() -> leaders.save(unit, null, null, "某某", "局长", null, 0))
                .as("another unit's editor")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leaders.delete(unit, id, 1)).isInstanceOf(AccessDeniedException.class);

        actAs("mz_editor");
        int version = leaders.of(unit).stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow()
                .version();
        leaders.delete(unit, id, version);
        assertThat(leaders.of(unit)).noneMatch(l -> l.id() == id);
    }
}
