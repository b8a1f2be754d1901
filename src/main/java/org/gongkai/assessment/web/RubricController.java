package org.gongkai.assessment.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.choice;
import static org.gongkai.shared.web.ConsoleActions.lock;

import org.gongkai.assessment.Indicator;
import org.gongkai.assessment.Indicators;
import org.gongkai.assessment.Period;
import org.gongkai.assessment.Rubrics;
import org.gongkai.assessment.ScoringMethod;
import org.gongkai.assessment.ScoringRule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 考核评分标准 in the console: the rubrics, one with its items (edited by the county's office), and its scores. */
@Controller
class RubricController {

    private final Rubrics rubrics;
    private final Indicators indicators;

    RubricController(Rubrics rubrics, Indicators indicators) {
        this.rubrics = rubrics;
        this.indicators = indicators;
    }

    private static String page(long id) {
        return "/console/assessment/rubrics/" + id;
    }

    @GetMapping("/console/assessment/rubrics")
    String list(Model model) {
        model.addAttribute("rubrics", rubrics.all());
        return "console/assessment/rubrics";
    }

    @GetMapping("/console/assessment/rubrics/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("rubric", rubrics.find(id));
        model.addAttribute("canEdit", rubrics.canEdit());
        model.addAttribute("methods", ScoringMethod.values());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("rules", ScoringRule.values());
        return "console/assessment/rubric";
    }

    /** An item as its form posts it; a choice not in the lists is refused with a message, never an error page. */
    record ItemForm(
            Integer version,
            String name,
            Integer points,
            String method,
            String indicator,
            String rule,
            String guidance) {

        Rubrics.ItemDraft draft() {
            return new Rubrics.ItemDraft(
                    name,
                    points,
                    choice(ScoringMethod.class, method, "method", "计分方式"),
                    choice(Indicator.class, indicator, "indicator", "指标"),
                    choice(ScoringRule.class, rule, "rule", "计分规则"),
                    guidance);
        }
    }

    @PostMapping("/console/assessment/rubrics/{id}/items/{itemId}")
    String update(
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute ItemForm form,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已修改评分项目。",
                () -> rubrics.updateItem(id, lock(form.version()), itemId, form.draft()));
    }

    @PostMapping("/console/assessment/rubrics/{id}/categories/{categoryId}/items")
    String add(
            @PathVariable long id,
            @PathVariable long categoryId,
            @ModelAttribute ItemForm form,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已增加评分项目。",
                () -> rubrics.addItem(id, lock(form.version()), categoryId, form.draft()));
    }

    @PostMapping("/console/assessment/rubrics/{id}/items/{itemId}/removal")
    String remove(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已删除评分项目。", () -> rubrics.removeItem(id, lock(version), itemId));
    }

    @PostMapping("/console/assessment/rubrics/{id}/thresholds")
    String thresholds(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer passScore,
            @RequestParam(required = false) Integer basicScore,
            RedirectAttributes redirect) {
        return act(
                page(id), redirect, "已修改等次分数线。", () -> rubrics.setThresholds(id, lock(version), passScore, basicScore));
    }

    @GetMapping("/console/assessment/rubrics/{id}/scores")
    String scores(@PathVariable long id, @RequestParam(required = false) String period, Model model) {
        Period p = IndicatorController.chosen(
                period, Period.parse(String.valueOf(indicators.today().getYear())), model);
        model.addAttribute("rubric", rubrics.find(id));
        model.addAttribute("period", p);
        model.addAttribute("periods", IndicatorController.choices(indicators.today(), p));
        model.addAttribute("scores", rubrics.score(id, p));
        return "console/assessment/scores";
    }
}
