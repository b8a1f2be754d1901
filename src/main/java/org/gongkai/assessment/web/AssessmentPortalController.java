package org.gongkai.assessment.web;

import java.util.List;
import java.util.Map;
import org.gongkai.assessment.EvaluationRound;
import org.gongkai.assessment.Evaluations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published results of the yearly evaluation (考核结果) on the portal, under 政府信息公开. */
@Controller
class AssessmentPortalController {

    private final Evaluations evaluations;

    AssessmentPortalController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/openness/assessment")
    String list(Model model) {
        model.addAttribute("rounds", evaluations.publishedRounds());
        return "portal/assessment/list";
    }

    @GetMapping("/openness/assessment/{id}")
    String results(@PathVariable long id, Model model) {
        Map.Entry<EvaluationRound, List<Evaluations.PublicResult>> r = evaluations.publicResults(id);
        model.addAttribute("round", r.getKey());
        model.addAttribute("results", r.getValue());
        return "portal/assessment/results";
    }
}
