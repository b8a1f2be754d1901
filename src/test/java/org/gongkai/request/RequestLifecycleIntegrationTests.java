package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.request.RequestClock.DueKind;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.WithholdingGround;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A case from the online form to the archive over the real 2025 calendar, each step on the day it happens, citing the
 * articles it rests on (issue 11 §3–5, "Done when"). The clock is set to 2025 for this class only (ClassClock).
 */
class RequestLifecycleIntegrationTests extends IntegrationTest {

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestHandling handling;

    @Autowired
    RequestCases requestCases;

    @Autowired
    RequestTracking tracking;

    private void on(String day) {
        clock.set(Instant.parse(day + "T02:00:00Z")); // 10:00 in Beijing
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private RequestCase now(long id) {
        return requestCases.page(id).request();
    }

    private long appliedAndReceived(String day, String name) {
        on(day);
        SecurityContextHolder.clearContext();
        long id = intake.applyOnline(RequestIntakeIntegrationTests.application(organizationId("示范县民政局"), name))
                .id();
        actAs("mz_handler");
        handling.confirmReceipt(id, now(id).version());
        return id;
    }

    /**
     * The walk of issue 11's "Done when": applied online on 2025-09-30 (the deadline skips National Day and counts the
     * working Saturday 10-11), a correction, a third party consulted, an extension, the reply approved by a second
     * person and sent; every step on the tracking page.
     */
    @Test
    void correctionConsultationExtensionAndApprovedReply() {
        long id = appliedAndReceived("2025-09-30", "周全程");
        assertThat(now(id).dueOn()).isEqualTo(d("2025-11-04"));

        // 第三十条: one notice within 7 working days (by 10-16); the period defaults to 15 working days (10-30)
        on("2025-10-10");
        handling.requestCorrection(id, now(id).version(), d("2025-10-10"), null, "请写明所需信息的年度和发放范围。");
        assertThat(now(id).status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
        assertThat(now(id).dueKind()).isEqualTo(DueKind.CORRECTION);
        assertThat(now(id).dueOn()).isEqualTo(d("2025-10-30"));
        assertThatThrownBy(() -> handling.requestCorrection(id, now(id).version(), d("2025-10-10"), null, "再补正"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("只能发出一次");

        // the period starts again from the correction: 20 working days from 10-20 is 11-17
        on("2025-10-20");
        handling.receiveCorrection(id, now(id).version(), d("2025-10-20"), "申请人补充了年度和范围");
        assertThat(now(id).dueOn()).isEqualTo(d("2025-11-17"));

        // 第三十二条: the third party has 15 working days; the clock stops meanwhile
        on("2025-10-22");
        int ref = handling.openConsultation(
                id, now(id).version(), ConsultationKind.THIRD_PARTY, "示范县某养老服务有限公司", d("2025-10-22"));
        assertThat(now(id).dueKind()).isEqualTo(DueKind.CONSULTATION);
        assertThat(now(id).dueOn()).isEqualTo(d("2025-11-12"));
        on("2025-11-05");
        handling.answerConsultation(id, now(id).version(), ref, d("2025-11-05"), false, "同意公开");
        // 10-21 counted, 10-22 … 11-05 not, 11-06 day 2 … 12-02 day 20
        assertThat(now(id).dueOn()).isEqualTo(d("2025-12-02"));

        // 第三十三条第二款: the office head (the unit's signer) extends once, at most 20 working days
        on("2025-11-20");
        assertThatThrownBy(() -> handling.extend(id, now(id).version(), 20, "涉及多个年度数据汇总"))
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_signer");
        assertThatThrownBy(() -> handling.extend(id, now(id).version(), 21, "涉及多个年度数据汇总"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不超过 20 个工作日");
        handling.extend(id, now(id).version(), 20, "涉及多个年度数据汇总");
        assertThat(now(id).dueOn()).isEqualTo(d("2025-12-30"));
        assertThatThrownBy(() -> handling.extend(id, now(id).version(), 5, "再延"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("只能延长一次");

        // the reply: consistent, drafted by the handler, approved by a second person, then sent
        on("2025-12-15");
        actAs("mz_handler");
        assertThatThrownBy(() -> handling.submitReply(
                        id, now(id).version(), new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidFields.class, e -> assertThat(e.errors()).containsKey("provided"));
        assertThatThrownBy(() -> handling.submitReply(
                        id, now(id).version(), new ReplyDraft(ReplyOutcome.WITHHELD, null, "理由", null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidFields.class, e -> assertThat(e.errors()).containsKey("ground"));
        handling.submitReply(
                id,
                now(id).version(),
                new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "2025年城乡低保资金发放明细表（电子数据）", null, null));
        assertThat(now(id).status()).isEqualTo(RequestStatus.REPLY_IN_REVIEW);
        assertThatThrownBy(() -> handling.approveReply(id, now(id).version()))
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_signer");
        handling.approveReply(id, now(id).version());
        actAs("mz_handler");
        on("2025-12-16");
        handling.sendReply(id, now(id).version(), d("2025-12-16"), ObtainWay.EMAIL);
        RequestCase done = now(id);
        assertThat(done.status()).isEqualTo(RequestStatus.CONCLUDED);
        assertThat(done.outcome()).isEqualTo(ReplyOutcome.DISCLOSED);
        assertThat(done.concludedOn()).isEqualTo(d("2025-12-16"));
        assertThat(done.dueOn()).isNull();
        assertThat(requestCases.page(id).daysLeft()).as("concluded on time").isZero();

        on("2025-12-18");
        handling.recordDelivery(id, now(id).version(), d("2025-12-16"), "电子邮件已发送至申请人邮箱");
        handling.archive(id, now(id).version());
        assertThat(now(id).status()).isEqualTo(RequestStatus.ARCHIVED);

        SecurityContextHolder.clearContext();
        RequestTracking.Tracked t = tracking.track(done.trackingCode(), "5678").orElseThrow();
        assertThat(t.steps())
                .extracting(RequestTracking.Step::label)
                .containsExactly(
                        TimelineKind.SUBMITTED.label(),
                        TimelineKind.RECEIPT_CONFIRMED.label(),
                        TimelineKind.CORRECTION_REQUESTED.label(),
                        TimelineKind.CORRECTED.label(),
                        TimelineKind.CONSULTATION_OPENED.label(),
                        TimelineKind.CONSULTATION_ANSWERED.label(),
                        TimelineKind.EXTENDED.label(),
                        TimelineKind.REPLY_SUBMITTED.label(),
                        TimelineKind.REPLY_APPROVED.label(),
                        TimelineKind.REPLY_SENT.label(),
                        TimelineKind.DELIVERED.label(),
                        TimelineKind.ARCHIVED.label());
        assertThat(t.outcome()).isEqualTo(ReplyOutcome.DISCLOSED);
        assertThat(t.clock().replyDue()).isEqualTo(d("2025-12-30"));
    }

    /** 第三十条: a notice later than 7 working days is refused; a correction period that passes ends the case. */
    @Test
    void lateNoticeRefused_andCorrectionLapses() {
        long late = appliedAndReceived("2025-09-30", "吴迟到");
        on("2025-10-17");
        assertThatThrownBy(() -> handling.requestCorrection(late, now(late).version(), d("2025-10-17"), null, "补正"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("最迟 2025-10-16");

        long id = appliedAndReceived("2025-11-03", "郑不补");
        handling.requestCorrection(id, now(id).version(), d("2025-11-03"), d("2025-11-14"), "请写明信息名称");
        on("2025-11-14");
        assertThatThrownBy(() -> handling.lapseCorrection(id, now(id).version()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("尚未届满");
        on("2025-11-17");
        handling.lapseCorrection(id, now(id).version());
        RequestCase c = now(id);
        assertThat(c.status()).isEqualTo(RequestStatus.CONCLUDED);
        assertThat(c.outcome()).isEqualTo(ReplyOutcome.OTHER_CORRECTION_LAPSED);
        assertThat(c.outcome().row(null)).startsWith("1.申请人无正当理由逾期不补正");
    }

    /** 第三十四条: a co-producer that does not answer in 15 working days consents; the clock runs again. */
    @Test
    void coProducerSilenceCountsAsConsent() {
        long id = appliedAndReceived("2025-11-03", "钱共同");
        on("2025-11-05");
        int ref = handling.openConsultation(
                id, now(id).version(), ConsultationKind.CO_PRODUCER, "示范县财政局", d("2025-11-05"));
        // 15 working days from 11-05: 11-26
        assertThat(now(id).dueOn()).isEqualTo(d("2025-11-26"));
        on("2025-11-26");
        assertThatThrownBy(() -> handling.lapseConsultation(id, now(id).version(), ref))
                .isInstanceOf(RuleViolation.class);
        on("2025-11-27");
        handling.lapseConsultation(id, now(id).version(), ref);
        List<TimelineEntry> timeline = requestCases.page(id).timeline();
        assertThat(timeline.get(timeline.size() - 1).note()).contains("视为同意公开");
        // 11-04 counted, 11-05 … 11-26 paused, 11-27 day 2 … 12-23 day 20
        assertThat(now(id).dueOn()).isEqualTo(d("2025-12-23"));
        assertThat(now(id).dueKind()).isEqualTo(DueKind.REPLY);
    }

    /** 不予公开 with its ground, returned once, then approved; and the applicant's withdrawal. */
    @Test
    void withheldReplyWithGround_andWithdrawal() {
        long id = appliedAndReceived("2026-02-13", "孙拒绝");
        on("2026-02-24");
        handling.submitReply(
                id,
                now(id).version(),
                new ReplyDraft(
                        ReplyOutcome.WITHHELD,
                        WithholdingGround.PROCESS_INFORMATION,
                        "所申请信息为讨论记录，属于过程性信息（第十六条第二款）。",
                        null,
                        null,
                        null));
        actAs("mz_signer");
        handling.returnReply(id, now(id).version(), "请补充不予公开的具体依据");
        assertThat(now(id).status()).isEqualTo(RequestStatus.HANDLING);
        actAs("mz_handler");
        handling.submitReply(
                id,
                now(id).version(),
                new ReplyDraft(
                        ReplyOutcome.WITHHELD,
                        WithholdingGround.PROCESS_INFORMATION,
                        "所申请信息为会议讨论记录，属于过程性信息，依据第十六条第二款不予公开。",
                        null,
                        null,
                        null));
        actAs("mz_signer");
        handling.approveReply(id, now(id).version());
        actAs("mz_handler");
        handling.sendReply(id, now(id).version(), d("2026-02-24"), ObtainWay.POST);
        assertThat(now(id).withholdingGround()).isEqualTo(WithholdingGround.PROCESS_INFORMATION);
        assertThat(now(id).outcome().row(now(id).withholdingGround())).isEqualTo("6.属于四类过程性信息");

        long withdrawn = appliedAndReceived("2026-02-24", "李撤回");
        advance(Duration.ofDays(1));
        handling.withdraw(withdrawn, now(withdrawn).version(), d("2026-02-25"), "申请人书面撤回");
        assertThat(now(withdrawn).outcome()).isEqualTo(ReplyOutcome.OTHER);
        assertThat(now(withdrawn).concludedOn()).isEqualTo(d("2026-02-25"));
    }

    /** 109号: a fee by volume stops the clock from the notice to payment (11-10 … 11-20 not counted: due 12-12). */
    @Test
    void feePaid_stopsTheClockUntilPayment() {
        long id = appliedAndReceived("2025-11-03", "冯付费");
        on("2025-11-10");
        assertThatThrownBy(() ->
                        handling.notifyFee(id, now(id).version(), ProcessingFee.Method.BY_VOLUME, 30, d("2025-11-10")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不收费");
        RequestHandling.FeeQuote quote =
                handling.notifyFee(id, now(id).version(), ProcessingFee.Method.BY_VOLUME, 120, d("2025-11-10"));
        assertThat(quote.amount()).isEqualTo(1100); // 70 × 10 + 20 × 20
        assertThat(now(id).status()).isEqualTo(RequestStatus.AWAITING_FEE);
        assertThat(now(id).dueKind()).isEqualTo(DueKind.FEE);
        assertThatThrownBy(() ->
                        handling.notifyFee(id, now(id).version(), ProcessingFee.Method.BY_COUNT, null, d("2025-11-10")))
                .isInstanceOf(RuleViolation.class);
        on("2025-11-20");
        handling.receivePayment(id, now(id).version(), d("2025-11-20"), "非税收入缴款书 5100000001");
        assertThat(now(id).status()).isEqualTo(RequestStatus.HANDLING);
        assertThat(now(id).dueOn()).isEqualTo(d("2025-12-12"));
    }

    /** 第四条: the same applicant's items add up over the month: 10 free, the 11th and 12th at 100 元. */
    @Test
    void feeByCount_unpaidEndsTheCase_waivedResumesIt() {
        on("2025-12-01");
        SecurityContextHolder.clearContext();
        Application base = RequestIntakeIntegrationTests.application(organizationId("示范县民政局"), "褚多件");
        List<Application.Item> ten = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new Application.Item("文件 " + i, null, null))
                .toList();
        Application many = new Application(
                base.organizationId(),
                base.applicantKind(),
                base.name(),
                null,
                base.idType(),
                "110101199003070011",
                base.phone(),
                null,
                null,
                null,
                ten,
                base.provisionForm(),
                ObtainWay.PICK_UP);
        actAs("mz_handler");
        long first = intake.register(many, IntakeChannel.IN_PERSON, d("2025-12-01"), null)
                .id();
        long second = intake.register(
                        new Application(
                                many.organizationId(),
                                many.applicantKind(),
                                many.name(),
                                null,
                                many.idType(),
                                many.idNumber(),
                                many.phone(),
                                null,
                                null,
                                null,
                                ten.subList(0, 2),
                                many.provisionForm(),
                                ObtainWay.PICK_UP),
                        IntakeChannel.IN_PERSON,
                        d("2025-12-01"),
                        null)
                .id();
        assertThat(handling.quoteFee(first, ProcessingFee.Method.BY_COUNT, null).amount())
                .isZero();
        RequestHandling.FeeQuote quote = handling.quoteFee(second, ProcessingFee.Method.BY_COUNT, null);
        assertThat(quote.earlierUnits()).isEqualTo(10);
        assertThat(quote.amount()).isEqualTo(200);

        handling.notifyFee(second, now(second).version(), ProcessingFee.Method.BY_COUNT, null, d("2025-12-01"));
        on("2025-12-29"); // 20 working days after 12-01 end on 12-29
        assertThatThrownBy(() -> handling.lapseFee(second, now(second).version()))
                .isInstanceOf(RuleViolation.class);
        on("2025-12-30");
        handling.lapseFee(second, now(second).version());
        assertThat(now(second).outcome()).isEqualTo(ReplyOutcome.OTHER_FEE_UNPAID);

        long third = intake.register(
                        new Application(
                                many.organizationId(),
                                many.applicantKind(),
                                many.name(),
                                null,
                                many.idType(),
                                many.idNumber(),
                                many.phone(),
                                null,
                                null,
                                null,
                                ten.subList(0, 1),
                                many.provisionForm(),
                                ObtainWay.PICK_UP),
                        IntakeChannel.IN_PERSON,
                        d("2025-12-30"),
                        null)
                .id();
        handling.notifyFee(third, now(third).version(), ProcessingFee.Method.BY_COUNT, null, d("2025-12-30"));
        assertThatThrownBy(() -> handling.waiveFee(third, now(third).version(), "确有经济困难"))
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_signer");
        handling.waiveFee(third, now(third).version(), "申请人持低保证，确有经济困难");
        assertThat(now(third).status()).isEqualTo(RequestStatus.HANDLING);
    }

    /** 转办 within the same government keeps the clock; another level is refused with the lawful alternative. */
    @Test
    void transferToAnotherDepartment_keepsTheDeadline() {
        long id = appliedAndReceived("2026-02-13", "何转办");
        on("2026-02-24");
        LocalDate due = now(id).dueOn();
        assertThatThrownBy(() -> handling.transfer(id, now(id).version(), organizationId("示范县城关镇人民政府"), "信息由城关镇保存"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第三十六条第（五）项");
        handling.transfer(id, now(id).version(), organizationId("示范县财政局"), "资金发放明细由财政局保存");
        actAs("gkb");
        RequestCase moved = now(id);
        assertThat(moved.organizationId()).isEqualTo(organizationId("示范县财政局"));
        assertThat(moved.dueOn()).isEqualTo(due);
        actAs("mz_handler");
        assertThatThrownBy(() -> requestCases.page(id)).isInstanceOf(AccessDeniedException.class);
    }

    /** 第三十六条第（六）项: asking again for what was answered is found and may be answered as 重复申请. */
    @Test
    void repeatedApplicationIsFound() {
        long first = appliedAndReceived("2026-03-02", "吕重复");
        handling.submitReply(
                first, now(first).version(), new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "见附件", null, null));
        actAs("mz_signer");
        handling.approveReply(first, now(first).version());
        actAs("mz_handler");
        handling.sendReply(first, now(first).version(), d("2026-03-02"), ObtainWay.EMAIL);

        long again = appliedAndReceived("2026-03-03", "吕重复");
        assertThat(requestCases.page(again).earlierAnswered())
                .extracting(EarlierCase::id)
                .contains(first);
        handling.submitReply(
                again,
                now(again).version(),
                new ReplyDraft(
                        ReplyOutcome.NOT_PROCESSED_DUPLICATE,
                        null,
                        "本机关已于 2026-03-02 对您申请的相同信息作出答复。",
                        null,
                        null,
                        null));
        assertThat(now(again).status()).isEqualTo(RequestStatus.REPLY_IN_REVIEW);
    }

    private void approveAndSend(long id, String on, ObtainWay way) {
        actAs("mz_signer");
        handling.approveReply(id, now(id).version());
        actAs("mz_handler");
        handling.sendReply(id, now(id).version(), d(on), way);
    }

    /**
     * 第三十二条 over Spring Festival 2026 (02-16 … 02-20 and 02-23 off, Saturdays 02-14 and 02-28 worked): received
     * 02-10, due 03-16; the third party, consulted 02-12, objects on 02-26; 02-12 … 02-26 are not counted, so the reply
     * is due 03-24; the agency withholds under 第十五条 (保护第三方合法权益, table 三 row 4).
     */
    @Test
    void thirdPartyObjects_overSpringFestival() {
        long id = appliedAndReceived("2026-02-10", "周异议");
        // 02-11 … 02-14 are days 1–4, 02-24 day 5, 02-28 day 9, 03-16 day 20
        assertThat(now(id).dueOn()).isEqualTo(d("2026-03-16"));
        on("2026-02-12");
        int ref = handling.openConsultation(
                id, now(id).version(), ConsultationKind.THIRD_PARTY, "示范县某食品有限公司", d("2026-02-12"));
        // 15 working days from 02-12: 02-13, 02-14, 02-24 … 03-11
        assertThat(now(id).dueOn()).isEqualTo(d("2026-03-11"));
        on("2026-02-26");
        handling.answerConsultation(id, now(id).version(), ref, d("2026-02-26"), true, "涉及本公司配方，属于商业秘密，不同意公开");
        // 02-11 was day 1; 02-27 day 2, 02-28 day 3, … 03-24 day 20
        assertThat(now(id).dueOn()).isEqualTo(d("2026-03-24"));
        assertThat(requestCases.page(id).timeline())
                .anySatisfy(e -> assertThat(e.code()).isEqualTo("OBJECTS"));
        on("2026-03-05");
        handling.submitReply(
                id,
                now(id).version(),
                new ReplyDraft(
                        ReplyOutcome.WITHHELD,
                        WithholdingGround.THIRD_PARTY_RIGHTS,
                        "所申请信息涉及第三方商业秘密，第三方不同意公开，公开会损害其合法权益。",
                        null,
                        null,
                        null));
        approveAndSend(id, "2026-03-05", ObtainWay.POST);
        assertThat(now(id).status()).isEqualTo(RequestStatus.CONCLUDED);
        assertThat(now(id).outcome().row(now(id).withholdingGround())).isEqualTo("4.保护第三方合法权益");
    }

    /**
     * 第三十六条第（五）项 and 第三十九条: information another agency holds is answered with that agency and its contacts;
     * a complaint sent as an application is closed as not a disclosure request; each letter cites its article.
     */
    @Test
    void notHeldNamesTheResponsibleAgency_andAComplaintIsNotADisclosureRequest() {
        long notHeld = appliedAndReceived("2026-03-02", "吴不掌握");
        assertThatThrownBy(() -> handling.submitReply(
                        notHeld,
                        now(notHeld).version(),
                        new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, null, "示范县自然资源局", "0818-6200000")))
                .isInstanceOf(InvalidFields.class);
        handling.submitReply(
                notHeld,
                now(notHeld).version(),
                new ReplyDraft(
                        ReplyOutcome.UNAVAILABLE_NOT_HELD,
                        null,
                        "宅基地审批信息由自然资源主管部门制作和保存。",
                        null,
                        "示范县自然资源局",
                        "0818-6200000，示范县人民路 1 号"));
        approveAndSend(notHeld, "2026-03-02", ObtainWay.EMAIL);
        String letter = String.join(
                "", requestCases.notice(notHeld, Notice.Kind.REPLY, null).paragraphs());
        assertThat(letter).contains("第三十六条第（五）项").contains("示范县自然资源局").contains("0818-6200000");
        assertThat(now(notHeld).outcome().row(null)).isEqualTo("1.本机关不掌握相关政府信息");

        long complaint = appliedAndReceived("2026-03-02", "郑投诉");
        handling.submitReply(
                complaint,
                now(complaint).version(),
                new ReplyDraft(ReplyOutcome.NOT_PROCESSED_PETITION, null, "您反映的是对低保评定结果的投诉，", null, null, null));
        approveAndSend(complaint, "2026-03-02", ObtainWay.EMAIL);
        assertThat(String.join(
                        "",
                        requestCases.notice(complaint, Notice.Kind.REPLY, null).paragraphs()))
                .contains("第三十九条第一款")
                .contains("不作为政府信息公开申请处理");
        assertThat(now(complaint).outcome().row(null)).isEqualTo("1.信访举报投诉类申请");
    }
}
