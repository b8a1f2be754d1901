package org.gongkai.assessment.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.assessment.Indicators;
import org.gongkai.assessment.Rectifications;
import org.gongkai.shared.web.ConsoleActions.Done;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 整改任务 in the console: the list (and a new task, for the office), a task with its evidence, report and review. */
@Controller
class RectificationController {

    private final Rectifications rectifications;
    private final Indicators indicators;

    RectificationController(Rectifications rectifications, Indicators indicators) {
        this.rectifications = rectifications;
        this.indicators = indicators;
    }

    private static String page(long id) {
        return "/console/assessment/rectifications/" + id;
    }

    @GetMapping("/console/assessment/rectifications")
    String list(Model model) {
        model.addAttribute("tasks", rectifications.mine());
        model.addAttribute("isOffice", rectifications.isOffice());
        model.addAttribute("today", rectifications.today());
        if (rectifications.isOffice()) {
            model.addAttribute("units", indicators.units());
        }
        return "console/assessment/rectifications";
    }

    @PostMapping("/console/assessment/rectifications")
    String create(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String requirement,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        return act("/console/assessment/rectifications", redirect, () -> {
            long id = rectifications.create(organizationId, title, requirement, dueOn);
            return new Done(page(id), "已下达整改任务。");
        });
    }

    @GetMapping("/console/assessment/rectifications/{id}")
    String show(@PathVariable long id, Model model) {
        Rectifications.View view = rectifications.find(id);
        model.addAttribute("view", view);
        model.addAttribute("isOffice", rectifications.isOffice());
        model.addAttribute("writes", rectifications.writesFor(view.unit().id()));
        model.addAttribute("today", rectifications.today());
        return "console/assessment/rectification";
    }

    @PostMapping("/console/assessment/rectifications/{id}/evidence")
    String evidence(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已上传整改佐证材料。",
                () -> rectifications.addEvidence(id, lock(version), EvaluationController.posted(files)));
    }

    @PostMapping("/console/assessment/rectifications/{id}/report")
    String report(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String report,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已报送整改情况，等待验收。", () -> rectifications.report(id, lock(version), report));
    }

    @PostMapping("/console/assessment/rectifications/{id}/return")
    String giveBack(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已退回，单位需继续整改。", () -> rectifications.returnReport(id, lock(version), note));
    }

    @PostMapping("/console/assessment/rectifications/{id}/closing")
    String close(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "验收通过，整改任务已销号。", () -> rectifications.close(id, lock(version), note));
    }
}
