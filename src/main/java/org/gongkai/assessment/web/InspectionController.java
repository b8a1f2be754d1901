package org.gongkai.assessment.web;

import static org.gongkai.shared.web.ConsoleActions.act;

import org.gongkai.assessment.InspectionCheck;
import org.gongkai.assessment.SiteInspections;
import org.gongkai.shared.web.ConsoleActions.Done;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 网站自查 in the console: the runs with their scores over time, one run's findings, a run on demand. */
@Controller
class InspectionController {

    private final SiteInspections inspections;

    InspectionController(SiteInspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/console/assessment/inspections")
    String list(Model model) {
        model.addAttribute("inspections", inspections.recent());
        model.addAttribute("running", inspections.running());
        model.addAttribute("checks", InspectionCheck.values());
        return "console/assessment/inspections";
    }

    @PostMapping("/console/assessment/inspections")
    String run(RedirectAttributes redirect) {
        return act("/console/assessment/inspections", redirect, () -> {
            long id = inspections.runNow();
            return new Done("/console/assessment/inspections/" + id, "网站自查已开始。");
        });
    }

    @GetMapping("/console/assessment/inspections/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("inspection", inspections.find(id));
        model.addAttribute("checks", InspectionCheck.values());
        return "console/assessment/inspection";
    }
}
