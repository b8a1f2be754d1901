package org.gongkai.information.web;

import static org.gongkai.shared.web.ConsoleActions.act;

import org.gongkai.information.WordingRule;
import org.gongkai.information.WordingRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 错敏词库 in the console: everyone reads it, the supervising office keeps it. */
@Controller
class WordingConsoleController {

    private static final String PAGE = "/console/information/wording";

    private final WordingRules wording;

    WordingConsoleController(WordingRules wording) {
        this.wording = wording;
    }

    @GetMapping(PAGE)
    String rules(Model model) {
        model.addAttribute("rules", wording.rules());
        model.addAttribute("kinds", WordingRule.Kind.values());
        model.addAttribute("canManage", wording.canManage());
        return "console/information/wording";
    }

    @PostMapping(PAGE)
    String add(
            @RequestParam(required = false) String phrase,
            @RequestParam(required = false) String replacement,
            @RequestParam(required = false) WordingRule.Kind kind,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(PAGE, redirect, "已添加。", () -> wording.add(phrase, replacement, kind, note));
    }

    @PostMapping(PAGE + "/{id}/removal")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        return act(PAGE, redirect, "已删除。", () -> wording.remove(id));
    }
}
