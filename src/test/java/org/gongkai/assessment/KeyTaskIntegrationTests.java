package org.gongkai.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The year's key tasks (issue 16 §5): drafted and divided by the office only, published; the lead unit — and no other —
 * reports a started quarter's progress; the public sees a quarter's progress only once the office publishes it, after
 * which that quarter's report is fixed.
 */
class KeyTaskIntegrationTests extends IntegrationTest {

    @Autowired
    KeyTasks keyTasks;

    @Test
    void thePlanIsDividedPublishedReportedByTheLeadUnitAndItsQuarterPublished() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() + 1;
        long edu = organizationId("示范县教育局");
        long mz = organizationId("示范县民政局");

        actAs("edu_editor");
        assertThatThrownBy(() -> keyTasks.create(year, year + "年政务公开工作要点", null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        long id = keyTasks.create(year, year + "年政务公开工作要点", "上级工作要点");
        assertThatThrownBy(() -> keyTasks.create(year, "重复", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已经建立");
        KeyTaskPlan p = keyTasks.plan(id);
        assertThatThrownBy(() -> keyTasks.publish(id, p.version()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请先增加任务分工");
        assertThatThrownBy(() -> keyTasks.addTask(
                        id, p.version(), new KeyTasks.TaskDraft("推进教育领域信息公开", null, edu, List.of(mz), today)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining(year + " 年内");
        keyTasks.addTask(
                id,
                p.version(),
                new KeyTasks.TaskDraft("推进教育领域信息公开", "招生入学信息全部公开", edu, List.of(mz, edu), LocalDate.of(year, 12, 31)));
        KeyTaskPlan withTask = keyTasks.plan(id);
        KeyTaskPlan.Task task = withTask.tasks().get(0);
        assertThat(task.lead().name()).isEqualTo("示范县教育局");
        assertThat(task.assistants()).extracting(KeyTaskPlan.Unit::name).containsExactly("示范县民政局");
        keyTasks.publish(id, withTask.version());
        assertThat(keyTasks.publicPlan(id).tasks()).hasSize(1);

        // the plan's year has not begun: no quarter to report yet
        actAs("edu_editor");
        assertThatThrownBy(() -> keyTasks.report(task.id(), 1, KeyTaskPlan.State.UNDER_WAY, "已部署"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("尚未开始");
        assertThat(KeyTasks.quarterOf(year, LocalDate.of(year, 11, 30))).isEqualTo(4);
        assertThat(KeyTasks.quarterOf(year, LocalDate.of(year, 4, 1))).isEqualTo(2);
    }

    @Test
    void aStartedQuartersProgressGoesToThePortalWhenTheOfficePublishesIt() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int quarter = KeyTasks.quarterOf(year, today);
        long edu = organizationId("示范县教育局");
        actAs("gkb");
        long id = keyTasks.plans().stream()
                .filter(p -> p.year() == year)
                .findFirst()
                .map(KeyTaskPlan::id)
                .orElseGet(() -> keyTasks.create(year, year + "年政务公开工作要点", null));
        KeyTaskPlan draft = keyTasks.plan(id);
        if (!draft.isPublished()) {
            keyTasks.addTask(
                    id,
                    draft.version(),
                    new KeyTasks.TaskDraft("规范政府信息公开专栏", null, edu, List.of(), LocalDate.of(year, 12, 31)));
            keyTasks.publish(id, draft.version() + 1);
        }
        KeyTaskPlan plan = keyTasks.plan(id);
        KeyTaskPlan.Task task = plan.tasks().stream()
                .filter(t -> t.lead().id() == edu)
                .findFirst()
                .orElseThrow();

        actAs("mz_editor");
        assertThatThrownBy(() -> keyTasks.report(task.id(), quarter, KeyTaskPlan.State.UNDER_WAY, "代报"))
                .isInstanceOf(AccessDeniedException.class);
        actAs("edu_editor");
        assertThatThrownBy(() -> keyTasks.report(task.id(), quarter + 1, KeyTaskPlan.State.UNDER_WAY, "提前报"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已开始的季度");
        keyTasks.report(task.id(), quarter, KeyTaskPlan.State.UNDER_WAY, "已完成专栏目录梳理");
        assertThat(keyTasks.publicPlan(id).tasks().stream()
                        .filter(t -> t.id() == task.id())
                        .findFirst()
                        .orElseThrow()
                        .latest(keyTasks.publicPlan(id).publishedQuarters()))
                .as("not on the portal before the office publishes the quarter")
                .isNull();

        actAs("gkb");
        keyTasks.publishQuarter(id, keyTasks.plan(id).version(), quarter);
        KeyTaskPlan published = keyTasks.publicPlan(id);
        assertThat(published.tasks().stream()
                        .filter(t -> t.id() == task.id())
                        .findFirst()
                        .orElseThrow()
                        .latest(published.publishedQuarters()))
                .satisfies(g -> {
                    assertThat(g.quarter()).isEqualTo(quarter);
                    assertThat(g.text()).isEqualTo("已完成专栏目录梳理");
                });
        assertThatThrownBy(() -> keyTasks.publishQuarter(id, keyTasks.plan(id).version(), quarter))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已公布");
        actAs("edu_editor");
        assertThatThrownBy(() -> keyTasks.report(task.id(), quarter, KeyTaskPlan.State.DONE, "改写"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能再修改");
    }
}
