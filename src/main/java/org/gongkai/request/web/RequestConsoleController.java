package org.gongkai.request.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.util.List;
import java.util.Map;
import org.gongkai.organization.Organization;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.CaseFiles;
import org.gongkai.request.CaseResearch;
import org.gongkai.request.ConsultationKind;
import org.gongkai.request.IdDocumentType;
import org.gongkai.request.IntakeChannel;
import org.gongkai.request.Notice;
import org.gongkai.request.NoticeDocuments;
import org.gongkai.request.ObtainWay;
import org.gongkai.request.ProcessingFee;
import org.gongkai.request.ProvisionForm;
import org.gongkai.request.Remedy;
import org.gongkai.request.ReplyDraft;
import org.gongkai.request.ReplyOutcome;
import org.gongkai.request.RequestCases;
import org.gongkai.request.RequestHandling;
import org.gongkai.request.RequestIntake;
import org.gongkai.request.RequestRemedies;
import org.gongkai.request.RequestStatistics;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.WithholdingGround;
import org.gongkai.shared.web.Downloads;
import org.gongkai.shared.web.FormDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handler's and the supervising office's pages for request cases. */
@Controller
class RequestConsoleController {

    private final RequestCases cases;
    private final RequestHandling handling;
    private final RequestStatistics statistics;
    private final RequestIntake intake;
    private final NoticeDocuments documents;
    private final CaseFiles caseFiles;
    private final RequestRemedies remedies;
    private final CaseResearch research;
    private final java.time.Clock clock;

    RequestConsoleController(
            RequestCases cases,
            RequestHandling handling,
            RequestStatistics statistics,
            RequestIntake intake,
            NoticeDocuments documents,
            CaseFiles caseFiles,
            RequestRemedies remedies,
            CaseResearch research,
            java.time.Clock clock) {
        this.research = research;
        this.caseFiles = caseFiles;
        this.remedies = remedies;
        this.documents = documents;
        this.intake = intake;
        this.cases = cases;
        this.statistics = statistics;
        this.handling = handling;
        this.clock = clock;
    }

    @GetMapping("/console/requests")
    String list(Model model) {
        model.addAttribute("lines", cases.open());
        model.addAttribute("limit", 200);
        return "console/request/list";
    }

    @GetMapping("/console/requests/new")
    String newForm(Model model) {
        ApplicationForm form = new ApplicationForm();
        return registration(
                form.withRows(), null, java.time.LocalDate.now(clock).toString(), null, Map.of(), null, model);
    }

    @PostMapping("/console/requests/new")
    String register(
            @ModelAttribute("form") ApplicationForm form,
            @RequestParam(required = false) IntakeChannel channel,
            @RequestParam(required = false) String receivedOn,
            @RequestParam(required = false) String note,
            @RequestParam(name = "attachments", required = false)
                    List<org.springframework.web.multipart.MultipartFile> attachments,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = intake.register(
                            form.toApplication(),
                            channel,
                            FormDates.date("receivedOn", receivedOn, "收到申请之日"),
                            note,
                            Uploads.of(attachments))
                    .id();
            redirect.addFlashAttribute("notice", "申请已登记，答复期限已开始计算。");
            return "redirect:/console/requests/" + id;
        } catch (InvalidFields e) {
            return registration(form.withRows(), channel, receivedOn, note, e.errors(), e.getMessage(), model);
        } catch (RuleViolation e) {
            return registration(
                    form.withRows(),
                    channel,
                    receivedOn,
                    note,
                    e.field() == null ? Map.of() : Map.of(e.field(), e.getMessage()),
                    e.getMessage(),
                    model);
        }
    }

    @InitBinder("form")
    void bounded(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(org.gongkai.request.Application.MAX_ITEMS + 1);
    }

    private String registration(
            ApplicationForm form,
            IntakeChannel channel,
            String receivedOn,
            String note,
            Map<String, String> errors,
            String message,
            Model model) {
        List<Organization> units =
                cases.unitsInScope().stream().filter(intake::handledByMe).toList();
        if (units.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("您不是任何单位的依申请公开承办人，不能登记申请。");
        }
        model.addAttribute("form", form);
        model.addAttribute("units", units);
        model.addAttribute("channel", channel);
        model.addAttribute("channels", IntakeChannel.registeredByStaff());
        model.addAttribute("receivedOn", receivedOn);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("applicantKinds", ApplicantKind.values());
        model.addAttribute("idTypes", IdDocumentType.values());
        model.addAttribute("provisionForms", ProvisionForm.values());
        model.addAttribute("obtainWays", ObtainWay.values());
        return "console/request/new";
    }

    /** Table 三 of the annual report for a unit and year, from the case files. */
    @GetMapping("/console/requests/statistics")
    String statistics(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<Organization> units = cases.unitsInScope();
        Long unit = organizationId != null
                ? organizationId
                : units.isEmpty() ? null : units.get(0).id();
        int y = year != null ? year : java.time.LocalDate.now(clock).getYear() - 1;
        model.addAttribute("units", units);
        model.addAttribute("year", y);
        model.addAttribute("kinds", ApplicantKind.values());
        model.addAttribute("rows", StatisticsRow.values());
        if (unit != null) {
            model.addAttribute("grid", statistics.grid(unit, y));
            model.addAttribute("tableFour", statistics.tableFour(unit, y));
        }
        return "console/request/statistics";
    }

    @GetMapping("/console/requests/{id}")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) boolean contact,
            @RequestParam(required = false) String find,
            Model model) {
        RequestCases.CasePage page = cases.page(id);
        model.addAttribute("page", page);
        if (find != null && page.canHandle() && page.request().status().isOpen()) {
            model.addAttribute("find", find.length() > 200 ? find.substring(0, 200) : find);
            model.addAttribute("findResults", research.search(id, find));
        }
        if (contact) {
            model.addAttribute("contact", cases.applicantContact(id));
        }
        model.addAttribute("today", java.time.LocalDate.now(clock));
        model.addAttribute("outcomes", ReplyOutcome.values());
        model.addAttribute("grounds", WithholdingGround.values());
        model.addAttribute("consultationKinds", ConsultationKind.values());
        model.addAttribute("ways", ObtainWay.values());
        model.addAttribute("feeMethods", ProcessingFee.Method.values());
        model.addAttribute("remedyKinds", Remedy.Kind.values());
        model.addAttribute("remedyRoutes", Remedy.Route.values());
        model.addAttribute(
                "remedyResults", java.util.List.of(Remedy.Result.UPHELD, Remedy.Result.CORRECTED, Remedy.Result.OTHER));
        return "console/request/case";
    }

    /** Attaches a published record found from the case (issue 11 §4); back to the same search. */
    @PostMapping("/console/requests/{id}/found")
    String attachFound(
            @PathVariable long id,
            @RequestParam(required = false) String find,
            @RequestParam(required = false) Long recordId,
            RedirectAttributes redirect) {
        String words = find == null ? "" : find;
        redirect.addAttribute("find", words);
        return act(
                "/console/requests/" + id + "#research-heading",
                redirect,
                "已添加到本申请；答复时可以告知申请人获取方式。",
                () -> research.attach(id, words, recordId == null ? -1 : recordId));
    }

    @PostMapping("/console/requests/{id}/found/{foundId}/remove")
    String detachFound(@PathVariable long id, @PathVariable long foundId, RedirectAttributes redirect) {
        return act(
                "/console/requests/" + id + "#research-heading",
                redirect,
                "已从本申请移除。",
                () -> research.detach(id, foundId));
    }

    @PostMapping("/console/requests/{id}/confirm-receipt")
    String confirmReceipt(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(
                "/console/requests/" + id,
                redirect,
                "已确认收到申请，答复期限开始计算。",
                () -> handling.confirmReceipt(id, lock(version)));
    }

    /** A letter of the case as .docx or PDF (公文 layout, Chinese font embedded in the PDF). */
    @GetMapping("/console/requests/{id}/notices/{kind}.{format}")
    org.springframework.http.ResponseEntity<byte[]> notice(
            @PathVariable long id,
            @PathVariable Notice.Kind kind,
            @PathVariable String format,
            @RequestParam(required = false) Integer ref) {
        Notice notice = cases.notice(id, kind, ref);
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"docx".equals(format)) {
            throw new org.gongkai.shared.NotFound("只提供 .docx 和 .pdf 格式。");
        }
        byte[] body = pdf ? documents.pdf(notice) : documents.docx(notice);
        return Downloads.bytes(
                notice.fileName(format),
                pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                body);
    }

    /** A material the applicant handed in (audited like the contact details). */
    @GetMapping("/console/requests/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        var opened = cases.attachment(id, attachmentId);
        return Downloads.bytes(opened.fileName(), opened.mediaType(), opened.content());
    }

    /** The whole case file of a concluded case as one zip (第四十五条 归档). */
    @GetMapping("/console/requests/{id}/case-file.zip")
    org.springframework.http.ResponseEntity<byte[]> caseFile(@PathVariable long id) {
        byte[] zip = caseFiles.zip(id);
        return Downloads.bytes(caseFiles.fileName(id), "application/zip", zip);
    }

    @PostMapping("/console/requests/{id}/remedies")
    String recordRemedy(
            @PathVariable long id,
            @RequestParam(required = false) Remedy.Kind kind,
            @RequestParam(required = false) Remedy.Route route,
            @RequestParam(required = false) String filedOn,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记。",
                () -> remedies.record(id, kind, route, date("filedOn", filedOn, "申请或起诉日期"), body, note));
    }

    @PostMapping("/console/requests/{id}/remedies/{remedyId}/decision")
    String decideRemedy(
            @PathVariable long id,
            @PathVariable long remedyId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Remedy.Result result,
            @RequestParam(required = false) String decidedOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记审结结果。",
                () -> remedies.decide(remedyId, lock(version), result, date("decidedOn", decidedOn, "审结日期"), note));
    }

    @PostMapping("/console/requests/{id}/correction-notice")
    String correctionNotice(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String sentOn,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String whatToCorrect,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记补正告知，答复期限暂停，收到补正后重新计算。",
                () -> handling.requestCorrection(
                        id,
                        lock(version),
                        date("sentOn", sentOn, "补正告知日期"),
                        date("until", until, "补正期限"),
                        whatToCorrect));
    }

    @PostMapping("/console/requests/{id}/corrected")
    String corrected(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String receivedOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记收到补正材料，答复期限重新起算。",
                () -> handling.receiveCorrection(id, lock(version), date("receivedOn", receivedOn, "收到补正材料的日期"), note));
    }

    @PostMapping("/console/requests/{id}/correction-lapsed")
    String correctionLapsed(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "已按逾期不补正办结。", () -> handling.lapseCorrection(id, lock(version)));
    }

    @PostMapping("/console/requests/{id}/consultations")
    String consult(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) ConsultationKind kind,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String sentOn,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记征求意见，征求意见期间不计入答复期限。",
                () -> handling.openConsultation(id, lock(version), kind, party, date("sentOn", sentOn, "征求意见函发出日期")));
    }

    @PostMapping("/console/requests/{id}/consultations/{ref}/answer")
    String answer(
            @PathVariable long id,
            @PathVariable int ref,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String answeredOn,
            @RequestParam(required = false) boolean objects,
            @RequestParam(required = false) String summary,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记对方意见，恢复计时。",
                () -> handling.answerConsultation(
                        id, lock(version), ref, date("answeredOn", answeredOn, "收到意见的日期"), objects, summary));
    }

    @PostMapping("/console/requests/{id}/consultations/{ref}/lapse")
    String lapse(
            @PathVariable long id,
            @PathVariable int ref,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已登记征求意见期满未答复，恢复计时。", () -> handling.lapseConsultation(id, lock(version), ref));
    }

    @PostMapping("/console/requests/{id}/extension")
    String extend(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已批准延期答复，请向申请人发出延期告知。",
                () -> handling.extend(id, lock(version), days == null ? 0 : days, reason));
    }

    @PostMapping("/console/requests/{id}/transfer")
    String transfer(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long toOrganizationId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            handling.transfer(id, lock(version), toOrganizationId == null ? -1 : toOrganizationId, reason);
            redirect.addFlashAttribute("notice", "已转办，接收单位的承办人将继续办理。");
            return "redirect:/console/requests";
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            return "redirect:" + page(id);
        }
    }

    @PostMapping("/console/requests/{id}/fee")
    String fee(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) ProcessingFee.Method method,
            @RequestParam(required = false) Integer pages,
            @RequestParam(required = false) String sentOn,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记收费通知，缴费期间暂停计时。",
                () -> handling.notifyFee(id, lock(version), method, pages, date("sentOn", sentOn, "收费通知发出日期")));
    }

    @PostMapping("/console/requests/{id}/fee/paid")
    String feePaid(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String paidOn,
            @RequestParam(required = false) String reference,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记缴费，恢复计时。",
                () -> handling.receivePayment(id, lock(version), date("paidOn", paidOn, "缴费日期"), reference));
    }

    @PostMapping("/console/requests/{id}/fee/waived")
    String feeWaived(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已减免信息处理费，恢复计时。", () -> handling.waiveFee(id, lock(version), reason));
    }

    @PostMapping("/console/requests/{id}/fee/lapsed")
    String feeLapsed(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "已按逾期未缴费办结。", () -> handling.lapseFee(id, lock(version)));
    }

    @PostMapping("/console/requests/{id}/reply")
    String reply(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) ReplyOutcome outcome,
            @RequestParam(required = false) WithholdingGround ground,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String provided,
            @RequestParam(required = false) String responsibleAgency,
            @RequestParam(required = false) String responsibleContact,
            @RequestParam(name = "replyFiles", required = false)
                    List<org.springframework.web.multipart.MultipartFile> replyFiles,
            RedirectAttributes redirect) {
        ReplyDraft draft = new ReplyDraft(outcome, ground, reason, provided, responsibleAgency, responsibleContact);
        try {
            handling.submitReply(id, lock(version), draft, Uploads.of(replyFiles));
            redirect.addFlashAttribute("notice", "答复稿已提交审核。");
        } catch (org.gongkai.shared.RuleViolation e) {
            // the draft as typed comes back with the message (files must be chosen again)
            redirect.addFlashAttribute("error", e);
            redirect.addFlashAttribute("typedReply", draft);
        }
        return "redirect:" + page(id);
    }

    @PostMapping("/console/requests/{id}/reply-files/{fileId}/remove")
    String removeReplyFile(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        return act(page(id), redirect, "已从答复中移除该文件。", () -> handling.removeReplyFile(id, fileId));
    }

    @PostMapping("/console/requests/{id}/reply/approve")
    String approve(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "答复已审核通过，可以作出答复。", () -> handling.approveReply(id, lock(version)));
    }

    @PostMapping("/console/requests/{id}/reply/return")
    String returnReply(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "答复稿已退回修改。", () -> handling.returnReply(id, lock(version), comment));
    }

    @PostMapping("/console/requests/{id}/reply/send")
    String send(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String sentOn,
            @RequestParam(required = false) ObtainWay way,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已作出答复，申请办结。",
                () -> handling.sendReply(id, lock(version), date("sentOn", sentOn, "作出答复的日期"), way));
    }

    @PostMapping("/console/requests/{id}/delivery")
    String delivery(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String deliveredOn,
            @RequestParam(required = false) String proof,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记送达。",
                () -> handling.recordDelivery(id, lock(version), date("deliveredOn", deliveredOn, "送达日期"), proof));
    }

    @PostMapping("/console/requests/{id}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已登记申请人撤回申请，申请办结。",
                () -> handling.withdraw(id, lock(version), date("on", on, "撤回日期"), note));
    }

    @PostMapping("/console/requests/{id}/archive")
    String archive(
            @PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(page(id), redirect, "已归档。", () -> handling.archive(id, lock(version)));
    }

    private static String page(long id) {
        return "/console/requests/" + id;
    }

    private static java.time.LocalDate date(String field, String value, String label) {
        return FormDates.date(field, value, label);
    }
}
