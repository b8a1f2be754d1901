package org.gongkai.consultation.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.consultation.Adoption;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.ConsultationDraft;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.FeedbackItem;
import org.gongkai.information.Decisions;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.ConsoleActions;
import org.gongkai.shared.web.ConsoleActions.Done;
import org.gongkai.shared.web.FormDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public consultations in the console: drafting, publication, moderation of comments, 意见采纳情况. */
@Controller
class ConsultationConsoleController {

    /** Rows of the feedback form: the items entered and a few empty ones. */
    static final int FEEDBACK_ROWS = 5;

    private final Consultations consultations;
    private final OrganizationDirectory directory;
    private final Decisions decisions;

    ConsultationConsoleController(Consultations consultations, OrganizationDirectory directory, Decisions decisions) {
        this.consultations = consultations;
        this.directory = directory;
        this.decisions = decisions;
    }

    private static String page(long id) {
        return "/console/consultations/" + id;
    }

    @GetMapping("/console/consultations")
    String list(Model model) {
        List<Consultation> mine = consultations.mine();
        model.addAttribute("consultations", mine);
        model.addAttribute("today", consultations.day());
        model.addAttribute("names", directory.names());
        model.addAttribute(
                "draftable",
                directory.tree().stream()
                        .map(OrganizationDirectory.Entry::organization)
                        .filter(o -> consultations.canDraft(o.id()))
                        .toList());
        return "console/consultation/list";
    }

    @GetMapping("/console/consultations/new")
    String newForm(@RequestParam long organizationId, Model model) {
        Organization unit = directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        if (!consultations.canDraft(organizationId)) {
            throw new org.springframework.security.access.AccessDeniedException("您不是该单位的编辑人员。");
        }
        return form(model, unit, ConsultationForm.empty(consultations.day()), null);
    }

    @PostMapping("/console/consultations")
    String create(
            @RequestParam long organizationId,
            @org.springframework.web.bind.annotation.ModelAttribute ConsultationForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = consultations.create(organizationId, form.draft());
            redirect.addFlashAttribute("notice", "已保存征求意见草稿。");
            return "redirect:" + page(id);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(
                    model, directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。")), form, null);
        }
    }

    @GetMapping("/console/consultations/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Consultation c = consultations.find(id);
        return form(model, directory.find(c.organizationId()).orElseThrow(), ConsultationForm.of(c), c);
    }

    @PostMapping("/console/consultations/{id}")
    String update(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.ModelAttribute ConsultationForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            consultations.update(id, form.lock(), form.draft());
            redirect.addFlashAttribute("notice", "已保存。");
            return "redirect:" + page(id);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            Consultation c = consultations.find(id);
            return form(model, directory.find(c.organizationId()).orElseThrow(), form, c);
        }
    }

    private String form(Model model, Organization unit, ConsultationForm form, Consultation existing) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        return "console/consultation/form";
    }

    @GetMapping("/console/consultations/{id}")
    String show(@PathVariable long id, Model model) {
        Consultation c = consultations.find(id);
        model.addAttribute("consultation", c);
        model.addAttribute("phase", c.phase(consultations.day()));
        model.addAttribute("unit", directory.find(c.organizationId()).orElseThrow());
        model.addAttribute("comments", consultations.comments(id));
        List<FeedbackItem> feedback = consultations.feedback(id);
        model.addAttribute("feedback", feedback);
        List<FeedbackItem> rows = new ArrayList<>(feedback);
        while (rows.size() < feedback.size() + FEEDBACK_ROWS) {
            rows.add(new FeedbackItem(null, null, null));
        }
        model.addAttribute("feedbackRows", rows);
        model.addAttribute("adoptions", Adoption.values());
        model.addAttribute("canDraft", consultations.canDraft(c.organizationId()));
        model.addAttribute("canPublish", consultations.canPublish(c.organizationId()));
        model.addAttribute("decisions", decisions.decisionsOf(id));
        return "console/consultation/show";
    }

    @PostMapping("/console/consultations/{id}/publication")
    String publish(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "已发布征求意见。", () -> consultations.publish(id, lock(version)));
    }

    @PostMapping("/console/consultations/{id}/comments/{commentId}/moderation")
    String moderate(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        boolean publish = "publish".equals(decision);
        return act(
                page(id),
                redirect,
                publish ? "意见已公开。" : "意见不予公开，理由已记录。",
                () -> consultations.moderate(id, commentId, lock(version), publish, reason));
    }

    @PostMapping("/console/consultations/{id}/comments/{commentId}/contact")
    String contact(@PathVariable long id, @PathVariable long commentId, RedirectAttributes redirect) {
        return act(page(id), redirect, () -> {
            String contact = consultations.contact(id, commentId).orElse(null);
            return new Done(
                    page(id),
                    contact == null ? "意见 " + commentId + " 未留联系方式。" : "意见 " + commentId + " 的联系方式：" + contact);
        });
    }

    @PostMapping("/console/consultations/{id}/feedback")
    String feedback(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String summary,
            @RequestParam(name = "itemSummary", required = false) List<String> itemSummaries,
            @RequestParam(name = "itemAdoption", required = false) List<String> itemAdoptions,
            @RequestParam(name = "itemReason", required = false) List<String> itemReasons,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已保存意见采纳情况。", () -> {
            List<FeedbackItem> items = new ArrayList<>();
            int rows = itemSummaries == null ? 0 : Math.min(itemSummaries.size(), 1000);
            for (int i = 0; i < rows; i++) {
                items.add(new FeedbackItem(
                        itemSummaries.get(i),
                        ConsoleActions.choice(Adoption.class, at(itemAdoptions, i), "items", "采纳情况"),
                        at(itemReasons, i)));
            }
            consultations.setFeedback(id, lock(version), summary, items);
        });
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    @PostMapping("/console/consultations/{id}/feedback/publication")
    String publishFeedback(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "已发布意见采纳情况。", () -> consultations.publishFeedback(id, lock(version)));
    }

    /** The consultation form, kept as typed when a rule is broken. */
    record ConsultationForm(
            String title,
            String draftText,
            String explanation,
            String basis,
            String howToComment,
            String opensOn,
            String closesOn,
            String shortenedReason,
            Integer version) {

        static ConsultationForm empty(java.time.LocalDate today) {
            return new ConsultationForm(
                    null,
                    null,
                    null,
                    null,
                    "在本网站本页面提交意见。",
                    today.toString(),
                    today.plusDays(29).toString(),
                    null,
                    null);
        }

        static ConsultationForm of(Consultation c) {
            return new ConsultationForm(
                    c.title(),
                    c.draftText(),
                    c.explanation(),
                    c.basis(),
                    c.howToComment(),
                    c.opensOn().toString(),
                    c.closesOn().toString(),
                    c.shortenedReason(),
                    c.version());
        }

        ConsultationDraft draft() {
            return new ConsultationDraft(
                    title,
                    draftText,
                    explanation,
                    basis,
                    howToComment,
                    FormDates.date("opensOn", opensOn, "开始日期"),
                    FormDates.date("closesOn", closesOn, "截止日期"),
                    shortenedReason);
        }

        int lock() {
            return ConsoleActions.lock(version);
        }
    }
}
