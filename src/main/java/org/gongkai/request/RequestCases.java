package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console shows of request cases: the open cases of the units in scope, most urgent first, and one case with
 * its items, timeline and clock. Only the handling unit's staff and the supervising office see a case (issue 11,
 * "Privacy"); the applicant's contact details are opened on their own and every opening is audited.
 */
@Service
public class RequestCases {

    /** Who may read the cases of a unit. */
    static final Set<Role> READERS = EnumSet.of(Role.REQUEST_HANDLER, Role.SIGNER, Role.SUPERVISOR);

    static final int LIST_LIMIT = 200;

    /** One line of the list: the case, its unit, and the working days left until what is due (negative: overdue). */
    public record CaseLine(RequestCase request, String unitName, Integer daysLeft) {
        public boolean overdue() {
            return daysLeft != null && daysLeft < 0;
        }

        public boolean dueSoon() {
            return daysLeft != null && daysLeft >= 0 && daysLeft <= 5;
        }
    }

    /**
     * One case as its page shows it, with what the current staff member may do on it. {@code daysLeft}: working days
     * to the deadline while open; once concluded 0 if on time, else minus the working days it was late.
     */
    public record CasePage(
            RequestCase request,
            String unitName,
            List<Application.Item> items,
            List<TimelineEntry> timeline,
            RequestClock.Reading clock,
            Integer daysLeft,
            boolean canHandle,
            boolean canApprove,
            Reply reply,
            List<OpenConsultation> openConsultations,
            boolean correctionNoticeSent,
            boolean extended,
            FeeNotice fee,
            List<NoticeLink> notices,
            List<EarlierCase> earlierAnswered,
            List<org.gongkai.organization.Organization> transferTargets,
            List<Remedy> remedies,
            boolean canRecordRemedy,
            List<RequestAttachment> attachments,
            List<FoundRecord> found) {}

    /** The reply as the page shows it. */
    public record Reply(
            ReplyDraft draft,
            String draftedBy,
            java.time.Instant draftedAt,
            String approvedBy,
            java.time.Instant approvedAt,
            LocalDate sentOn,
            ObtainWay sentWay,
            LocalDate deliveredOn,
            String deliveryProof) {}

    /** A consultation still waiting for its answer. */
    public record OpenConsultation(int ref, String party, LocalDate sentOn, LocalDate answerDue) {}

    private final RequestRepository cases;
    private final RequestRemedies remedies;
    private final RequestClock requestClock;
    private final WorkingDayCalendar calendar;
    private final OrganizationDirectory directory;
    private final ApplicantData applicantData;
    private final RequestAttachments attachments;
    private final FoundRecords found;
    private final NoticeTemplates templates;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    RequestCases(
            RequestRepository cases,
            RequestRemedies remedies,
            RequestClock requestClock,
            WorkingDayCalendar calendar,
            OrganizationDirectory directory,
            ApplicantData applicantData,
            RequestAttachments attachments,
            FoundRecords found,
            NoticeTemplates templates,
            AccessControl access,
            AuditTrail audit,
            Clock clock) {
        this.templates = templates;
        this.attachments = attachments;
        this.found = found;
        this.cases = cases;
        this.remedies = remedies;
        this.requestClock = requestClock;
        this.calendar = calendar;
        this.directory = directory;
        this.applicantData = applicantData;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open cases of the units the current staff member may read, the most urgent first. */
    @Transactional(readOnly = true)
    public List<CaseLine> open() {
        OrganizationScope scope = access.scope(READERS);
        if (scope.isEmpty() && !scope.all()) {
            access.deny("REQUEST_LIST", "platform");
        }
        return lines(scope);
    }

    /** The open cases of the scope, most urgent first, each with its unit and the working days left. */
    private List<CaseLine> lines(OrganizationScope scope) {
        Map<Long, String> names = directory.names();
        LocalDate today = LocalDate.now(clock);
        return cases.open(scope.organizationIds(), scope.all(), LIST_LIMIT).stream()
                .map(c -> new CaseLine(c, names.getOrDefault(c.organizationId(), ""), daysLeft(c.dueOn(), today)))
                .toList();
    }

    /**
     * The dashboard's reminders (issue 11 §8): cases in scope waiting for receipt confirmation, overdue, or due within
     * five working days — nothing (and no refusal) for staff who read no cases.
     */
    @Transactional(readOnly = true)
    public List<CaseLine> reminders() {
        OrganizationScope scope = access.scope(READERS);
        if (scope.isEmpty() && !scope.all()) {
            return List.of();
        }
        return lines(scope).stream()
                .filter(l -> l.request().status() == RequestStatus.SUBMITTED || l.overdue() || l.dueSoon())
                .limit(20)
                .toList();
    }

    /** The units whose cases the current staff member may read and that answer applications, in directory order. */
    @Transactional(readOnly = true)
    public List<org.gongkai.organization.Organization> unitsInScope() {
        OrganizationScope scope = access.scope(READERS);
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> o.kind().answersThePublic())
                .filter(o -> scope.covers(o.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public CasePage page(long id) {
        RequestCase c = readable(id, "REQUEST_READ");
        List<TimelineEntry> timeline = cases.timeline(id);
        RequestClock.Reading reading = requestClock.read(timeline);
        LocalDate today = LocalDate.now(clock);
        Integer left =
                reading.started() && reading.replyDue() != null && c.status().isOpen()
                        ? calendar.workingDaysBetween(today, reading.replyDue())
                        : null;
        if (!c.status().isOpen() && c.concludedOn() != null && reading.replyDue() != null) {
            // concluded: 0 when on time, minus the working days past the deadline otherwise
            left = -Math.max(0, calendar.workingDaysBetween(reading.replyDue(), c.concludedOn()));
        }
        Reply reply = cases.reply(id)
                .map(r -> new Reply(
                        r.draft(),
                        r.draftedBy(),
                        r.draftedAt(),
                        r.approvedBy(),
                        r.approvedAt(),
                        r.sentOn(),
                        r.sentWay(),
                        r.deliveredOn(),
                        r.deliveryProof()))
                .orElse(null);
        List<OpenConsultation> open = timeline.stream()
                .filter(e -> e.kind() == TimelineKind.CONSULTATION_OPENED)
                .filter(e -> timeline.stream()
                        .noneMatch(x -> (x.kind() == TimelineKind.CONSULTATION_ANSWERED
                                        || x.kind() == TimelineKind.CONSULTATION_LAPSED)
                                && e.ref().equals(x.ref())))
                .map(e -> new OpenConsultation(e.ref(), e.note(), e.on(), e.until()))
                .toList();
        FeeNotice fee = cases.fee(id).orElse(null);
        return new CasePage(
                c,
                directory.names().getOrDefault(c.organizationId(), ""),
                cases.items(id),
                timeline,
                reading,
                left,
                access.can(Role.REQUEST_HANDLER, c.organizationId()),
                access.can(Role.SIGNER, c.organizationId()),
                reply,
                open,
                timeline.stream().anyMatch(e -> e.kind() == TimelineKind.CORRECTION_REQUESTED),
                timeline.stream().anyMatch(e -> e.kind() == TimelineKind.EXTENDED),
                fee,
                noticeLinks(c, timeline, reply, fee),
                c.status().isOpen() ? cases.earlierAnswered(id) : List.of(),
                transferTargets(c),
                c.status().isOpen() ? List.of() : remedies.list(id),
                access.canAny(RequestRemedies.RECORDERS, c.organizationId()),
                attachments.of(id),
                found.of(id));
    }

    /** The other units of the same government a case may be transferred to (转办). */
    private List<org.gongkai.organization.Organization> transferTargets(RequestCase c) {
        var unit = directory.find(c.organizationId()).orElse(null);
        if (unit == null) {
            return List.of();
        }
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> o.kind().answersThePublic())
                .filter(o -> o.id() != unit.id() && o.jurisdictionId() == unit.jurisdictionId())
                .toList();
    }

    /** The letters the case has produced so far, as the page offers them for download. */
    public record NoticeLink(Notice.Kind kind, Integer ref, String label) {}

    List<NoticeLink> noticeLinks(RequestCase c, List<TimelineEntry> timeline, Reply reply, FeeNotice fee) {
        List<NoticeLink> links = new java.util.ArrayList<>();
        if (reply != null && reply.approvedBy() != null) {
            links.add(new NoticeLink(Notice.Kind.REPLY, null, Notice.Kind.REPLY.label()));
        }
        for (TimelineEntry e : timeline) {
            switch (e.kind()) {
                case CORRECTION_REQUESTED ->
                    links.add(new NoticeLink(Notice.Kind.CORRECTION, null, Notice.Kind.CORRECTION.label()));
                case EXTENDED -> links.add(new NoticeLink(Notice.Kind.EXTENSION, null, Notice.Kind.EXTENSION.label()));
                case CONSULTATION_OPENED ->
                    links.add(new NoticeLink(
                            Notice.Kind.CONSULTATION,
                            e.ref(),
                            Notice.Kind.CONSULTATION.label() + "（" + e.note() + "）"));
                default -> {
                    // no letter
                }
            }
        }
        if (fee != null) {
            links.add(new NoticeLink(Notice.Kind.FEE, null, Notice.Kind.FEE.label()));
        }
        return links;
    }

    /** One letter of the case, composed from its file; every export is audited (it names the applicant). */
    @Transactional
    public Notice notice(long id, Notice.Kind kind, Integer ref) {
        RequestCase c = readable(id, "REQUEST_NOTICE_EXPORT");
        List<TimelineEntry> timeline = cases.timeline(id);
        List<Application.Item> items = cases.items(id);
        String unit = directory.names().getOrDefault(c.organizationId(), "");
        NoticeWording w = templates.wording(c.organizationId());
        Notice notice = switch (kind) {
            case REPLY -> {
                RequestRepository.StoredReply r = cases.reply(id)
                        .filter(x -> x.approvedBy() != null)
                        .orElseThrow(() -> new NotFound("答复尚未审核通过，还不能生成答复告知书。"));
                yield Notices.reply(
                        c, items, r.draft(), unit, r.sentOn() != null ? r.sentOn() : LocalDate.now(clock), w);
            }
            case CORRECTION ->
                Notices.correction(c, items, entry(timeline, TimelineKind.CORRECTION_REQUESTED, null), unit, w);
            case EXTENSION ->
                Notices.extension(
                        c,
                        items,
                        entry(timeline, TimelineKind.EXTENDED, null),
                        requestClock.read(timeline).replyDue(),
                        unit,
                        w);
            case FEE -> Notices.fee(c, items, cases.fee(id).orElseThrow(() -> new NotFound("本申请没有收费通知。")), unit, w);
            case CONSULTATION -> {
                TimelineEntry opened = entry(timeline, TimelineKind.CONSULTATION_OPENED, ref);
                ConsultationKind k = ConsultationKind.valueOf(opened.code());
                yield Notices.consultation(
                        c, items, opened, k, opened.note().substring(k.label().length()), unit, w);
            }
        };
        audit.record("REQUEST_NOTICE_EXPORT", "request:" + id, Outcome.SUCCESS, kind.label());
        return notice;
    }

    private static TimelineEntry entry(List<TimelineEntry> timeline, TimelineKind kind, Integer ref) {
        return timeline.stream()
                .filter(e -> e.kind() == kind && (ref == null || ref.equals(e.ref())))
                .findFirst()
                .orElseThrow(() -> new NotFound("本申请没有这份文书。"));
    }

    /** A material the applicant handed in, in clear; like the contact details, each opening is audited. */
    @Transactional
    public RequestAttachments.Opened attachment(long id, long attachmentId) {
        RequestCase c = readable(id, "REQUEST_ATTACHMENT_READ");
        RequestAttachments.Opened opened =
                attachments.open(c.id(), attachmentId).orElseThrow(() -> new NotFound("本申请没有这份材料。"));
        audit.record("REQUEST_ATTACHMENT_READ", "request:" + id, Outcome.SUCCESS, "查看申请人提交的材料 " + attachmentId);
        return opened;
    }

    /** The applicant's identity number and contact details in clear; each opening is written to the audit trail. */
    @Transactional
    public ApplicantContact applicantContact(long id) {
        RequestCase c = readable(id, "REQUEST_PERSONAL_DATA_READ");
        audit.record("REQUEST_PERSONAL_DATA_READ", "request:" + id, Outcome.SUCCESS, "查看申请人身份证明和联系方式");
        return applicantData.open(cases.contact(c.id()));
    }

    private RequestCase readable(long id, String action) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.requireAny(READERS, c.organizationId(), action);
        return c;
    }

    private Integer daysLeft(LocalDate due, LocalDate today) {
        return due == null ? null : calendar.workingDaysBetween(today, due);
    }
}
