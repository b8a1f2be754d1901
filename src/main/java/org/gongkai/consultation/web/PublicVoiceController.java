package org.gongkai.consultation.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.consultation.ConcernResponse;
import org.gongkai.consultation.Hearings;
import org.gongkai.consultation.PublicVoices;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.FormDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 回应关切 and 列席 in the console (write, publish) and on the portal (lists and pages). */
@Controller
class PublicVoiceController {

    private final PublicVoices voices;
    private final OrganizationDirectory directory;
    private final Hearings hearings;

    PublicVoiceController(PublicVoices voices, OrganizationDirectory directory, Hearings hearings) {
        this.voices = voices;
        this.directory = directory;
        this.hearings = hearings;
    }

    private void common(Model model) {
        model.addAttribute("names", directory.names());
        model.addAttribute(
                "draftable",
                directory.tree().stream()
                        .map(OrganizationDirectory.Entry::organization)
                        .filter(o -> voices.canDraft(o.id()))
                        .toList());
    }

    @GetMapping("/console/responses")
    String responses(Model model) {
        common(model);
        model.addAttribute("responses", voices.myResponses());
        model.addAttribute(
                "publishable",
                voices.myResponses().stream()
                        .filter(r -> voices.canPublish(r.organizationId()))
                        .map(ConcernResponse::id)
                        .toList());
        return "console/voice/responses";
    }

    @PostMapping("/console/responses")
    String createResponse(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String concern,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String responseText,
            @RequestParam(required = false) String recordIndexNumbers,
            @RequestParam(required = false) Long consultationId,
            @RequestParam(required = false) Long inquiryId,
            RedirectAttributes redirect) {
        return act("/console/responses", redirect, "已保存回应，待签发人员发布。", () -> {
            if (organizationId == null) {
                throw new RuleViolation("organizationId", "请选择单位。");
            }
            voices.createResponse(
                    organizationId,
                    new PublicVoices.ResponseDraft(
                            title, concern, source, responseText, recordIndexNumbers, consultationId, inquiryId));
        });
    }

    @PostMapping("/console/responses/{id}/publication")
    String publishResponse(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes r) {
        return act("/console/responses", r, "已发布回应。", () -> voices.publishResponse(id, lock(version)));
    }

    @GetMapping("/console/attendances")
    String attendances(Model model) {
        common(model);
        model.addAttribute("attendances", voices.myAttendances());
        model.addAttribute(
                "publishable",
                voices.myAttendances().stream()
                        .filter(a -> voices.canPublish(a.organizationId()))
                        .map(a -> a.id())
                        .toList());
        return "console/voice/attendances";
    }

    @PostMapping("/console/attendances")
    String createAttendance(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String meeting,
            @RequestParam(required = false) String heldAt,
            @RequestParam(required = false) String topics,
            @RequestParam(required = false) String invitation,
            @RequestParam(required = false) String attendees,
            @RequestParam(required = false) String opinions,
            RedirectAttributes redirect) {
        return act("/console/attendances", redirect, "已保存列席记录，待签发人员公布。", () -> {
            if (organizationId == null) {
                throw new RuleViolation("organizationId", "请选择单位。");
            }
            LocalDateTime at = FormDates.dateTime("heldAt", heldAt, "会议时间");
            voices.createAttendance(
                    organizationId,
                    new PublicVoices.AttendanceDraft(
                            meeting,
                            at == null ? null : at.atZone(hearings.zone()).toInstant(),
                            topics,
                            invitation,
                            attendees,
                            opinions));
        });
    }

    @PostMapping("/console/attendances/{id}/publication")
    String publishAttendance(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes r) {
        return act("/console/attendances", r, "已公布列席情况。", () -> voices.publishAttendance(id, lock(version)));
    }

    // --- portal --------------------------------------------------------------------------------------------------

    @GetMapping("/participation/responses")
    String publicResponses(Model model) {
        model.addAttribute("responses", voices.publishedResponses());
        model.addAttribute("names", directory.names());
        return "portal/voice/responses";
    }

    @GetMapping("/participation/responses/{id}")
    String publicResponse(@PathVariable long id, Model model) {
        ConcernResponse r = voices.publishedResponse(id);
        Map<String, String> records = new LinkedHashMap<>();
        for (String n : r.recordIndexNumbers()) {
            String title = voices.recordTitle(n);
            if (title != null) {
                records.put(n, title);
            }
        }
        model.addAttribute("response", r);
        model.addAttribute("records", records);
        model.addAttribute("unitName", directory.names().getOrDefault(r.organizationId(), ""));
        return "portal/voice/response";
    }

    @GetMapping("/participation/attendances")
    String publicAttendances(Model model) {
        model.addAttribute("attendances", voices.publishedAttendances());
        model.addAttribute("names", directory.names());
        return "portal/voice/attendances";
    }

    @GetMapping("/participation/attendances/{id}")
    String publicAttendance(@PathVariable long id, Model model) {
        var a = voices.publishedAttendance(id);
        model.addAttribute("attendance", a);
        model.addAttribute("unitName", directory.names().getOrDefault(a.organizationId(), ""));
        return "portal/voice/attendance";
    }
}
