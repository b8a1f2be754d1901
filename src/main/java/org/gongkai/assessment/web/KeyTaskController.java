package org.gongkai.assessment.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.choice;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.assessment.Indicators;
import org.gongkai.assessment.KeyTaskPlan;
import org.gongkai.assessment.KeyTasks;
import org.gongkai.shared.web.ConsoleActions.Done;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作要点: drafted, divided and published in the console, progress reported by quarter; read on the portal. */
@Controller
class KeyTaskController {

    private final KeyTasks keyTasks;
    private final Indicators indicators;

    KeyTaskController(KeyTasks keyTasks, Indicators indicators) {
        this.keyTasks = keyTasks;
        this.indicators = indicators;
    }

    private static String page(long id) {
        return "/console/assessment/key-tasks/" + id;
    }

    @GetMapping("/console/assessment/key-tasks")
    String list(Model model) {
        model.addAttribute("plans", keyTasks.plans());
        model.addAttribute("isOffice", keyTasks.isOffice());
        model.addAttribute("thisYear", keyTasks.today().getYear());
        return "console/assessment/key-tasks";
    }

    @PostMapping("/console/assessment/key-tasks")
    String create(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String basis,
            RedirectAttributes redirect) {
        return act("/console/assessment/key-tasks", redirect, () -> {
            long id = keyTasks.create(year, title, basis);
            return new Done(page(id), "已建立工作要点，请增加任务分工。");
        });
    }

    @GetMapping("/console/assessment/key-tasks/{id}")
    String show(@PathVariable long id, Model model) {
        KeyTaskPlan plan = keyTasks.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("isOffice", keyTasks.isOffice());
        model.addAttribute("units", indicators.units());
        model.addAttribute("states", KeyTaskPlan.State.values());
        model.addAttribute("currentQuarter", KeyTasks.quarterOf(plan.year(), keyTasks.today()));
        model.addAttribute(
                "reports",
                plan.tasks().stream()
                        .filter(t -> keyTasks.reportsFor(t.lead().id()))
                        .map(KeyTaskPlan.Task::id)
                        .toList());
        return "console/assessment/key-task-plan";
    }

    @PostMapping("/console/assessment/key-tasks/{id}/tasks")
    String addTask(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) Long leadId,
            @RequestParam(required = false) List<Long> assistantIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已增加任务。",
                () -> keyTasks.addTask(
                        id, lock(version), new KeyTasks.TaskDraft(title, description, leadId, assistantIds, dueOn)));
    }

    @PostMapping("/console/assessment/key-tasks/{id}/tasks/{taskId}/removal")
    String removeTask(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已删除任务。", () -> keyTasks.removeTask(id, lock(version), taskId));
    }

    @PostMapping("/console/assessment/key-tasks/{id}/publication")
    String publish(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "工作要点已在门户网站发布。", () -> keyTasks.publish(id, lock(version)));
    }

    @PostMapping("/console/assessment/key-tasks/{id}/tasks/{taskId}/progress")
    String report(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam(required = false) Integer quarter,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String progress,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已报送进展。",
                () -> keyTasks.report(
                        taskId, quarter, choice(KeyTaskPlan.State.class, state, "state", "推进情况"), progress));
    }

    @PostMapping("/console/assessment/key-tasks/{id}/quarters")
    String publishQuarter(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer quarter,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "季度进展已在门户网站公布。", () -> keyTasks.publishQuarter(id, lock(version), quarter));
    }

    // --- portal --------------------------------------------------------------------------------------------------

    @GetMapping("/openness/key-tasks")
    String published(Model model) {
        model.addAttribute("plans", keyTasks.publishedPlans());
        return "portal/assessment/key-tasks";
    }

    @GetMapping("/openness/key-tasks/{id}")
    String publicPlan(@PathVariable long id, Model model) {
        model.addAttribute("plan", keyTasks.publicPlan(id));
        return "portal/assessment/key-task-plan";
    }
}
