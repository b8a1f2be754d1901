package org.gongkai.request.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.Application;
import org.gongkai.request.ConsultationKind;
import org.gongkai.request.IdDocumentType;
import org.gongkai.request.IntakeChannel;
import org.gongkai.request.ObtainWay;
import org.gongkai.request.ProcessingFee;
import org.gongkai.request.ProvisionForm;
import org.gongkai.request.ReplyDraft;
import org.gongkai.request.ReplyOutcome;
import org.gongkai.request.RequestCases;
import org.gongkai.request.RequestHandling;
import org.gongkai.request.RequestIntake;
import org.gongkai.request.RequestStatistics;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.WithholdingGround;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff side of the request API (issue 11 §2, §9), for hotlines and provincial platforms holding a staff API token
 * ({@code Authorization: Bearer gk_…}): register an application received on another channel, record the steps of a
 * case and its outcome, read a case's status and timeline, and read table 三 of a unit's year. Every call goes through
 * the same services as the console, so the token's account needs the same roles (REQUEST_HANDLER of the unit; SIGNER
 * to approve or extend; the supervising office to read statistics) and every write is audited under its name. Guarded
 * steps take the case's {@code version} as read, as the console's forms do. No applicant's personal data is answered.
 */
@RestController
@Tag(name = "依申请公开（工作人员）", description = "凭接口令牌登记申请、记录办理步骤和结果、查询统计")
@SecurityRequirement(name = "staffToken")
class RequestStaffApiController {

    private final RequestIntake intake;
    private final RequestHandling handling;
    private final RequestCases cases;
    private final RequestStatistics statistics;

    RequestStaffApiController(
            RequestIntake intake, RequestHandling handling, RequestCases cases, RequestStatistics statistics) {
        this.intake = intake;
        this.handling = handling;
        this.cases = cases;
        this.statistics = statistics;
    }

    @PostMapping("/api/v1/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "登记一件政府信息公开申请",
            description = "登记经当面、邮寄、信函、传真、口头或其他平台收到的申请；收到申请之日按第三十一条确定，答复期限随即开始计算。"
                    + "缺少第二十九条要求的内容时返回 400，errors 逐项说明。需要本单位依申请公开承办人角色。")
    CaseAnswer register(@RequestBody Registration body) {
        if (body == null) {
            throw new RuleViolation("请在请求正文中提供申请内容（JSON）。");
        }
        long id = intake.register(body.application(), body.channel(), body.receivedOn(), body.note())
                .id();
        return caseAnswer(id);
    }

    @GetMapping("/api/v1/requests/cases/{id}")
    @Operation(summary = "查询一件申请的办理情况（工作人员）", description = "状态、答复期限、办理过程和当前版本号；不含申请人的个人信息。")
    CaseAnswer show(@Parameter(description = "申请的内部编号（登记时返回的 id）") @PathVariable long id) {
        return caseAnswer(id);
    }

    @PostMapping("/api/v1/requests/cases/{id}/steps")
    @Operation(
            summary = "记录一个办理步骤",
            description = "确认收到、补正、征求意见、延期、收费、审核答复、作出答复、送达、撤回、转送、归档；" + "version 须为最近一次读到的版本号，已被他人修改时返回 400。")
    CaseAnswer step(@PathVariable long id, @RequestBody Step body) {
        if (body == null || body.step() == null) {
            throw new RuleViolation("step", "请用 step 写明要记录的办理步骤，可选：" + Arrays.toString(StepKind.values()) + "。");
        }
        int v = body.version() == null ? -1 : body.version();
        switch (body.step()) {
            case CONFIRM_RECEIPT -> handling.confirmReceipt(id, v);
            case REQUEST_CORRECTION -> handling.requestCorrection(id, v, body.on(), body.until(), body.note());
            case RECEIVE_CORRECTION -> handling.receiveCorrection(id, v, body.on(), body.note());
            case LAPSE_CORRECTION -> handling.lapseCorrection(id, v);
            case OPEN_CONSULTATION -> handling.openConsultation(id, v, body.consultation(), body.party(), body.on());
            case ANSWER_CONSULTATION ->
                handling.answerConsultation(
                        id, v, ref(body), body.on(), Boolean.TRUE.equals(body.objects()), body.note());
            case LAPSE_CONSULTATION -> handling.lapseConsultation(id, v, ref(body));
            case EXTEND -> handling.extend(id, v, body.days() == null ? 0 : body.days(), body.note());
            case NOTIFY_FEE -> handling.notifyFee(id, v, body.feeMethod(), body.pages(), body.on());
            case RECEIVE_PAYMENT -> handling.receivePayment(id, v, body.on(), body.reference());
            case WAIVE_FEE -> handling.waiveFee(id, v, body.note());
            case LAPSE_FEE -> handling.lapseFee(id, v);
            case APPROVE_REPLY -> handling.approveReply(id, v);
            case RETURN_REPLY -> handling.returnReply(id, v, body.note());
            case SEND_REPLY -> handling.sendReply(id, v, body.on(), body.way());
            case RECORD_DELIVERY -> handling.recordDelivery(id, v, body.on(), body.note());
            case WITHDRAW -> handling.withdraw(id, v, body.on(), body.note());
            case TRANSFER -> {
                if (body.organization() == null) {
                    throw new RuleViolation("organization", "转送的，请用 organization 写明接收单位的编号。");
                }
                handling.transfer(id, v, body.organization(), body.note());
            }
            case ARCHIVE -> handling.archive(id, v);
        }
        return caseAnswer(id);
    }

    @PostMapping("/api/v1/requests/cases/{id}/reply")
    @Operation(
            summary = "提交答复（办理结果）",
            description = "办理结果为年度报告表三的结果之一；与案情矛盾的（如予以公开而未写明提供的信息、不予公开而无理由）返回 400。" + "答复稿须由本单位签发人（非起草人）审核后方可作出答复。")
    CaseAnswer reply(@PathVariable long id, @RequestBody Reply body) {
        if (body == null) {
            throw new RuleViolation("outcome", "请在请求正文中提供答复内容（JSON）。");
        }
        handling.submitReply(
                id,
                body.version() == null ? -1 : body.version(),
                new ReplyDraft(
                        body.outcome(),
                        body.ground(),
                        body.reason(),
                        body.provided(),
                        body.responsibleAgency(),
                        body.responsibleContact()));
        return caseAnswer(id);
    }

    @GetMapping("/api/v1/requests/statistics")
    @Operation(
            summary = "收到和处理政府信息公开申请情况（年度报告表三）",
            description = "一个单位一个年度的 25 行 × 7 列，行和列的名称与国办公开办函〔2021〕30号格式一致；"
                    + "inconsistencies 列出不满足勾稽关系的列（应为空）。需要该单位的承办人、签发人或政务公开主管角色。")
    StatisticsAnswer statistics(
            @Parameter(description = "单位编号") @RequestParam long organization,
            @Parameter(description = "年度，如 2025") @RequestParam int year) {
        RequestStatistics.Grid grid = statistics.grid(organization, year);
        List<String> columns = Arrays.stream(ApplicantKind.values())
                .map(ApplicantKind::label)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        columns.add("总计");
        List<RowAnswer> rows = Arrays.stream(StatisticsRow.values())
                .map(r -> new RowAnswer(
                        r.name(),
                        r.group(),
                        r.label(),
                        Arrays.stream(grid.cells().get(r)).boxed().toList()))
                .toList();
        return new StatisticsAnswer(
                grid.organizationId(), grid.unitName(), grid.year(), columns, rows, grid.inconsistencies());
    }

    private static int ref(Step body) {
        if (body.consultationRef() == null) {
            throw new RuleViolation("consultationRef", "请用 consultationRef 写明是哪一次征求意见（开始征求意见时返回的序号）。");
        }
        return body.consultationRef();
    }

    private CaseAnswer caseAnswer(long id) {
        RequestCases.CasePage page = cases.page(id);
        var c = page.request();
        var clock = page.clock();
        return new CaseAnswer(
                c.id(),
                c.trackingCodeDisplay(),
                c.caseNumber(),
                c.organizationId(),
                page.unitName(),
                c.channel().name(),
                c.status().name(),
                c.status().label(),
                c.version(),
                c.receivedOn(),
                c.dueOn(),
                page.daysLeft(),
                clock.started() && clock.stopped(),
                c.outcome() == null ? null : c.outcome().name(),
                c.outcome() == null ? null : c.outcome().label(),
                c.concludedOn(),
                page.openConsultations().stream()
                        .map(o -> new ConsultationAnswer(o.ref(), o.sentOn(), o.answerDue()))
                        .toList(),
                page.timeline().stream()
                        .map(e -> new EventAnswer(e.kind().name(), e.kind().label(), e.on(), e.by()))
                        .toList());
    }

    /** The steps a client may record, each the console's form of the same name. */
    enum StepKind {
        CONFIRM_RECEIPT,
        REQUEST_CORRECTION,
        RECEIVE_CORRECTION,
        LAPSE_CORRECTION,
        OPEN_CONSULTATION,
        ANSWER_CONSULTATION,
        LAPSE_CONSULTATION,
        EXTEND,
        NOTIFY_FEE,
        RECEIVE_PAYMENT,
        WAIVE_FEE,
        LAPSE_FEE,
        APPROVE_REPLY,
        RETURN_REPLY,
        SEND_REPLY,
        RECORD_DELIVERY,
        WITHDRAW,
        TRANSFER,
        ARCHIVE
    }

    @Schema(description = "登记申请：申请人、所需信息和收到方式（第二十九条、第三十一条）")
    record Registration(
            @Schema(description = "受理单位编号") Long organization,
            @Schema(description = "提交方式") IntakeChannel channel,
            @Schema(description = "收到申请之日（第三十一条）") LocalDate receivedOn,
            @Schema(description = "登记备注，如来源平台和编号") String note,
            ApplicantKind applicantKind,
            @Schema(description = "申请人姓名或名称") String name,
            @Schema(description = "联系人（法人或其他组织）") String contactPerson,
            IdDocumentType idType,
            String idNumber,
            String phone,
            String email,
            String address,
            String postalCode,

            @Schema(description = "所需信息，每项写名称、文号或特征性描述之一，至多 10 项")
            List<ItemBody> items,

            ProvisionForm provisionForm,
            ObtainWay obtainWay) {

        Application application() {
            return new Application(
                    organization == null ? 0 : organization,
                    applicantKind,
                    name,
                    contactPerson,
                    idType,
                    idNumber,
                    phone,
                    email,
                    address,
                    postalCode,
                    items == null
                            ? List.of()
                            : items.stream()
                                    .limit(Application.MAX_ITEMS + 1L)
                                    .map(i -> i == null
                                            ? new Application.Item(null, null, null)
                                            : new Application.Item(i.title(), i.documentNumber(), i.description()))
                                    .toList(),
                    provisionForm,
                    obtainWay);
        }
    }

    @Schema(description = "所需的一项政府信息")
    record ItemBody(String title, String documentNumber, String description) {}

    @Schema(description = "一个办理步骤；各步骤所需字段见说明")
    record Step(
            @Schema(description = "步骤") StepKind step,
            @Schema(description = "最近一次读到的版本号") Integer version,

            @Schema(description = "步骤的日期：通知发出、收到补正或意见、缴费、作出答复、送达、撤回之日")
            LocalDate on,

            @Schema(description = "补正期限") LocalDate until,

            @Schema(description = "说明：补正内容、意见概述、延期理由、减免理由、退回意见、送达凭证、撤回情况、转送理由")
            String note,

            @Schema(description = "征求意见的对象类型") ConsultationKind consultation,
            @Schema(description = "征求意见的对象名称") String party,

            @Schema(description = "征求意见序号（开始征求意见后见 consultations）")
            Integer consultationRef,

            @Schema(description = "对方是否不同意公开") Boolean objects,
            @Schema(description = "延长的工作日数（至多 20）") Integer days,
            @Schema(description = "收费方式：按件或按量") ProcessingFee.Method feeMethod,
            @Schema(description = "按量收费的页数") Integer pages,
            @Schema(description = "缴费凭证号") String reference,
            @Schema(description = "答复的送达方式") ObtainWay way,
            @Schema(description = "转送的接收单位编号") Long organization) {}

    @Schema(description = "答复稿：办理结果及其依据")
    record Reply(
            @Schema(description = "最近一次读到的版本号") Integer version,
            @Schema(description = "办理结果（年度报告表三的结果行）") ReplyOutcome outcome,
            @Schema(description = "不予公开的理由（不予公开、部分公开）") WithholdingGround ground,
            @Schema(description = "理由") String reason,
            @Schema(description = "提供的信息，或获取的方式、途径和时间") String provided,
            @Schema(description = "负责公开该信息的机关（本机关不掌握时）") String responsibleAgency,
            @Schema(description = "该机关的联系方式") String responsibleContact) {}

    @Schema(description = "一件申请的办理情况（不含申请人个人信息）")
    record CaseAnswer(
            long id,
            String trackingCode,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "登记编号", nullable = true)
            String caseNumber,

            long organization,
            String unit,
            String channel,
            String status,
            String statusLabel,
            @Schema(description = "版本号：记录下一步骤时原样提交") int version,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "收到申请之日", nullable = true)
            LocalDate receivedOn,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "当前期限（答复、补正等）", nullable = true)
            LocalDate dueOn,

            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "距期限的工作日（负数为已逾期；办结后 0 为按期，负数为逾期的工作日）", nullable = true)
            Integer daysLeft,

            @Schema(description = "暂停计时中") boolean clockStopped,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "办理结果代码", nullable = true)
            String outcome,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "办理结果", nullable = true)
            String outcomeLabel,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "办结日期", nullable = true)
            LocalDate concludedOn,

            @Schema(description = "尚未答复的征求意见") List<ConsultationAnswer> consultations,
            @Schema(description = "办理过程") List<EventAnswer> timeline) {}

    @Schema(description = "尚未答复的征求意见")
    record ConsultationAnswer(int consultationRef, LocalDate sentOn, LocalDate answerDue) {}

    @Schema(description = "办理过程中的一步")
    record EventAnswer(String kind, String label, LocalDate on, String by) {}

    @Schema(description = "年度报告表三")
    record StatisticsAnswer(
            long organization,
            String unit,
            int year,

            @Schema(description = "七列：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计")
            List<String> columns,

            @Schema(description = "25 行，按格式顺序") List<RowAnswer> rows,
            @Schema(description = "不满足勾稽关系的列（应为空）") List<String> inconsistencies) {}

    @Schema(description = "表三的一行")
    record RowAnswer(
            String key,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "所属栏目", nullable = true)
            String group,

            String label,
            @Schema(description = "七列的数值，顺序同 columns") List<Long> values) {}
}
