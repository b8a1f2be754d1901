package org.gongkai.request;

import static org.gongkai.request.Inputs.optional;
import static org.gongkai.request.Inputs.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The handler's steps on a case (第四十五条: 登记、审核、办理、答复、归档), each checked, guarded and audited. */
@Service
public class RequestHandling {

    private final RequestRepository cases;
    private final RequestSteps steps;
    private final RequestClock requestClock;
    private final WorkingDayCalendar calendar;
    private final AccessControl access;
    private final AuditTrail audit;
    private final OrganizationDirectory directory;
    private final Clock clock;

    private final FoundRecords found;
    private final RequestAttachments attachments;
    private final String siteUrl;

    RequestHandling(
            RequestRepository cases,
            RequestSteps steps,
            RequestClock requestClock,
            WorkingDayCalendar calendar,
            AccessControl access,
            AuditTrail audit,
            OrganizationDirectory directory,
            FoundRecords found,
            RequestAttachments attachments,
            @org.springframework.beans.factory.annotation.Value("${gongkai.site-url}") String siteUrl,
            Clock clock) {
        this.found = found;
        this.attachments = attachments;
        this.siteUrl = siteUrl.strip().replaceAll("/+$", "");
        this.directory = directory;
        this.cases = cases;
        this.steps = steps;
        this.requestClock = requestClock;
        this.calendar = calendar;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Confirms receipt of an online application (第三十一条: 双方确认之日): today becomes the receipt date, the case gets
     * its 登记编号, and the reply period starts.
     */
    @Transactional
    public void confirmReceipt(long id, int version) {
        RequestCase c = handled(id, version, "REQUEST_CONFIRM_RECEIPT");
        steps.confirmReceipt(c, LocalDate.now(clock));
        audit.record("REQUEST_CONFIRM_RECEIPT", "request:" + id, Outcome.SUCCESS, null);
    }

    /**
     * 第三十条: the one correction notice, sent within 7 working days of receipt, naming what to correct and the period
     * (by default {@link ClockRules#correctionPeriodDays()} working days). The reply period stops until the correction
     * arrives and then starts again, whole.
     */
    @Transactional
    public void requestCorrection(long id, int version, LocalDate sentOn, LocalDate until, String whatToCorrect) {
        RequestCase c = handled(id, version, "REQUEST_CORRECTION_NOTICE");
        List<TimelineEntry> timeline = cases.timeline(id);
        if (timeline.stream().anyMatch(e -> e.kind() == TimelineKind.CORRECTION_REQUESTED)) {
            throw new RuleViolation("补正告知只能发出一次（第三十条：一次性告知需要补正的事项）；本申请已经告知过。");
        }
        LocalDate sent = onOrAfter("sentOn", sentOn, c.receivedOn(), "补正告知日期", "收到申请之日");
        RequestClock.Reading reading = requestClock.read(timeline);
        if (sent.isAfter(reading.correctionNoticeDue())) {
            throw new RuleViolation(
                    "sentOn", "补正告知应当自收到申请之日起 7 个工作日内发出（第三十条），本申请最迟 " + reading.correctionNoticeDue() + "，已经超过。");
        }
        String what = required("whatToCorrect", whatToCorrect, 2000, "请写明需要补正的事项（第三十条：一次性告知）。");
        LocalDate period = until != null
                ? until
                : calendar.addWorkingDays(sent, requestClock.rules().correctionPeriodDays())
                        .due();
        if (!period.isAfter(sent)) {
            throw new RuleViolation("until", "补正期限应晚于补正告知日期，请给申请人合理的补正期限（第三十条）。");
        }
        steps.take(
                c,
                RequestMove.REQUEST_CORRECTION,
                TimelineEntry.of(TimelineKind.CORRECTION_REQUESTED, sent)
                        .withUntil(period)
                        .withNote(what),
                x -> x);
        audit.record("REQUEST_CORRECTION_NOTICE", "request:" + id, Outcome.SUCCESS, "补正期限 " + period);
    }

    /** The corrected application arrived on {@code receivedOn}: the reply period starts again from that day (第三十条). */
    @Transactional
    public void receiveCorrection(long id, int version, LocalDate receivedOn, String note) {
        RequestCase c = handled(id, version, "REQUEST_CORRECTED");
        LocalDate notice = last(cases.timeline(id), TimelineKind.CORRECTION_REQUESTED);
        LocalDate received = onOrAfter("receivedOn", receivedOn, notice, "收到补正材料的日期", "补正告知日期");
        steps.take(
                c,
                RequestMove.RECEIVE_CORRECTION,
                TimelineEntry.of(TimelineKind.CORRECTED, received).withNote(optional("note", note, 500)),
                x -> x);
        audit.record("REQUEST_CORRECTED", "request:" + id, Outcome.SUCCESS, "收到补正 " + received);
    }

    /** The correction period passed without a correction: the application counts as withdrawn (第三十条), row （六）1. */
    @Transactional
    public void lapseCorrection(long id, int version) {
        RequestCase c = handled(id, version, "REQUEST_CORRECTION_LAPSED");
        LocalDate today = today();
        TimelineEntry notice = lastEntry(cases.timeline(id), TimelineKind.CORRECTION_REQUESTED);
        if (notice == null || !today.isAfter(notice.until())) {
            throw new RuleViolation("补正期限（" + (notice == null ? "—" : notice.until()) + "）尚未届满，不能按逾期不补正处理。");
        }
        steps.take(
                c,
                RequestMove.LAPSE_CORRECTION,
                TimelineEntry.of(TimelineKind.CORRECTION_LAPSED, today),
                x -> x.concluded(ReplyOutcome.OTHER_CORRECTION_LAPSED, null, "申请人无正当理由逾期不补正，视为放弃申请（第三十条）", today));
        audit.record("REQUEST_CORRECTION_LAPSED", "request:" + id, Outcome.SUCCESS, null);
    }

    /**
     * A consultation letter went out on {@code sentOn} (第三十二条 third party, 第三十四条 co-producer): the clock stops
     * until the answer or the end of the {@link ClockRules#consultationDays()} working days.
     */
    @Transactional
    public int openConsultation(long id, int version, ConsultationKind kind, String party, LocalDate sentOn) {
        RequestCase c = handled(id, version, "REQUEST_CONSULTATION_OPEN");
        if (kind == null) {
            throw new RuleViolation("kind", "请选择征求意见的对象：第三方（第三十二条）或共同制作机关（第三十四条）。");
        }
        String who = required("party", party, 200, "请填写被征求意见的第三方或机关名称。");
        List<TimelineEntry> timeline = cases.timeline(id);
        LocalDate start = requestClock.read(timeline).start();
        LocalDate sent = onOrAfter("sentOn", sentOn, start, "征求意见函发出日期", "答复期限起算日");
        int ref = (int) timeline.stream()
                        .filter(e -> e.kind() == TimelineKind.CONSULTATION_OPENED)
                        .count()
                + 1;
        LocalDate due = calendar.addWorkingDays(sent, requestClock.rules().consultationDays())
                .due();
        steps.take(
                c,
                RequestMove.OPEN_CONSULTATION,
                TimelineEntry.of(TimelineKind.CONSULTATION_OPENED, sent)
                        .withRef(ref)
                        .withUntil(due)
                        .withNote(kind.label() + who)
                        .withCode(kind.name()),
                x -> x);
        audit.record("REQUEST_CONSULTATION_OPEN", "request:" + id, Outcome.SUCCESS, kind.label() + "，答复期限 " + due);
        return ref;
    }

    /** The answer to consultation {@code ref} came in on {@code answeredOn}; the clock runs again. */
    @Transactional
    public void answerConsultation(
            long id, int version, int ref, LocalDate answeredOn, boolean objects, String summary) {
        RequestCase c = handled(id, version, "REQUEST_CONSULTATION_ANSWER");
        TimelineEntry opened = openConsultation(cases.timeline(id), ref);
        LocalDate answered = onOrAfter("answeredOn", answeredOn, opened.on(), "收到意见的日期", "征求意见函发出日期");
        String what = required("summary", summary, 2000, "请概述对方的意见（同意公开，或不同意的理由）。");
        steps.take(
                c,
                RequestMove.ANSWER_CONSULTATION,
                TimelineEntry.of(TimelineKind.CONSULTATION_ANSWERED, answered)
                        .withRef(ref)
                        .withNote(what)
                        .withCode(objects ? "OBJECTS" : "CONSENTS"),
                x -> x);
        audit.record("REQUEST_CONSULTATION_ANSWER", "request:" + id, Outcome.SUCCESS, objects ? "不同意公开" : "同意公开");
    }

    /**
     * The consultation period ended without an answer: the clock runs again from the day after its last day. A
     * co-producer's silence counts as consent (第三十四条); a third party's leaves the decision to the agency (第三十二条).
     */
    @Transactional
    public void lapseConsultation(long id, int version, int ref) {
        RequestCase c = handled(id, version, "REQUEST_CONSULTATION_LAPSE");
        TimelineEntry opened = openConsultation(cases.timeline(id), ref);
        if (!today().isAfter(opened.until())) {
            throw new RuleViolation("征求意见期限（" + opened.until() + "）尚未届满，请等待对方答复或期限届满后再登记。");
        }
        ConsultationKind kind = ConsultationKind.valueOf(opened.code());
        steps.take(
                c,
                RequestMove.LAPSE_CONSULTATION,
                TimelineEntry.of(TimelineKind.CONSULTATION_LAPSED, opened.until())
                        .withRef(ref)
                        .withNote(kind.silence() + "（" + kind.article() + "）")
                        .withCode(kind.name()),
                x -> x);
        audit.record("REQUEST_CONSULTATION_LAPSE", "request:" + id, Outcome.SUCCESS, kind.silence());
    }

    /**
     * 第三十三条第二款: one extension of at most 20 working days, approved by the head of the disclosure office (the
     * unit's SIGNER) before the period runs out, with a notice to the applicant.
     */
    @Transactional
    public void extend(long id, int version, int days, String reason) {
        RequestCase c = approvable(id, version, "REQUEST_EXTEND");
        List<TimelineEntry> timeline = cases.timeline(id);
        if (timeline.stream().anyMatch(e -> e.kind() == TimelineKind.EXTENDED)) {
            throw new RuleViolation("答复期限只能延长一次（第三十三条第二款），本申请已经延期。");
        }
        int max = requestClock.rules().maxExtensionDays();
        if (days < 1 || days > max) {
            throw new RuleViolation("days", "延长答复期限最长不超过 " + max + " 个工作日（第三十三条第二款），请填写 1 至 " + max + "。");
        }
        RequestClock.Reading reading = requestClock.read(timeline);
        if (!reading.stopped() && reading.replyDue() != null && today().isAfter(reading.replyDue())) {
            throw new RuleViolation("答复期限（" + reading.replyDue() + "）已过，不能再延期；请尽快答复。");
        }
        String why = required("reason", reason, 1000, "请写明需要延长答复期限的理由，延期告知书将告知申请人。");
        steps.take(
                c,
                RequestMove.EXTEND,
                TimelineEntry.of(TimelineKind.EXTENDED, today()).withDays(days).withNote(why),
                x -> x);
        audit.record("REQUEST_EXTEND", "request:" + id, Outcome.SUCCESS, days + " 个工作日");
    }

    /**
     * 转办: the information is held by another unit of the same government, which handles the case from here on; the
     * clock runs on (the applicant loses no time), the timeline names both units and the reason.
     */
    @Transactional
    public void transfer(long id, int version, long toOrganizationId, String reason) {
        RequestCase c = handled(id, version, "REQUEST_TRANSFER");
        Organization from = directory.find(c.organizationId()).orElseThrow();
        Organization to = directory
                .find(toOrganizationId)
                .filter(o -> o.kind().answersThePublic())
                .filter(o -> o.id() != from.id())
                .orElseThrow(() -> new RuleViolation("toOrganizationId", "请选择本级政府的另一个受理申请的行政机关。"));
        if (to.jurisdictionId() != from.jurisdictionId()) {
            throw new RuleViolation(
                    "toOrganizationId", "只能转给本级政府的其他部门；其他层级的机关掌握信息的，请按“本机关不掌握相关政府信息”答复并告知负责机关（第三十六条第（五）项）。");
        }
        String why = required("reason", reason, 500, "请写明转办理由（如该信息由接收单位制作或保存）。");
        steps.take(
                c,
                RequestMove.TRANSFER,
                TimelineEntry.of(TimelineKind.TRANSFERRED, today())
                        .withNote("由" + from.name() + "转" + to.name() + "办理：" + why),
                x -> x.transferredTo(to.id()));
        audit.record("REQUEST_TRANSFER", "request:" + id, Outcome.SUCCESS, from.name() + " → " + to.name());
    }

    /** What a fee would be for this case by the chosen standard, before the notice (国办函〔2020〕109号). */
    @Transactional(readOnly = true)
    public FeeQuote quoteFee(long id, ProcessingFee.Method method, Integer pages) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.require(Role.REQUEST_HANDLER, c.organizationId(), "REQUEST_FEE_QUOTE");
        if (method == null) {
            throw new RuleViolation("method", "请选择收费标准：按件计收或按量计收（二者只能选其一，国办函〔2020〕109号第三条）。");
        }
        if (c.receivedOn() == null) {
            throw new RuleViolation("申请尚未确认收到，不能计算信息处理费。");
        }
        if (method == ProcessingFee.Method.BY_COUNT) {
            int earlier = cases.itemsEarlierInMonth(id);
            int items = cases.itemCount(id);
            return new FeeQuote(method, items, earlier, ProcessingFee.byCount(earlier, items));
        }
        if (pages == null || pages < 1 || pages > 1_000_000) {
            throw new RuleViolation("pages", "按量计收的，请填写本申请所需信息的页数（1 至 1000000）。");
        }
        return new FeeQuote(method, pages, 0, ProcessingFee.byVolume(pages));
    }

    /** A fee computed under 109号: the standard, the units counted, the applicant's earlier items this month, yuan. */
    public record FeeQuote(ProcessingFee.Method method, int units, int earlierUnits, long amount) {
        public String describe() {
            return method == ProcessingFee.Method.BY_COUNT
                    ? method.label() + "：本月此前 " + earlierUnits + " 件，本申请 " + units + " 件，应缴 " + amount + " 元"
                    : method.label() + "：" + units + " 页，应缴 " + amount + " 元";
        }
    }

    /**
     * The fee notice (收费通知) went out on {@code sentOn}: it states the basis, the standard, the amount and how to pay;
     * the clock stops until payment or waiver, and the applicant has {@link ClockRules#feePaymentDays()} working days.
     */
    @Transactional
    public FeeQuote notifyFee(long id, int version, ProcessingFee.Method method, Integer pages, LocalDate sentOn) {
        RequestCase c = handled(id, version, "REQUEST_FEE_NOTICE");
        if (cases.fee(id).isPresent()) {
            throw new RuleViolation("本申请已经发出过收费通知；一件申请只适用一种收费标准（国办函〔2020〕109号第三条）。");
        }
        FeeQuote quote = quoteFee(id, method, pages);
        if (quote.amount() == 0) {
            throw new RuleViolation("按" + quote.method().label() + "的标准本申请不收费（" + quote.describe() + "），无需发出收费通知。");
        }
        LocalDate start = requestClock.read(cases.timeline(id)).start();
        LocalDate sent = onOrAfter("sentOn", sentOn, start, "收费通知发出日期", "答复期限起算日");
        LocalDate due = calendar.addWorkingDays(sent, requestClock.rules().feePaymentDays())
                .due();
        steps.take(
                c,
                RequestMove.NOTIFY_FEE,
                TimelineEntry.of(TimelineKind.FEE_NOTIFIED, sent)
                        .withUntil(due)
                        .withNote(quote.describe())
                        .withCode(quote.method().name()),
                x -> x);
        cases.insertFee(
                id,
                new FeeNotice(
                        quote.method(),
                        quote.units(),
                        quote.earlierUnits(),
                        quote.amount(),
                        sent,
                        due,
                        null,
                        null,
                        null,
                        null,
                        null));
        audit.record("REQUEST_FEE_NOTICE", "request:" + id, Outcome.SUCCESS, quote.describe());
        return quote;
    }

    /** The fee was paid (to the treasury) on {@code paidOn}; the clock runs again. */
    @Transactional
    public void receivePayment(long id, int version, LocalDate paidOn, String reference) {
        RequestCase c = handled(id, version, "REQUEST_FEE_PAID");
        FeeNotice fee = cases.fee(id).orElseThrow();
        LocalDate paid = onOrAfter("paidOn", paidOn, fee.notifiedOn(), "缴费日期", "收费通知发出日期");
        String ref = required("reference", reference, 200, "请填写缴款凭证号（非税收入缴款书等）。");
        steps.take(
                c,
                RequestMove.RECEIVE_PAYMENT,
                TimelineEntry.of(TimelineKind.FEE_PAID, paid).withNote(ref),
                x -> x);
        cases.feePaid(id, paid, ref);
        audit.record("REQUEST_FEE_PAID", "request:" + id, Outcome.SUCCESS, fee.amount() + " 元");
    }

    /** The unit's signer waives the fee (e.g. 确有经济困难) with the reason; the clock runs again. */
    @Transactional
    public void waiveFee(long id, int version, String reason) {
        RequestCase c = approvable(id, version, "REQUEST_FEE_WAIVED");
        String why = required("reason", reason, 1000, "请写明减免信息处理费的理由（如申请人确有经济困难）。");
        steps.take(
                c,
                RequestMove.WAIVE_FEE,
                TimelineEntry.of(TimelineKind.FEE_WAIVED, today()).withNote(why),
                x -> x);
        cases.feeWaived(id, why, Actors.currentName());
        audit.record("REQUEST_FEE_WAIVED", "request:" + id, Outcome.SUCCESS, null);
    }

    /** The payment period passed unpaid: the application counts as withdrawn, row （六）2. */
    @Transactional
    public void lapseFee(long id, int version) {
        RequestCase c = handled(id, version, "REQUEST_FEE_LAPSED");
        FeeNotice fee = cases.fee(id).orElseThrow();
        LocalDate today = today();
        if (!today.isAfter(fee.paymentDue())) {
            throw new RuleViolation("缴费期限（" + fee.paymentDue() + "）尚未届满，不能按逾期未缴费处理。");
        }
        steps.take(
                c,
                RequestMove.LAPSE_FEE,
                TimelineEntry.of(TimelineKind.FEE_LAPSED, today),
                x -> x.concluded(
                        ReplyOutcome.OTHER_FEE_UNPAID, null, "申请人逾期未按收费通知要求缴纳费用，不再处理其申请（国办函〔2020〕109号）", today));
        cases.feeLapsed(id, today);
        audit.record("REQUEST_FEE_LAPSED", "request:" + id, Outcome.SUCCESS, null);
    }

    /** The handler's reply, checked for consistency, goes to a second person of the unit for approval. */
    @Transactional
    public void submitReply(long id, int version, ReplyDraft draft) {
        submitReply(id, version, draft, List.of());
    }

    /**
     * The same, with files that go with the reply (the disclosable part of a partial disclosure, 第三十七条, or the
     * information provided), checked with the draft's fields so that every fault is named at once.
     */
    @Transactional
    public void submitReply(long id, int version, ReplyDraft draft, List<ApplicantFile> files) {
        RequestCase c = handled(id, version, "REQUEST_REPLY_SUBMIT");
        List<ApplicantFile> chosen = RequestAttachments.chosen(files);
        List<RequestAttachment> kept = attachments.of(id).stream()
                .filter(a -> a.purpose() == RequestAttachment.Purpose.REPLY)
                .toList();
        ReplyDraft d = InvalidFields.together(
                java.util.Map.of(),
                () -> draft == null
                        ? new ReplyDraft(null, null, null, null, null, null).checked()
                        : pointingToCase(id, draft, kept, chosen).checked(),
                RequestAttachments.problems(chosen, kept.size(), RequestAttachment.Purpose.REPLY, "replyFiles"));
        attachments.store(id, chosen, Actors.currentName(), RequestAttachment.Purpose.REPLY);
        if (requestClock.read(cases.timeline(id)).pauses().stream().anyMatch(RequestClock.ClockPause::isOpen)) {
            throw new RuleViolation("还有征求意见或缴费未结束，请先登记对方的意见或期限届满，再提交答复。");
        }
        steps.take(
                c,
                RequestMove.SUBMIT_REPLY,
                TimelineEntry.of(TimelineKind.REPLY_SUBMITTED, today())
                        .withNote(d.outcome().label())
                        .withCode(d.outcome().name()),
                x -> x);
        cases.draftReply(id, d, Actors.currentName(), clock.instant());
        audit.record(
                "REQUEST_REPLY_SUBMIT",
                "request:" + id,
                Outcome.SUCCESS,
                d.outcome().label());
    }

    /**
     * A disclosing reply left without “提供的信息” points to what the case holds: the published records attached to it
     * (第三十六条第（一）项: where and how to obtain them) and the files that go with the reply.
     */
    private ReplyDraft pointingToCase(
            long id, ReplyDraft draft, List<RequestAttachment> kept, List<ApplicantFile> added) {
        if (draft.outcome() == null || !draft.outcome().providesInformation() || !Texts.isBlank(draft.provided())) {
            return draft;
        }
        List<FoundRecord> records = found.of(id);
        List<String> files = java.util.stream.Stream.concat(
                        kept.stream().map(RequestAttachment::fileName),
                        added.stream().map(f -> org.gongkai.shared.FileKind.displayName(f.fileName())))
                .toList();
        if (records.isEmpty() && files.isEmpty()) {
            return draft;
        }
        StringBuilder text = new StringBuilder();
        if (!files.isEmpty()) {
            text.append("随本告知书向您提供：")
                    .append(String.join(
                            "、", files.stream().map(f -> "《" + f + "》").toList()))
                    .append("。");
        }
        if (!records.isEmpty()) {
            text.append("您申请获取的信息已经主动公开，可以通过本机关政府信息公开平台查阅：");
            for (int i = 0; i < records.size(); i++) {
                text.append('\n')
                        .append(i + 1)
                        .append(". ")
                        .append(records.get(i).citation(siteUrl));
            }
        }
        return new ReplyDraft(
                draft.outcome(),
                draft.ground(),
                draft.reason(),
                text.toString(),
                draft.responsibleAgency(),
                draft.responsibleContact());
    }

    /** Removes a file from the reply while the reply is still being drafted (after a return, for instance). */
    @Transactional
    public void removeReplyFile(long id, long fileId) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.require(Role.REQUEST_HANDLER, c.organizationId(), "REQUEST_REPLY_FILE_REMOVE");
        if (c.status() != RequestStatus.HANDLING) {
            throw new RuleViolation("答复已提交审核或已作出，不能再移除随答复提供的文件；请先由签发人退回答复稿。");
        }
        if (!attachments.remove(id, fileId, RequestAttachment.Purpose.REPLY)) {
            throw new NotFound("本申请的答复没有这个文件。");
        }
        audit.record("REQUEST_REPLY_FILE_REMOVE", "request:" + id, Outcome.SUCCESS, Long.toString(fileId));
    }

    /** The unit's SIGNER returns the draft with what to change. */
    @Transactional
    public void returnReply(long id, int version, String comment) {
        RequestCase c = approvable(id, version, "REQUEST_REPLY_RETURN");
        String why = required("comment", comment, 1000, "请写明退回修改的意见。");
        steps.take(
                c,
                RequestMove.RETURN_REPLY,
                TimelineEntry.of(TimelineKind.REPLY_RETURNED, today()).withNote(why),
                x -> x);
        audit.record("REQUEST_REPLY_RETURN", "request:" + id, Outcome.SUCCESS, null);
    }

    /** A second person of the unit (its SIGNER, not the one who drafted it) approves the reply. */
    @Transactional
    public void approveReply(long id, int version) {
        RequestCase c = approvable(id, version, "REQUEST_REPLY_APPROVE");
        RequestRepository.StoredReply reply = cases.reply(id).orElseThrow();
        if (reply.draftedBy().equals(Actors.currentName())) {
            throw new RuleViolation("答复须由拟稿人以外的人员审核；您起草了这份答复，不能再审核它。");
        }
        steps.take(c, RequestMove.APPROVE_REPLY, TimelineEntry.of(TimelineKind.REPLY_APPROVED, today()), x -> x);
        cases.approveReply(id, Actors.currentName(), clock.instant());
        audit.record(
                "REQUEST_REPLY_APPROVE",
                "request:" + id,
                Outcome.SUCCESS,
                reply.draft().outcome().label());
    }

    /**
     * The approved reply went out on {@code sentOn} by {@code way}: the case is concluded with its outcome, counted in
     * table 三 in the year of that day.
     */
    @Transactional
    public void sendReply(long id, int version, LocalDate sentOn, ObtainWay way) {
        RequestCase c = handled(id, version, "REQUEST_REPLY_SEND");
        RequestRepository.StoredReply reply = cases.reply(id).orElseThrow();
        LocalDate approvedOn = LocalDate.ofInstant(reply.approvedAt(), clock.getZone());
        LocalDate sent = onOrAfter("sentOn", sentOn, approvedOn, "作出答复的日期", "审核通过之日");
        if (way == null) {
            throw new RuleViolation("way", "请选择答复的送达方式。");
        }
        ReplyDraft d = reply.draft();
        steps.take(
                c,
                RequestMove.SEND_REPLY,
                TimelineEntry.of(TimelineKind.REPLY_SENT, sent)
                        .withNote(d.outcome().label() + "，" + way.label())
                        .withCode(d.outcome().name()),
                x -> x.concluded(d.outcome(), d.ground(), d.reason(), sent));
        cases.replySent(id, sent, way);
        audit.record(
                "REQUEST_REPLY_SEND",
                "request:" + id,
                Outcome.SUCCESS,
                d.outcome().label());
    }

    /** Delivery of the reply (the way, the date, the proof such as a postal receipt number). */
    @Transactional
    public void recordDelivery(long id, int version, LocalDate deliveredOn, String proof) {
        RequestCase c = handled(id, version, "REQUEST_DELIVERY");
        RequestRepository.StoredReply reply = cases.reply(id)
                .filter(r -> r.sentOn() != null)
                .orElseThrow(() -> new RuleViolation("本申请没有作出答复，无需登记送达。"));
        LocalDate on = onOrAfter("deliveredOn", deliveredOn, reply.sentOn(), "送达日期", "作出答复的日期");
        String evidence = required("proof", proof, 500, "请填写送达凭证（如邮件号、签收人、电子邮件发送记录）。");
        steps.take(
                c,
                RequestMove.RECORD_DELIVERY,
                TimelineEntry.of(TimelineKind.DELIVERED, on).withNote(evidence),
                x -> x);
        cases.replyDelivered(id, on, evidence);
        audit.record("REQUEST_DELIVERY", "request:" + id, Outcome.SUCCESS, null);
    }

    /** The applicant withdrew the application: concluded as 其他处理 (row （六）3). */
    @Transactional
    public void withdraw(long id, int version, LocalDate on, String note) {
        RequestCase c = handled(id, version, "REQUEST_WITHDRAW");
        LocalDate day = RequestSteps.pastOrToday("on", on, today(), "申请人撤回申请的日期");
        String why = required("note", note, 500, "请写明申请人撤回申请的方式（如书面撤回申请书、电话确认并记录）。");
        steps.take(
                c,
                RequestMove.WITHDRAW,
                TimelineEntry.of(TimelineKind.WITHDRAWN, day).withNote(why),
                x -> x.concluded(ReplyOutcome.OTHER, null, "申请人撤回申请：" + why, day));
        audit.record("REQUEST_WITHDRAW", "request:" + id, Outcome.SUCCESS, null);
    }

    /** A concluded case is archived with its whole file (第四十五条: 归档). */
    @Transactional
    public void archive(long id, int version) {
        RequestCase c = handled(id, version, "REQUEST_ARCHIVE");
        steps.take(c, RequestMove.ARCHIVE, TimelineEntry.of(TimelineKind.ARCHIVED, today()), x -> x);
        audit.record("REQUEST_ARCHIVE", "request:" + id, Outcome.SUCCESS, null);
    }

    private RequestCase approvable(long id, int version, String action) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.require(Role.SIGNER, c.organizationId(), action);
        if (c.version() != version) {
            throw RequestSteps.stale();
        }
        return c;
    }

    private static TimelineEntry openConsultation(List<TimelineEntry> timeline, int ref) {
        boolean closed = timeline.stream()
                .anyMatch(e ->
                        (e.kind() == TimelineKind.CONSULTATION_ANSWERED || e.kind() == TimelineKind.CONSULTATION_LAPSED)
                                && e.ref() != null
                                && e.ref() == ref);
        return timeline.stream()
                .filter(e ->
                        e.kind() == TimelineKind.CONSULTATION_OPENED && e.ref() != null && e.ref() == ref && !closed)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("该征求意见不存在或已经登记了结果，请刷新页面。"));
    }

    private static TimelineEntry lastEntry(List<TimelineEntry> timeline, TimelineKind kind) {
        TimelineEntry found = null;
        for (TimelineEntry e : timeline) {
            if (e.kind() == kind) {
                found = e;
            }
        }
        return found;
    }

    private static LocalDate last(List<TimelineEntry> timeline, TimelineKind kind) {
        TimelineEntry e = lastEntry(timeline, kind);
        return e == null ? null : e.on();
    }

    /** A date entered for something that happened: not in the future, not before the step it follows. */
    private LocalDate onOrAfter(String field, LocalDate day, LocalDate earliest, String what, String earliestName) {
        LocalDate d = RequestSteps.pastOrToday(field, day, today(), what);
        if (earliest != null && d.isBefore(earliest)) {
            throw new RuleViolation(field, what + "不能早于" + earliestName + "（" + earliest + "），请核对。");
        }
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The case as the handler read it, if the current staff member handles the unit's requests. */
    private RequestCase handled(long id, int version, String action) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.require(Role.REQUEST_HANDLER, c.organizationId(), action);
        if (c.version() != version) {
            throw RequestSteps.stale();
        }
        return c;
    }
}
