package org.gongkai.consultation.web;

import java.util.List;
import java.util.Map;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.Inquiries;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 公众参与 and 咨询建言 on the portal: the participation index; the published questions and answers of every unit and of
 * one (the unit's 咨询建言 page, with its figures and the form to ask it); one answer; the form to ask (works without
 * JavaScript; a hidden honeypot field; the public forms' rate limit); and the asker's look-up by code, which shows the
 * answer even when it is not public.
 */
@Controller
class InquiryPortalController {

    private final Inquiries inquiries;
    private final Consultations consultations;

    InquiryPortalController(Inquiries inquiries, Consultations consultations) {
        this.inquiries = inquiries;
        this.consultations = consultations;
    }

    @GetMapping("/participation")
    String index(Model model) {
        model.addAttribute(
                "consultations", consultations.published(null).stream().limit(5).toList());
        model.addAttribute("today", consultations.day());
        model.addAttribute(
                "answers", inquiries.published(null, null).stream().limit(5).toList());
        return "portal/participation";
    }

    @GetMapping("/participation/inquiries")
    String list(@RequestParam(required = false) Long before, Model model) {
        return page(null, before, model, AskForm.empty(), Map.of(), null);
    }

    @GetMapping("/participation/inquiries/units/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) Long before, Model model) {
        inquiries.answeringUnit(id);
        return page(id, before, model, AskForm.empty(), Map.of(), null);
    }

    private String page(
            Long unitId, Long before, Model model, AskForm form, Map<String, String> errors, String message) {
        List<Inquiries.PublicAnswer> answers = inquiries.published(unitId, before);
        model.addAttribute("unit", unitId == null ? null : inquiries.answeringUnit(unitId));
        model.addAttribute("figures", unitId == null ? null : inquiries.figures(unitId));
        model.addAttribute("answers", answers);
        model.addAttribute(
                "older",
                answers.size() == Inquiries.PUBLIC_PAGE
                        ? answers.get(answers.size() - 1).id()
                        : null);
        model.addAttribute("units", inquiries.answeringUnits());
        model.addAttribute("workingDays", inquiries.answerWorkingDays());
        model.addAttribute("form", form.unit() == null && unitId != null ? form.withUnit(unitId) : form);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        return "portal/inquiry/list";
    }

    @PostMapping("/participation/inquiries")
    String ask(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String question,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String consent,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String website,
            Model model) {
        Long unitId = parse(unit);
        AskForm form = new AskForm(unitId, subject, question, name, contact, consent != null);
        Long back = "unit".equals(from) ? unitId : null;
        if (website != null && !website.isBlank()) {
            return page(back, null, model, form, Map.of(), "提交未成功：请不要填写页面上标注“请勿填写”的项目，然后重新提交。");
        }
        try {
            model.addAttribute("asked", inquiries.ask(unitId, subject, question, name, contact, consent != null));
            return "portal/inquiry/asked";
        } catch (InvalidFields e) {
            return page(back, null, model, form, e.errors(), e.getMessage());
        } catch (RuleViolation e) {
            return page(
                    back,
                    null,
                    model,
                    form,
                    e.field() == null ? Map.of() : Map.of(e.field(), e.getMessage()),
                    e.getMessage());
        }
    }

    private static Long parse(String id) {
        if (id == null || id.isBlank() || id.length() > 19) {
            return null;
        }
        try {
            return Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/participation/inquiries/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("answer", inquiries.publishedAnswer(id));
        return "portal/inquiry/show";
    }

    @GetMapping("/participation/inquiries/track")
    String trackForm(Model model) {
        model.addAttribute("code", "");
        return "portal/inquiry/track";
    }

    @PostMapping("/participation/inquiries/track")
    String track(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        try {
            var found = inquiries.track(code);
            if (found.isEmpty()) {
                model.addAttribute("message", "没有找到该查询码对应的留言，请核对后重新输入。");
            } else {
                model.addAttribute("tracked", found.get());
            }
        } catch (RuleViolation e) {
            model.addAttribute("message", e.getMessage());
        }
        return "portal/inquiry/track";
    }

    /** The form as typed, kept when a rule is broken. */
    record AskForm(Long unit, String subject, String question, String name, String contact, boolean consent) {
        static AskForm empty() {
            return new AskForm(null, null, null, null, null, true);
        }

        AskForm withUnit(long id) {
            return new AskForm(id, subject, question, name, contact, consent);
        }
    }
}
