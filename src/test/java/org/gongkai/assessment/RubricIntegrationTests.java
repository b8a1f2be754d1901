package org.gongkai.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rubric as data (issue 16 §2): the demonstration-site rubric shipped as the default (six parts, 100 points, 85 and
 * 70), edited only by the county's office with every change audited and guarded by the version read; automatic items
 * scored from their indicators by their rule; totals graded by the thresholds.
 */
class RubricIntegrationTests extends IntegrationTest {

    @Autowired
    Rubrics rubrics;

    private Rubric rubric(String code) {
        return rubrics.all().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDemonstrationRubricIsShippedWithItsSixPartsAndThresholds() {
        actAs("edu_editor");
        Rubric r = rubric("DEMONSTRATION");
        assertThat(r.categories())
                .extracting(Rubric.Category::name, Rubric.Category::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("组织领导", 20),
                        org.assertj.core.groups.Tuple.tuple("公开内容", 16),
                        org.assertj.core.groups.Tuple.tuple("公开程序", 16),
                        org.assertj.core.groups.Tuple.tuple("公开制度", 16),
                        org.assertj.core.groups.Tuple.tuple("公开形式", 16),
                        org.assertj.core.groups.Tuple.tuple("公开效果", 16));
        assertThat(r.points()).isEqualTo(100);
        assertThat(r.passScore()).isEqualTo(85);
        assertThat(r.basicScore()).isEqualTo(70);
        assertThat(r.categories().get(5).items())
                .extracting(Rubric.Item::method)
                .containsOnly(ScoringMethod.QUESTIONNAIRE);
        assertThat(rubric("THIRD_PARTY").categories()).hasSize(6);
    }

    @Test
    void onlyTheCountysOfficeEditsARubric_everyChangeAuditedAndGuarded() {
        actAs("edu_editor");
        Rubric r = rubric("THIRD_PARTY");
        Rubric.Item first = r.items().get(0);
        Rubrics.ItemDraft draft = new Rubrics.ItemDraft(
                first.name(), 12, ScoringMethod.AUTO, Indicator.TIMELINESS, ScoringRule.PROPORTIONAL, "按时发布");
        assertThat(rubrics.canEdit()).isFalse();
        assertThatThrownBy(() -> rubrics.updateItem(r.id(), r.version(), first.id(), draft))
                .isInstanceOf(AccessDeniedException.class);

        actAs("gkb");
        assertThat(rubrics.canEdit()).isTrue();
        assertThatThrownBy(() -> rubrics.updateItem(
                        r.id(),
                        r.version(),
                        first.id(),
                        new Rubrics.ItemDraft(
                                "发布数量", 5, ScoringMethod.AUTO, Indicator.PUBLISHED, ScoringRule.PROPORTIONAL, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("是数量，不是比例");
        assertThatThrownBy(() -> rubrics.updateItem(
                        r.id(),
                        r.version(),
                        first.id(),
                        new Rubrics.ItemDraft(" ", 5, ScoringMethod.MANUAL, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("评分项目");
        assertThat(rubric("THIRD_PARTY").version())
                .as("refusals change nothing")
                .isEqualTo(r.version());

        rubrics.updateItem(r.id(), r.version(), first.id(), draft);
        Rubric changed = rubric("THIRD_PARTY");
        assertThat(changed.items().get(0).points()).isEqualTo(12);
        assertThat(changed.points()).isEqualTo(r.points() - (first.points() - 12));
        assertThatThrownBy(() -> rubrics.updateItem(r.id(), r.version(), first.id(), draft))
                .as("a form read before the change")
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理或修改");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RUBRIC_CHANGE' and detail like ?")
                        .param("%" + first.name() + "（15 分%→%（12 分%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThatThrownBy(() -> rubrics.setThresholds(changed.id(), changed.version(), 70, 85))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("低于合格线");
        rubrics.setThresholds(changed.id(), changed.version(), 80, 60);
        Rubric graded = rubric("THIRD_PARTY");
        assertThat(graded.grade(800)).isEqualTo(Grade.PASS);
        assertThat(graded.grade(799)).isEqualTo(Grade.BASIC_PASS);
        assertThat(graded.grade(599)).isEqualTo(Grade.FAIL);

        long categoryId = graded.categories().get(0).id();
        rubrics.addItem(
                graded.id(),
                graded.version(),
                categoryId,
                new Rubrics.ItemDraft("政务新媒体更新", 3, ScoringMethod.MANUAL, null, null, "抽查两周内更新"));
        Rubric added = rubric("THIRD_PARTY");
        Rubric.Item item = added.categories()
                .get(0)
                .items()
                .get(added.categories().get(0).items().size() - 1);
        assertThat(item.name()).isEqualTo("政务新媒体更新");
        rubrics.removeItem(added.id(), added.version(), item.id());
        assertThat(rubric("THIRD_PARTY").items()).extracting(Rubric.Item::name).doesNotContain("政务新媒体更新");
    }

    @Test
    void automaticItemsAreScoredFromTheirIndicatorsByTheirRule() {
        Rubric.Item timeliness = new Rubric.Item(
                1, 1, "按时发布", 6, ScoringMethod.AUTO, Indicator.TIMELINESS, ScoringRule.PROPORTIONAL, null);
        Rubric.Item closure = new Rubric.Item(
                2, 2, "办结率", 4, ScoringMethod.AUTO, Indicator.REQUEST_CLOSURE, ScoringRule.PROPORTIONAL, null);
        Rubric.Item closureAll = new Rubric.Item(
                3, 3, "办结率", 4, ScoringMethod.AUTO, Indicator.REQUEST_CLOSURE, ScoringRule.ALL_OR_NOTHING, null);
        Rubric.Item veto = new Rubric.Item(
                4, 4, "无超期留言", 4, ScoringMethod.AUTO, Indicator.INQUIRY_VETO, ScoringRule.ALL_OR_NOTHING, null);

        assertThat(Rubrics.auto(timeliness, Indicators.Value.share(9, 10, 100)).tenths())
                .as("90% of a 100% requirement: 90% of 6 points")
                .isEqualTo(54);
        assertThat(Rubrics.auto(closure, Indicators.Value.share(93, 100, 95)).tenths())
                .as("93% of a 95% requirement, rounded down to a tenth: 3.9 of 4")
                .isEqualTo(39);
        assertThat(Rubrics.auto(closure, Indicators.Value.share(96, 100, 95)).tenths())
                .as("above the requirement: the item's points, no more")
                .isEqualTo(40);
        assertThat(Rubrics.auto(closureAll, Indicators.Value.share(94, 100, 95)).tenths())
                .isZero();
        assertThat(Rubrics.auto(closureAll, Indicators.Value.share(95, 100, 95)).tenths())
                .isEqualTo(40);
        Rubrics.ItemScore nothing = Rubrics.auto(timeliness, Indicators.Value.share(0, 0, 100));
        assertThat(nothing.tenths()).as("nothing to measure loses nothing").isEqualTo(60);
        assertThat(nothing.why()).contains("不扣分");
        assertThat(Rubrics.auto(veto, Indicators.Value.zeroIsGood(1)).tenths()).isZero();
        assertThat(Rubrics.auto(veto, Indicators.Value.zeroIsGood(0)).tenths()).isEqualTo(40);
    }

    @Test
    void theOfficeSeesEveryUnitsAutomaticScore() {
        actAs("gkb");
        Rubric r = rubric("DEMONSTRATION");
        List<Rubrics.UnitScore> scores = rubrics.score(r.id(), Period.parse("2026"));
        assertThat(scores).extracting(s -> s.unit().name()).contains("示范县民政局", "示范县教育局");
        int autoPoints = r.items().stream()
                .filter(i -> i.method() == ScoringMethod.AUTO)
                .mapToInt(Rubric.Item::points)
                .sum();
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.autoPoints()).isEqualTo(autoPoints);
            assertThat(s.autoTenths()).isBetween(0L, autoPoints * 10L);
            assertThat(s.items()).hasSize(r.items().size());
        });
    }
}
