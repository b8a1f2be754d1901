package org.gongkai.request.web;

import java.util.List;
import java.util.Map;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.IdDocumentType;
import org.gongkai.request.ObtainWay;
import org.gongkai.request.ProvisionForm;
import org.gongkai.request.RequestIntake;
import org.gongkai.request.RequestTracking;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The 依申请公开 entry of the portal (issue 11 §1): each unit's 申请指南, the online application form (works without
 * script), and the tracking page. The form and the tracking answers are never cached (they are not under the
 * render cache's prefixes); every POST is rate-limited per address.
 */
@Controller
class RequestPortalController {

    private final RequestIntake intake;
    private final RequestTracking tracking;
    private final OrganizationDirectory directory;

    RequestPortalController(RequestIntake intake, RequestTracking tracking, OrganizationDirectory directory) {
        this.intake = intake;
        this.tracking = tracking;
        this.directory = directory;
    }

    @InitBinder("form")
    void bounded(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(org.gongkai.request.Application.MAX_ITEMS + 1);
    }

    @GetMapping("/openness/units/{id}/requests")
    String guide(@PathVariable long id, Model model) {
        Organization unit = addressee(id);
        model.addAttribute("unit", unit);
        return "portal/request/guide";
    }

    @GetMapping("/requests/apply")
    String form(@RequestParam(required = false) Long unit, Model model) {
        ApplicationForm form = new ApplicationForm();
        form.setOrganizationId(unit);
        return showForm(form.withRows(), Map.of(), null, model);
    }

    @PostMapping("/requests/apply")
    String apply(
            @ModelAttribute("form") ApplicationForm form,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            Model model) {
        if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
            return showForm(form.withRows(), Map.of(), "提交未成功：请不要填写页面上标注“请勿填写”的项目，然后重新提交。", model);
        }
        try {
            RequestIntake.Submitted submitted = intake.applyOnline(form.toApplication(), Uploads.of(attachments));
            model.addAttribute("submitted", submitted);
            model.addAttribute("unit", directory.find(form.getOrganizationId()).orElseThrow());
            return "portal/request/submitted";
        } catch (InvalidFields e) {
            return showForm(form.withRows(), e.errors(), e.getMessage(), model);
        } catch (RuleViolation e) {
            return showForm(
                    form.withRows(),
                    e.field() == null ? Map.of() : Map.of(e.field(), e.getMessage()),
                    e.getMessage(),
                    model);
        }
    }

    @GetMapping("/requests/track")
    String trackForm() {
        return "portal/request/track";
    }

    @PostMapping("/requests/track")
    String track(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String phoneSuffix,
            Model model) {
        model.addAttribute("code", code == null || code.length() > 40 ? "" : code);
        tracking.track(code, phoneSuffix)
                .ifPresentOrElse(
                        t -> model.addAttribute("tracked", t),
                        () -> model.addAttribute("notFound", "没有找到与查询码和手机号码后四位相符的申请，请核对后重试。"));
        return "portal/request/track";
    }

    private String showForm(ApplicationForm form, Map<String, String> errors, String message, Model model) {
        List<Organization> units = directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(intake::acceptsApplications)
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("units", units);
        model.addAttribute("applicantKinds", ApplicantKind.values());
        model.addAttribute("idTypes", IdDocumentType.values());
        model.addAttribute("provisionForms", ProvisionForm.values());
        model.addAttribute("obtainWays", ObtainWay.values());
        return "portal/request/apply";
    }

    private Organization addressee(long id) {
        return directory
                .find(id)
                .filter(intake::acceptsApplications)
                .orElseThrow(() -> new NotFound("该单位不受理政府信息公开申请。"));
    }
}
