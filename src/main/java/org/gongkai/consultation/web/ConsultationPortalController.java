package org.gongkai.consultation.web;

import java.util.Map;
import org.gongkai.consultation.Consultations;
import org.gongkai.information.Decisions;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 公众参与 on the portal: the consultations with their phase, a draft with its numbered paragraphs, the form to comment
 * while it is open (works without JavaScript; a hidden honeypot field; the public forms' rate limit), the published
 * comments and the 意见采纳情况, and the decision it led to.
 */
@Controller
class ConsultationPortalController {

    private final Consultations consultations;
    private final OrganizationDirectory directory;
    private final Decisions decisions;
    private final org.gongkai.consultation.PublicVoices voices;

    ConsultationPortalController(
            Consultations consultations,
            OrganizationDirectory directory,
            Decisions decisions,
            org.gongkai.consultation.PublicVoices voices) {
        this.consultations = consultations;
        this.directory = directory;
        this.decisions = decisions;
        this.voices = voices;
    }

    @GetMapping("/participation/consultations")
    String list(Model model) {
        model.addAttribute("consultations", consultations.published(null));
        model.addAttribute("today", consultations.day());
        model.addAttribute("names", directory.names());
        return "portal/consultation/list";
    }

    @GetMapping("/participation/consultations/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, model, new CommentForm(null, null, null, null), Map.of(), null);
    }

    private String page(long id, Model model, CommentForm form, Map<String, String> errors, String message) {
        model.addAttribute("view", consultations.publicView(id));
        model.addAttribute("decisions", decisions.decisionsOf(id));
        model.addAttribute("responses", voices.responsesTo(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        return "portal/consultation/show";
    }

    @PostMapping("/participation/consultations/{id}/comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String paragraph,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String website,
            Model model) {
        CommentForm form = new CommentForm(paragraph, body, name, contact);
        if (website != null && !website.isBlank()) {
            return page(id, model, form, Map.of(), "提交未成功：请不要填写页面上标注“请勿填写”的项目，然后重新提交。");
        }
        try {
            Integer number = null;
            if (paragraph != null && !paragraph.isBlank()) {
                try {
                    number = Integer.valueOf(paragraph.strip());
                } catch (NumberFormatException e) {
                    throw new RuleViolation("paragraph", "请从列表中选择针对的段落，或选择“整体意见”。");
                }
            }
            Consultations.Received received = consultations.comment(id, number, body, name, contact);
            model.addAttribute("received", received);
            model.addAttribute("consultationId", id);
            return "portal/consultation/received";
        } catch (InvalidFields e) {
            return page(id, model, form, e.errors(), e.getMessage());
        } catch (RuleViolation e) {
            return page(
                    id, model, form, e.field() == null ? Map.of() : Map.of(e.field(), e.getMessage()), e.getMessage());
        }
    }

    /** The comment form as typed, kept when a rule is broken. */
    record CommentForm(String paragraph, String body, String name, String contact) {}
}
