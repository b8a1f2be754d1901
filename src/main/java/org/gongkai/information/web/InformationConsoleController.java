package org.gongkai.information.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gongkai.information.DisclosureAttribute;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.GovernmentInformation;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationReview;
import org.gongkai.information.RecordPage;
import org.gongkai.information.RecordPages;
import org.gongkai.information.RecordStatus;
import org.gongkai.information.TopicCategories;
import org.gongkai.information.Validity;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.WithholdingGround;
import org.gongkai.shared.web.Downloads;
import org.gongkai.shared.web.FormDates;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Government information in the console: drafting, the scan's findings, review, sign-off and publication. */
@Controller
class InformationConsoleController {

    private final InformationEditing editing;
    private final InformationReview review;
    private final TopicCategories topics;
    private final CountyAdministration county;
    private final OrganizationDirectory directory;
    private final org.gongkai.information.Redactions redactions;
    private final AccessControl access;
    private final Clock clock;

    private final RecordPages recordPages;
    private final org.gongkai.information.Interpretations interpretations;
    private final org.gongkai.information.Decisions decisions;

    InformationConsoleController(
            InformationEditing editing,
            InformationReview review,
            TopicCategories topics,
            CountyAdministration county,
            OrganizationDirectory directory,
            AccessControl access,
            Clock clock,
            org.gongkai.information.Redactions redactions,
            RecordPages recordPages,
            org.gongkai.information.Interpretations interpretations,
            org.gongkai.information.Decisions decisions) {
        this.interpretations = interpretations;
        this.decisions = decisions;
        this.redactions = redactions;
        this.recordPages = recordPages;
        this.editing = editing;
        this.review = review;
        this.topics = topics;
        this.county = county;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/console/information")
    String list(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) RecordStatus status,
            Model model) {
        List<Organization> units = county.visibleOrganizations();
        Long chosen = organizationId == null ? null : access.defaultUnit(organizationId, units);
        model.addAttribute("units", units);
        model.addAttribute("unitId", chosen);
        model.addAttribute("status", status);
        model.addAttribute("statuses", RecordStatus.values());
        model.addAttribute("records", editing.records(chosen, status));
        model.addAttribute(
                "deadlines",
                editing.deadlines(chosen).stream()
                        .filter(d -> d.isOverdue() || d.isDueSoon())
                        .toList());
        model.addAttribute("jointIssues", editing.awaitingJointIssueConfirmation());
        Long own = access.defaultUnit(null, units);
        model.addAttribute(
                "editableUnits",
                units.stream().filter(u -> editing.canEdit(u.id())).toList());
        model.addAttribute("ownUnit", own);
        model.addAttribute("names", directory.names());
        return "console/information/list";
    }

    @GetMapping("/console/information/deadlines")
    String deadlines(@RequestParam(required = false) Long organizationId, Model model) {
        model.addAttribute("deadlines", editing.deadlines(organizationId));
        return "console/information/deadlines";
    }

    @GetMapping("/console/information/new")
    String newForm(@RequestParam long organizationId, Model model) {
        Organization unit = county.organization(organizationId);
        if (!editing.canEdit(organizationId)) {
            access.require(org.gongkai.organization.Role.EDITOR, organizationId, "INFORMATION_CREATE");
        }
        return form(model, unit, InformationForm.empty(LocalDate.now(clock)), null);
    }

    @PostMapping("/console/information")
    String create(
            @RequestParam long organizationId,
            @ModelAttribute InformationForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = editing.create(organizationId, form.draft());
            redirect.addFlashAttribute("notice", "已保存草稿。" + findingsNotice(id));
            return "redirect:/console/information/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, county.organization(organizationId), form, null);
        }
    }

    @GetMapping("/console/information/{id}")
    String record(@PathVariable long id, Model model) {
        RecordPage page = recordPages.page(id);
        RecordPage.Allowed allowed = page.allowed();
        model.addAttribute("record", page.record());
        model.addAttribute("unit", page.unit());
        model.addAttribute("jointIssuers", page.jointIssuers());
        model.addAttribute("topicPath", page.topicPath());
        model.addAttribute("attachments", page.attachments());
        model.addAttribute("findings", page.findings());
        model.addAttribute("canAbandonCorrection", allowed.abandonCorrection());
        if (page.redactions() != null) {
            model.addAttribute("redactions", page.redactions());
            model.addAttribute("revisionFindings", page.revisionFindings());
            model.addAttribute("withholdableFiles", page.withholdableFiles());
            model.addAttribute("canProposeRedaction", allowed.proposeRedaction());
            model.addAttribute("canDecideRedaction", allowed.decideRedaction());
        }
        model.addAttribute("unconfirmed", page.unconfirmedIssuers());
        model.addAttribute("confirmable", page.confirmable());
        model.addAttribute("reviews", page.reviews());
        model.addAttribute("deadline", page.deadline());
        model.addAttribute("canEdit", allowed.edit());
        model.addAttribute("canCorrect", allowed.correct());
        model.addAttribute("canClear", allowed.clear());
        model.addAttribute("canSignOff", allowed.signOff());
        model.addAttribute("canWithdraw", allowed.withdraw());
        model.addAttribute("canChangeValidity", allowed.changeValidity());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("catalogLinks", page.catalogLinks());
        model.addAttribute("interpretation", page.interpretation());
        model.addAttribute("consultation", page.consultation());
        model.addAttribute("interpretationForms", org.gongkai.information.InterpretationForm.values());
        model.addAttribute("lateAfter", interpretations.lateAfterWorkingDays());
        if (page.linkable() != null) {
            model.addAttribute("linkable", page.linkable());
        }
        return "console/information/record";
    }

    @GetMapping("/console/information/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        GovernmentInformation r = editing.record(id);
        return form(model, county.organization(r.organizationId()), InformationForm.of(r), r);
    }

    @PostMapping("/console/information/{id}")
    String update(
            @PathVariable long id, @ModelAttribute InformationForm form, Model model, RedirectAttributes redirect) {
        try {
            editing.update(id, form.lock(), form.draft());
            redirect.addFlashAttribute("notice", "已保存。" + findingsNotice(id));
            return "redirect:/console/information/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            GovernmentInformation r = editing.record(id);
            return form(model, county.organization(r.organizationId()), form, r);
        }
    }

    @PostMapping("/console/information/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "附件已上传。", () -> {
            if (file == null || file.isEmpty()) {
                throw new RuleViolation("file", "请选择要上传的附件。");
            }
            try {
                editing.attach(id, lock(lockVersion), file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw new RuleViolation("file", "附件上传中断，请重新上传。");
            }
        });
    }

    @PostMapping("/console/information/{id}/attachments/{attachmentId}/removal")
    String detach(
            @PathVariable long id,
            @PathVariable long attachmentId,
            @RequestParam(required = false) Integer lockVersion,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "附件已移除。", () -> editing.detach(id, lock(lockVersion), attachmentId));
    }

    @GetMapping("/console/information/{id}/attachments/{attachmentId}")
    ResponseEntity<org.springframework.core.io.Resource> download(
            @PathVariable long id, @PathVariable long attachmentId) {
        var file = editing.attachmentFile(id, attachmentId);
        return Downloads.file(file.attachment().fileName(), file.attachment().mediaType(), file.content());
    }

    @PostMapping("/console/information/{id}/catalog-items")
    String linkCatalogItems(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) List<String> items,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已保存对应的标准目录事项。", () -> editing.linkCatalogItems(id, lock(lockVersion), items));
    }

    @PostMapping("/console/information/{id}/interpretation")
    String describeInterpretation(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) List<Long> explainedIds,
            @RequestParam(required = false) String explainedIndexNumbers,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已保存解读信息。",
                () -> interpretations.describe(
                        id,
                        lock(lockVersion),
                        org.gongkai.shared.web.ConsoleActions.choice(
                                org.gongkai.information.InterpretationForm.class, form, "form", "解读形式"),
                        author,
                        text,
                        explainedIds,
                        explainedIndexNumbers));
    }

    @PostMapping("/console/information/{id}/consultation")
    String linkConsultation(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) Long consultationId,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                consultationId == null ? "已取消关联征求意见。" : "已关联征求意见。",
                () -> decisions.linkConsultation(id, lock(lockVersion), consultationId));
    }

    @PostMapping("/console/information/{id}/findings/{findingId}/mask")
    String mask(@PathVariable long id, @PathVariable long findingId, RedirectAttributes redirect) {
        return act(page(id), redirect, "已遮盖（更正）。", () -> editing.mask(id, findingId));
    }

    @PostMapping("/console/information/{id}/findings/{findingId}/acceptance")
    String accept(
            @PathVariable long id,
            @PathVariable long findingId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已接受并记录理由。", () -> editing.accept(id, findingId, reason));
    }

    @PostMapping("/console/information/{id}/submission")
    String submit(
            @PathVariable long id, @RequestParam(required = false) Integer lockVersion, RedirectAttributes redirect) {
        return act(page(id), redirect, "已提交保密审查。", () -> editing.submit(id, lock(lockVersion)));
    }

    @PostMapping("/console/information/{id}/secrecy-review")
    String secrecy(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        return act(
                page(id),
                redirect,
                approve ? "保密审查通过，已送签发。" : "已退回编辑。",
                () -> review.secrecyReview(id, lock(lockVersion), approve, comment));
    }

    @PostMapping("/console/information/{id}/sign-off")
    String signOff(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) String publishAt,
            RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        boolean scheduled = approve && publishAt != null && !publishAt.isBlank();
        return act(page(id), redirect, !approve ? "已退回编辑。" : scheduled ? "已签发，将按时发布。" : "已签发。", () -> {
            LocalDateTime at = FormDates.dateTime("publishAt", publishAt, "定时发布时间");
            review.signOff(
                    id,
                    lock(lockVersion),
                    approve,
                    comment,
                    at == null ? null : at.atZone(clock.getZone()).toInstant());
        });
    }

    @PostMapping("/console/information/{id}/correction")
    String correct(
            @PathVariable long id, @RequestParam(required = false) Integer lockVersion, RedirectAttributes redirect) {
        try {
            editing.startCorrection(id, lock(lockVersion));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            return "redirect:" + page(id);
        }
        redirect.addFlashAttribute("notice", "已开始更正：修改后重新提交审核，签发前公众仍看到现行版本。");
        return "redirect:" + page(id) + "/edit";
    }

    @PostMapping("/console/information/{id}/correction/abandonment")
    String abandonCorrection(
            @PathVariable long id, @RequestParam(required = false) Integer lockVersion, RedirectAttributes redirect) {
        return act(page(id), redirect, "已放弃更正：恢复为现行发布版本。", () -> editing.abandonCorrection(id, lock(lockVersion)));
    }

    @PostMapping("/console/information/{id}/joint-issuers/{organizationId}/confirmation")
    String confirmJointIssue(@PathVariable long id, @PathVariable long organizationId, RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已确认联合发文：该信息将出现在本单位的政府信息公开栏目中。",
                () -> editing.confirmJointIssue(id, organizationId));
    }

    @PostMapping("/console/information/{id}/redactions")
    String proposeRedaction(
            @PathVariable long id,
            @RequestParam(required = false) Integer revision,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) java.util.List<Long> attachments,
            @RequestParam(required = false) String phrases,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已提出依法处理申请，待保密审查人员或其他签发人审核。",
                () -> redactions.propose(id, revision == null ? -1 : revision, reason, attachments, phrases));
    }

    @PostMapping("/console/information/{id}/redactions/{redactionId}/decision")
    String decideRedaction(
            @PathVariable long id,
            @PathVariable long redactionId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        boolean apply = "apply".equals(decision);
        return act(
                page(id),
                redirect,
                apply ? "已处理：公众看到的该版本已遮盖个人信息、撤下所选附件，并注明“本版本部分内容已依法处理”。" : "已不同意该申请。",
                () -> redactions.decide(redactionId, apply, comment));
    }

    @PostMapping("/console/information/{id}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已撤回：门户、检索和订阅中不再出现。", () -> review.withdraw(id, lock(lockVersion), reason));
    }

    @PostMapping("/console/information/{id}/validity")
    String validity(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) Validity validity,
            @RequestParam(required = false) String validityDate,
            @RequestParam(required = false) String relatedIndexNumber,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "有效性已更新。",
                () -> review.changeValidity(
                        id,
                        lock(lockVersion),
                        validity,
                        FormDates.date("validityDate", validityDate, "日期"),
                        relatedIndexNumber));
    }

    private String form(Model model, Organization unit, InformationForm form, GovernmentInformation existing) {
        boolean township = unit.kind().level() == AdministrativeLevel.TOWNSHIP;
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("topics", topics.all());
        model.addAttribute(
                "columns",
                List.of(DisclosureColumn.values()).stream()
                        .filter(c -> c.appliesTo(township))
                        .toList());
        model.addAttribute("attributes", DisclosureAttribute.values());
        model.addAttribute(
                "grounds",
                List.of(WithholdingGround.values()).stream()
                        .filter(g -> g.article() != null)
                        .toList());
        model.addAttribute(
                "otherUnits",
                directory.tree().stream()
                        .map(OrganizationDirectory.Entry::organization)
                        .filter(o -> o.id() != unit.id() && o.kind() != OrganizationKind.VILLAGE_COMMITTEE)
                        .toList());
        return "console/information/form";
    }

    private String findingsNotice(long id) {
        long open = editing.findings(id).stream()
                .filter(f -> f.resolution() == org.gongkai.information.Finding.Resolution.OPEN)
                .count();
        return open == 0 ? "" : "扫描发现 " + open + " 处个人信息或错敏表述，提交前须逐条处理。";
    }

    private static String page(long id) {
        return "/console/information/" + id;
    }
}
