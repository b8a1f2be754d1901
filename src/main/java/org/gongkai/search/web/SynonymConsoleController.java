package org.gongkai.search.web;

import org.gongkai.search.Synonyms;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 检索词典: the supervising office keeps the short forms people type and the wordings the records use. */
@Controller
class SynonymConsoleController {

    private static final String PAGE = "/console/search-synonyms";

    private final Synonyms synonyms;

    SynonymConsoleController(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping(PAGE)
    String list(@RequestParam(required = false) Long edit, Model model) {
        Synonyms.Entry editing = edit == null
                ? null
                : synonyms.all().stream()
                        .filter(e -> e.id() == edit)
                        .findFirst()
                        .orElse(null);
        model.addAttribute("editing", editing);
        model.addAttribute("term", editing == null ? "" : editing.term());
        model.addAttribute("expansions", editing == null ? "" : editing.expansions());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute(
                "entries",
                synonyms.all().stream()
                        .sorted(java.util.Comparator.comparing(Synonyms.Entry::term))
                        .toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "console/search/synonyms";
    }

    @PostMapping(PAGE)
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) String expansions,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        try {
            synonyms.save(id, term, expansions, version);
            redirect.addFlashAttribute("notice", "词条已保存，检索即时生效。");
            return "redirect:" + PAGE;
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute(
                    "errors",
                    e instanceof InvalidFields fields
                            ? fields.errors()
                            : e.field() == null ? java.util.Map.of() : java.util.Map.of(e.field(), e.getMessage()));
            model.addAttribute(
                    "editing",
                    id == null
                            ? null
                            : synonyms.all().stream()
                                    .filter(x -> x.id() == id)
                                    .findFirst()
                                    .orElse(null));
            model.addAttribute("term", term);
            model.addAttribute("expansions", expansions);
            return page(model);
        }
    }

    @PostMapping(PAGE + "/{id}/removal")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return org.gongkai.shared.web.ConsoleActions.act(
                PAGE, redirect, "词条已删除。", () -> synonyms.delete(id, version == null ? -1 : version));
    }
}
