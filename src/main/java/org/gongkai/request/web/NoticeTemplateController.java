package org.gongkai.request.web;

import static org.gongkai.shared.web.ConsoleActions.act;

import java.util.List;
import org.gongkai.organization.Organization;
import org.gongkai.request.NoticeTemplate;
import org.gongkai.request.NoticeTemplates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervising office rewrites the letters' paragraphs for the units under it (issue 11 §5). */
@Controller
class NoticeTemplateController {

    private final NoticeTemplates templates;

    NoticeTemplateController(NoticeTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/console/requests/templates")
    String page(@RequestParam(required = false) Long unit, Model model) {
        List<Organization> offices = templates.offices();
        model.addAttribute("offices", offices);
        Long chosen =
                unit != null ? unit : offices.isEmpty() ? null : offices.get(0).id();
        if (chosen != null) {
            model.addAttribute("unit", chosen);
            model.addAttribute("entries", templates.forEditing(chosen));
        }
        model.addAttribute("letters", NoticeTemplate.Letter.values());
        return "console/request/templates";
    }

    @PostMapping("/console/requests/templates/{unit}/{template}")
    String save(
            @PathVariable long unit,
            @PathVariable NoticeTemplate template,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        try {
            templates.save(unit, template, text, version);
            redirect.addFlashAttribute("notice", "已保存“" + template.label() + "”，此后生成的文书使用新文字。");
        } catch (org.gongkai.shared.RuleViolation e) {
            // the text as typed comes back with the message: nothing written is lost
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute("typed", java.util.Map.of(template.name(), text == null ? "" : text));
        }
        return "redirect:" + page(unit, template);
    }

    @PostMapping("/console/requests/templates/{unit}/{template}/reset")
    String reset(@PathVariable long unit, @PathVariable NoticeTemplate template, RedirectAttributes redirect) {
        return act(
                page(unit, template),
                redirect,
                "“" + template.label() + "”已恢复为上级或默认文字。",
                () -> templates.reset(unit, template));
    }

    private static String page(long unit, NoticeTemplate template) {
        return "/console/requests/templates?unit=" + unit + "#" + template.name();
    }
}
