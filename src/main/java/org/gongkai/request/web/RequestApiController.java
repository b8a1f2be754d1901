package org.gongkai.request.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.request.RequestClock;
import org.gongkai.request.RequestTracking;
import org.gongkai.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public tracking of a request (issue 11 §9): with the 查询码 and the last four digits of the phone, the status,
 * the deadline and what moved it — nothing of the applicant. An unknown code and a wrong suffix are the same 404.
 * Rate-limited per address like the tracking form.
 */
@RestController
@Tag(name = "依申请公开", description = "政府信息公开申请办理进度查询")
class RequestApiController {

    private final RequestTracking tracking;

    RequestApiController(RequestTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/api/v1/requests/{trackingCode}")
    @Operation(summary = "查询申请办理进度", description = "凭查询码和申请时所留电话号码的后四位查询；查询码不存在与后四位不符的回答相同（404）。")
    TrackingAnswer track(
            @Parameter(description = "查询码，如 ABCD-EFGH-JKMN") @PathVariable String trackingCode,
            @Parameter(description = "联系电话后四位") @RequestParam(required = false) String phoneSuffix) {
        RequestTracking.Tracked t = tracking.track(trackingCode, phoneSuffix)
                .orElseThrow(() -> new NotFound("没有找到与查询码和电话号码后四位相符的申请，请核对后重试。"));
        RequestClock.Reading c = t.clock();
        return new TrackingAnswer(
                t.trackingCode(),
                t.caseNumber(),
                t.unitName(),
                t.status().name(),
                t.status().label(),
                t.submittedOn(),
                t.receivedOn(),
                c.started() && !c.stopped() ? c.replyDue() : null,
                c.started() && c.stopped(),
                c.started() && c.stopped() ? c.remaining() : null,
                c.pauses().stream()
                        .map(p -> new PauseAnswer(p.reason(), p.start(), p.end()))
                        .toList(),
                c.skipped(),
                t.steps().stream().map(s -> new StepAnswer(s.on(), s.label())).toList(),
                t.outcome() == null ? null : t.outcome().label(),
                t.concludedOn());
    }

    @Schema(description = "申请办理进度（不含申请人个人信息）")
    record TrackingAnswer(
            String trackingCode,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "登记编号（确认收到后编号）", nullable = true)
            String caseNumber,

            String unit,
            @Schema(description = "状态代码") String status,
            @Schema(description = "状态") String statusLabel,
            LocalDate submittedOn,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "收到申请之日", nullable = true)
            LocalDate receivedOn,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "答复期限（计时中）", nullable = true)
            LocalDate replyDue,

            @Schema(description = "暂停计时中（待补正、征求意见、待缴费）") boolean clockStopped,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "恢复计时后尚余的工作日", nullable = true)
            Integer remainingWorkingDays,

            @Schema(description = "不计入答复期限的期间") List<PauseAnswer> pauses,
            @Schema(description = "期间经过的节假日和周末") List<LocalDate> skipped,
            @Schema(description = "办理过程") List<StepAnswer> steps,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "办理结果", nullable = true)
            String outcome,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "办结日期", nullable = true)
            LocalDate concludedOn) {}

    @Schema(description = "暂停计时的期间")
    record PauseAnswer(
            String reason,
            LocalDate start,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "结束日（尚未结束时为空）", nullable = true)
            LocalDate end) {}

    @Schema(description = "办理过程中的一步")
    record StepAnswer(LocalDate on, String step) {}
}
