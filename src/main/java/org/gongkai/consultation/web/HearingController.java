package org.gongkai.consultation.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.time.Instant;
import java.time.LocalDateTime;
import org.gongkai.consultation.Hearing;
import org.gongkai.consultation.HearingDraft;
import org.gongkai.consultation.Hearings;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.FormDates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 听证 in the console (drafting, announcement, participants, materials, rescheduling, record) and on the portal. */
@Controller
class HearingController {

    private final Hearings hearings;
    private final OrganizationDirectory directory;

    HearingController(Hearings hearings, OrganizationDirectory directory) {
        this.hearings = hearings;
        this.directory = directory;
    }

    private static String page(long id) {
        return "/console/hearings/" + id;
    }

    private Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(hearings.zone()).toInstant();
    }

    @GetMapping("/console/hearings")
    String list(Model model) {
        model.addAttribute("hearings", hearings.mine());
        model.addAttribute("names", directory.names());
        model.addAttribute("zone", hearings.zone());
        model.addAttribute(
                "draftable",
                directory.tree().stream()
                        .map(OrganizationDirectory.Entry::organization)
                        .filter(o -> hearings.canDraft(o.id()))
                        .toList());
        return "console/hearing/list";
    }

    @GetMapping("/console/hearings/new")
    String newForm(@RequestParam long organizationId, Model model) {
        Organization unit = directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        if (!hearings.canDraft(organizationId)) {
            throw new AccessDeniedException("您不是该单位的编辑人员。");
        }
        return form(model, unit, new HearingForm(null, null, null, null, null, null, null, null), null);
    }

    @PostMapping("/console/hearings")
    String create(
            @RequestParam long organizationId,
            @ModelAttribute HearingForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = hearings.create(organizationId, form.draft(this));
            redirect.addFlashAttribute("notice", "已保存听证公告草稿。");
            return "redirect:" + page(id);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, directory.find(organizationId).orElseThrow(), form, null);
        }
    }

    @GetMapping("/console/hearings/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Hearing h = hearings.find(id);
        return form(model, directory.find(h.organizationId()).orElseThrow(), HearingForm.of(h, hearings), h);
    }

    @PostMapping("/console/hearings/{id}")
    String update(@PathVariable long id, @ModelAttribute HearingForm form, Model model, RedirectAttributes redirect) {
        try {
            hearings.update(id, lock(form.version()), form.draft(this));
            redirect.addFlashAttribute("notice", "已保存。");
            return "redirect:" + page(id);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            Hearing h = hearings.find(id);
            return form(model, directory.find(h.organizationId()).orElseThrow(), form, h);
        }
    }

    private String form(Model model, Organization unit, HearingForm form, Hearing existing) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        return "console/hearing/form";
    }

    @GetMapping("/console/hearings/{id}")
    String show(@PathVariable long id, Model model) {
        Hearing h = hearings.find(id);
        model.addAttribute("hearing", h);
        model.addAttribute("unit", directory.find(h.organizationId()).orElseThrow());
        model.addAttribute("zone", hearings.zone());
        model.addAttribute("canDraft", hearings.canDraft(h.organizationId()));
        model.addAttribute("canPublish", hearings.canPublish(h.organizationId()));
        return "console/hearing/show";
    }

    @PostMapping("/console/hearings/{id}/announcement")
    String announce(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes r) {
        return act(page(id), r, "已发布听证公告。", () -> hearings.announce(id, lock(version)));
    }

    @PostMapping("/console/hearings/{id}/participants")
    String participants(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String participants,
            RedirectAttributes r) {
        return act(page(id), r, "已保存听证参加人。", () -> hearings.setParticipants(id, lock(version), participants));
    }

    @PostMapping("/console/hearings/{id}/participants/publication")
    String publishParticipants(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes r) {
        return act(page(id), r, "已公布听证参加人名单。", () -> hearings.publishParticipants(id, lock(version)));
    }

    @PostMapping("/console/hearings/{id}/materials")
    String materials(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String sentOn,
            RedirectAttributes r) {
        return act(
                page(id),
                r,
                "已登记材料送达日期。",
                () -> hearings.recordMaterials(id, lock(version), FormDates.date("materialsSentOn", sentOn, "送达日期")));
    }

    @PostMapping("/console/hearings/{id}/schedule")
    String reschedule(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String heldAt,
            @RequestParam(required = false) String reason,
            RedirectAttributes r) {
        return act(
                page(id),
                r,
                "已改期。",
                () -> hearings.reschedule(
                        id, lock(version), instant(FormDates.dateTime("heldAt", heldAt, "听证时间")), reason));
    }

    @PostMapping("/console/hearings/{id}/record")
    String record(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String record,
            RedirectAttributes r) {
        return act(page(id), r, "已公布听证记录。", () -> hearings.publishRecord(id, lock(version), record));
    }

    // --- portal --------------------------------------------------------------------------------------------------

    @GetMapping("/participation/hearings")
    String publicList(Model model) {
        model.addAttribute("hearings", hearings.published());
        model.addAttribute("names", directory.names());
        model.addAttribute("zone", hearings.zone());
        return "portal/hearing/list";
    }

    @GetMapping("/participation/hearings/{id}")
    String publicShow(@PathVariable long id, Model model) {
        Hearing h = hearings.publicHearing(id);
        model.addAttribute("hearing", h);
        model.addAttribute("unitName", directory.names().getOrDefault(h.organizationId(), ""));
        model.addAttribute("zone", hearings.zone());
        model.addAttribute("today", hearings.day());
        return "portal/hearing/show";
    }

    /** The announcement form, kept as typed when a rule is broken. */
    record HearingForm(
            String title,
            String draftText,
            String explanation,
            String heldAt,
            String place,
            String selectionRules,
            String howToApply,
            Integer version) {

        static HearingForm of(Hearing h, Hearings hearings) {
            return new HearingForm(
                    h.title(),
                    h.draftText(),
                    h.explanation(),
                    LocalDateTime.ofInstant(h.heldAt(), hearings.zone()).toString(),
                    h.place(),
                    h.selectionRules(),
                    h.howToApply(),
                    h.version());
        }

        HearingDraft draft(HearingController c) {
            return new HearingDraft(
                    title,
                    draftText,
                    explanation,
                    c.instant(FormDates.dateTime("heldAt", heldAt, "听证时间")),
                    place,
                    selectionRules,
                    howToApply);
        }
    }
}
