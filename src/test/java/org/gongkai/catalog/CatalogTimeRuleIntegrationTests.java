package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.gongkai.catalog.TimeRule.Kind;
import org.gongkai.catalog.TimeRule.Period;
import org.gongkai.catalog.TimeRule.Trigger;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An item whose 公开时限 the system cannot read gets its rule from the editor (issue 14 §8): set on the draft,
 * checked against 第二十六条, audited, guarded by the catalog's version, gone when the phrase is rewritten.
 */
class CatalogTimeRuleIntegrationTests extends IntegrationTest {

    @Autowired
    CatalogCompilation compilation;

    private static CatalogItemDraft item(String name, String timeLimit) {
        return new CatalogItemDraft(
                "社会保险",
                name,
                null,
                "参保人数、基金收支",
                "《社会保险法》",
                timeLimit,
                "示范县城关镇人民政府",
                EnumSet.of(Channel.GOVERNMENT_WEBSITE),
                null,
                Audience.PUBLIC,
                DisclosureMode.PROACTIVE,
                EnumSet.of(AdministrativeLevel.TOWNSHIP));
    }

    private CatalogItem find(long catalogId, String key) {
        return compilation.catalog(catalogId).items().stream()
                .filter(i -> i.itemKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and outcome = 'SUCCESS'")
                .param(action)
                .query(Long.class)
                .single();
    }

    @Test
    void anEditorSetsTheRuleThePhraseDoesNotGive() {
        long township = organizationId("示范县城关镇人民政府");
        actAs("cg_editor");
        long id = compilation.startDraft(township, areaId("社会保险"));
        String vague = compilation.addItem(id, compilation.catalog(id).lockVersion(), item("参保情况通报", "视工作进度而定"));
        String clear =
                compilation.addItem(id, compilation.catalog(id).lockVersion(), item("缴费标准", "信息形成或者变更之日起20个工作日内"));
        long needing = compilation.catalog(id).itemsNeedingRule();
        assertThat(find(id, vague).timeLimit().understood()).isFalse();

        // bounded by 第二十六条; a count needs its days, a deadline its trigger, a periodic rule its period
        assertThatThrownBy(() -> TimeRule.manual(Kind.WITHIN_WORKING_DAYS, 21, Trigger.FORMED, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第二十六条");
        assertThatThrownBy(() -> TimeRule.manual(Kind.WITHIN_DAYS, 10, null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("起算");
        assertThatThrownBy(() -> TimeRule.manual(Kind.PERIODIC, null, null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("周期");

        long before = audited("CATALOG_ITEM_TIME_RULE");
        int lock = compilation.catalog(id).lockVersion();
        compilation.setTimeRule(id, vague, lock, TimeRule.manual(Kind.PERIODIC, null, null, Period.QUARTER));
        CatalogItem set = find(id, vague);
        assertThat(set.timeLimit().understood()).isTrue();
        assertThat(set.timeLimit().manual()).isTrue();
        assertThat(set.timeLimit().phrase()).isEqualTo("视工作进度而定");
        assertThat(set.timeLimit().describe()).isEqualTo("每季度公开（人工设定）");
        assertThat(compilation.catalog(id).itemsNeedingRule()).isEqualTo(needing - 1);
        assertThat(audited("CATALOG_ITEM_TIME_RULE")).isEqualTo(before + 1);

        // the same form again from a page read before the change is told the catalog changed
        assertThatThrownBy(
                        () -> compilation.setTimeRule(id, vague, lock, TimeRule.manual(Kind.PROMPT, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");
        // a phrase the system reads needs no rule by hand
        assertThatThrownBy(() -> compilation.setTimeRule(
                        id,
                        clear,
                        compilation.catalog(id).lockVersion(),
                        TimeRule.manual(Kind.PROMPT, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("无需人工设定");
        // another township's editor may not
        actAs("hd_editor");
        assertThatThrownBy(() ->
                        compilation.setTimeRule(id, vague, lock + 1, TimeRule.manual(Kind.PROMPT, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        actAs("cg_editor");
        assertThat(find(id, vague).timeLimit().describe()).isEqualTo("每季度公开（人工设定）");

        // editing the item without touching its phrase keeps the rule; rewriting the phrase drops it
        CatalogItem current = find(id, vague);
        compilation.updateItem(id, vague, compilation.catalog(id).lockVersion(), item("参保情况通报（季度）", "视工作进度而定"));
        assertThat(find(id, vague).timeLimit().manual()).isTrue();
        compilation.updateItem(id, vague, compilation.catalog(id).lockVersion(), item(current.secondLevel(), "视情况而定"));
        assertThat(find(id, vague).timeLimit().understood()).isFalse();

        // cleared by hand
        compilation.setTimeRule(
                id,
                vague,
                compilation.catalog(id).lockVersion(),
                TimeRule.manual(Kind.WITHIN_WORKING_DAYS, 15, Trigger.FORMED_OR_CHANGED, null));
        assertThat(find(id, vague).timeLimit().describe()).isEqualTo("自信息形成或者变更之日起 15 个工作日内（人工设定）");
        compilation.setTimeRule(id, vague, compilation.catalog(id).lockVersion(), null);
        assertThat(find(id, vague).timeLimit().understood()).isFalse();
    }

    @Test
    void aStoredRuleReadsBackAndAnUnreadableOneIsAbsent() {
        TimeRule rule = TimeRule.manual(Kind.NOTICE_PERIOD, 7, Trigger.DECISION_MADE, Period.YEAR);
        assertThat(rule.trigger()).as("a notice period has no trigger").isNull();
        assertThat(TimeRule.decode(rule.encode())).isEqualTo(rule);
        assertThat(TimeLimit.of("张贴公示", rule.encode()).describe()).isEqualTo("公示 7 个工作日（人工设定）");
        assertThat(TimeLimit.of("张贴公示", "NOT_A_KIND|||").understood()).isFalse();
        assertThat(TimeLimit.of("张贴公示", "WITHIN_WORKING_DAYS|99|FORMED|").understood())
                .isFalse();
        assertThat(TimeLimit.of("20个工作日", "PERIODIC|||YEAR").manual())
                .as("the parser's reading wins")
                .isFalse();
    }
}
