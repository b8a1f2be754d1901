package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.gongkai.shared.TrackingCodes;
import org.gongkai.shared.crypto.KeyRing;
import org.gongkai.shared.crypto.SecretBox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 咨询建言 (issue 15 §10): the public asks a unit; the unit's editors answer within the configured working days
 * ({@code gongkai.inquiry.answer-working-days}, default 10), publish the question (personal information masked) with its
 * answer unless the asker declined, transfer a misrouted one, or close a message that is not an effective one with its
 * reason. The unit is reminded as the due day nears; the supervising office sees every late one, has the ones two months
 * old escalated to it and may urge (督办) the unit, so that no effective message waits beyond the inspection's three
 * months (国办秘函〔2019〕19号).
 */
@Service
public class Inquiries {

    static final Set<Role> STAFF = Consultations.STAFF;

    static final int MAX_SUBJECT = 100;
    static final int MAX_QUESTION = 2000;
    static final int MAX_ANSWER = 10_000;
    static final int MAX_NAME = 50;
    static final int MAX_CONTACT = 100;
    static final int MAX_REASON = 500;
    static final int LIST_LIMIT = 300;
    public static final int PUBLIC_PAGE = 20;

    private final InquiryRepository repository;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final SecretBox contacts;
    private final Clock clock;
    private final int answerWorkingDays;

    Inquiries(
            InquiryRepository repository,
            AccessControl access,
            OrganizationDirectory directory,
            WorkingDayCalendar calendar,
            AuditTrail audit,
            KeyRing keys,
            Clock clock,
            @Value("${gongkai.inquiry.answer-working-days:10}") int answerWorkingDays) {
        if (answerWorkingDays < 1 || answerWorkingDays > 60) {
            throw new IllegalStateException("gongkai.inquiry.answer-working-days 须在 1 到 60 之间，现为 " + answerWorkingDays);
        }
        this.repository = repository;
        this.access = access;
        this.directory = directory;
        this.calendar = calendar;
        this.audit = audit;
        this.contacts = SecretBox.forPurpose(keys, "inquiry-contact");
        this.clock = clock;
        this.answerWorkingDays = answerWorkingDays;
    }

    private static String target(long id) {
        return "inquiry:" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate day() {
        return today();
    }

    public int answerWorkingDays() {
        return answerWorkingDays;
    }

    private Inquiry load(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("该留言不存在。"));
    }

    // --- the public ----------------------------------------------------------------------------------------------

    /** The units the public may ask, in directory order. */
    @Transactional(readOnly = true)
    public List<Organization> answeringUnits() {
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> o.kind().answersThePublic())
                .toList();
    }

    @Transactional(readOnly = true)
    public Organization answeringUnit(long organizationId) {
        return directory
                .find(organizationId)
                .filter(o -> o.kind().answersThePublic())
                .orElseThrow(() -> new NotFound("该单位不受理咨询建言。"));
    }

    /** What an asker keeps: the number and code to look the answer up with, and the day it is due. */
    public record Asked(long id, String trackingCode, String unitName, LocalDate dueOn) {
        public String trackingCodeDisplay() {
            return TrackingCodes.display(trackingCode);
        }
    }

    /**
     * A member of the public asks a unit. The answer period runs from the day after receipt (《民法典》第二百零一条) for
     * the configured working days. Nothing of it is public before it is answered.
     */
    @Transactional
    public Asked ask(
            Long organizationId, String subject, String question, String name, String contact, boolean consent) {
        if (organizationId == null) {
            throw new RuleViolation("organizationId", "请选择要咨询的单位。");
        }
        Organization unit = directory
                .find(organizationId)
                .filter(o -> o.kind().answersThePublic())
                .orElseThrow(() -> new RuleViolation("organizationId", "请从列表中选择要咨询的单位。"));
        String title = Texts.required("subject", subject, MAX_SUBJECT, "留言标题");
        String text = Texts.required("question", question, MAX_QUESTION, "留言内容");
        String who = Texts.optional("name", name, MAX_NAME, "姓名或称呼");
        String reach = Texts.optional("contact", contact, MAX_CONTACT, "联系方式");
        boolean personal = !PersonalInformationScanner.scan(title + "\n" + text).isEmpty()
                || (who != null && !PersonalInformationScanner.scan(who).isEmpty());
        LocalDate received = today();
        LocalDate due = calendar.addWorkingDays(received, answerWorkingDays).due();
        Inquiry saved = repository.insert(new InquiryRepository.NewInquiry(
                unit.id(),
                title,
                text,
                who,
                reach == null ? null : contacts.seal(reach),
                consent,
                personal,
                clock.instant(),
                received,
                due));
        audit.record(
                "INQUIRY_SUBMIT",
                target(saved.id()),
                Outcome.SUCCESS,
                unit.name() + "，答复期限 " + due + (consent ? "" : "，提问人不同意公开"));
        return new Asked(saved.id(), saved.trackingCode(), unit.name(), due);
    }

    /** What the asker sees with their code: the state, the due day, the answer (public or not) or the closing reason. */
    public record Tracked(Inquiry inquiry, String unitName) {}

    @Transactional(readOnly = true)
    public Optional<Tracked> track(String typedCode) {
        String code = TrackingCodes.normalize(typedCode);
        if (code == null) {
            throw new RuleViolation("code", "查询码为 12 位字母和数字（可含短横线），请核对后重新输入。");
        }
        return repository.findByCode(code).map(i -> new Tracked(i, unitName(i.organizationId())));
    }

    /** A published question and answer, as the public reads it. */
    public record PublicAnswer(
            long id,
            long organizationId,
            String unitName,
            String subject,
            String question,
            String askerName,
            java.time.Instant submittedAt,
            String answer,
            java.time.Instant answeredAt) {}

    private PublicAnswer publicAnswer(Inquiry i, Map<Long, String> names) {
        return new PublicAnswer(
                i.id(),
                i.organizationId(),
                names.getOrDefault(i.organizationId(), ""),
                PersonalInformationScanner.mask(i.subject()),
                i.publicQuestion(),
                i.askerName() == null ? null : PersonalInformationScanner.mask(i.askerName()),
                i.submittedAt(),
                i.answer(),
                i.answeredAt());
    }

    /** A page of published answers, of one unit or all, older than {@code beforeId} (null: the newest). */
    @Transactional(readOnly = true)
    public List<PublicAnswer> published(Long organizationId, Long beforeId) {
        Map<Long, String> names = directory.names();
        return repository.published(organizationId, beforeId, PUBLIC_PAGE).stream()
                .map(i -> publicAnswer(i, names))
                .toList();
    }

    @Transactional(readOnly = true)
    public PublicAnswer publishedAnswer(long id) {
        return repository
                .find(id)
                .filter(Inquiry::published)
                .map(i -> publicAnswer(i, directory.names()))
                .orElseThrow(() -> new NotFound("该留言不存在或未公开。"));
    }

    /** A unit's figures over the last twelve months, shown on its 咨询建言 page. */
    public record Figures(long received, long answered, long inTime, long waiting) {}

    @Transactional(readOnly = true)
    public Figures figures(long organizationId) {
        return repository.counts(today().minusYears(1), organizationId).stream()
                .filter(c -> c.organizationId() == organizationId)
                .findFirst()
                .map(c -> new Figures(c.received() - c.invalid(), c.answered(), c.inTime(), c.waiting()))
                .orElse(new Figures(0, 0, 0, 0));
    }

    // --- staff ---------------------------------------------------------------------------------------------------

    /** One inquiry as the console lists it: with its unit, the working days left (negative: late) and its urgency. */
    public record Line(Inquiry inquiry, String unitName, Integer daysLeft, InquiryUrgency urgency) {}

    private Line line(Inquiry i, Map<Long, String> names, LocalDate today) {
        Integer left = null;
        InquiryUrgency urgency = InquiryUrgency.IN_TIME;
        if (i.status() == InquiryStatus.RECEIVED) {
            left = calendar.workingDaysBetween(today, i.dueOn());
            urgency = i.urgency(today, left);
        }
        return new Line(i, names.getOrDefault(i.organizationId(), ""), left, urgency);
    }

    private String unitName(long organizationId) {
        return directory.find(organizationId).map(Organization::name).orElse("");
    }

    /** The inquiries of the units the staff member works for, the waiting ones first, oldest first. */
    @Transactional(readOnly = true)
    public List<Line> mine() {
        OrganizationScope scope = access.scope(STAFF);
        Map<Long, String> names = directory.names();
        LocalDate today = today();
        return repository.ofUnits(scope.filter(), LIST_LIMIT).stream()
                .map(i -> line(i, names, today))
                .toList();
    }

    /**
     * The dashboard's reminders: waiting inquiries of the staff member's units due within {@value
     * InquiryUrgency#REMIND_AT} working days or late — nothing for staff who read no inquiries.
     */
    @Transactional(readOnly = true)
    public List<Line> reminders() {
        OrganizationScope scope = access.scope(STAFF);
        if (scope.isEmpty() && !scope.all()) {
            return List.of();
        }
        LocalDate today = today();
        LocalDate horizon =
                calendar.addWorkingDays(today, InquiryUrgency.REMIND_AT + 1).due();
        Map<Long, String> names = directory.names();
        return repository.waiting(scope.filter(), horizon, 20).stream()
                .map(i -> line(i, names, today))
                .filter(l -> l.urgency() != InquiryUrgency.IN_TIME)
                .toList();
    }

    /** One inquiry for the console, with what the current staff member may do with it. */
    public record Page(
            Line line, boolean canAnswer, boolean canUrge, String transferredFromName, List<Organization> transferTo) {}

    @Transactional(readOnly = true)
    public Page page(long id) {
        Inquiry i = load(id);
        access.requireAny(STAFF, i.organizationId(), "INQUIRY_READ");
        boolean canAnswer = access.can(Role.EDITOR, i.organizationId()) && i.status() == InquiryStatus.RECEIVED;
        boolean canUrge = access.can(Role.SUPERVISOR, i.organizationId()) && i.status() == InquiryStatus.RECEIVED;
        return new Page(
                line(i, directory.names(), today()),
                canAnswer,
                canUrge,
                i.transferredFrom() == null ? null : unitName(i.transferredFrom()),
                canAnswer
                        ? answeringUnits().stream()
                                .filter(o -> o.id() != i.organizationId())
                                .toList()
                        : List.of());
    }

    /** The asker's contact, for the unit's editors only; each reading is audited. */
    @Transactional
    public Optional<String> contact(long id) {
        Inquiry i = load(id);
        access.require(Role.EDITOR, i.organizationId(), "INQUIRY_CONTACT_READ");
        Optional<String> contact = repository.sealedContact(id).map(contacts::open);
        audit.record("INQUIRY_CONTACT_READ", target(id), Outcome.SUCCESS, "留言 " + id);
        return contact;
    }

    /**
     * 答复: an editor of the unit answers. The question (personal information masked) and the answer are published when
     * the asker agreed, unless the unit gives a reason not to; a question the asker kept private is never published.
     */
    @Transactional
    public void answer(long id, int version, String answer, boolean publish, String notPublishedReason) {
        Inquiry i = load(id);
        access.require(Role.EDITOR, i.organizationId(), "INQUIRY_ANSWER");
        InquiryMove.ANSWER.check(i.status());
        String text = Texts.required("answer", answer, MAX_ANSWER, "答复内容");
        String reason = Texts.optional("notPublishedReason", notPublishedReason, MAX_REASON, "不公开的理由");
        if (publish && !i.publicationConsent()) {
            throw new RuleViolation("publish", "提问人不同意公开此留言，答复只能告知提问人本人，请取消“公开”。");
        }
        if (!publish && i.publicationConsent() && reason == null) {
            throw new RuleViolation("notPublishedReason", "提问人同意公开，不公开时请写明理由（仅内部可见）。");
        }
        LocalDate today = today();
        if (!repository.answer(
                id,
                version,
                text,
                clock.instant(),
                today,
                Actors.currentName(),
                publish,
                publish ? PersonalInformationScanner.mask(i.question()) : null,
                publish ? null : reason)) {
            throw RuleViolation.changedMeanwhile("该留言");
        }
        audit.record(
                "INQUIRY_ANSWER",
                target(id),
                Outcome.SUCCESS,
                (today.isAfter(i.dueOn()) ? "超期答复（期限 " + i.dueOn() + "）" : "按期答复")
                        + (publish ? "，已公开" : i.publicationConsent() ? "，不公开：" + reason : "，提问人不同意公开"));
    }

    /** 无效留言: an editor closes a message that is not an effective one (abuse, advertising, a repeat), with its reason. */
    @Transactional
    public void declareInvalid(long id, int version, String reason) {
        Inquiry i = load(id);
        access.require(Role.EDITOR, i.organizationId(), "INQUIRY_INVALID");
        InquiryMove.DECLARE_INVALID.check(i.status());
        String why = Texts.required("invalidReason", reason, MAX_REASON, "无效留言的理由（如辱骂、广告、重复留言、与政务无关），理由将告知提问人，督查部门可见");
        if (!repository.declareInvalid(id, version, why, clock.instant(), today(), Actors.currentName())) {
            throw RuleViolation.changedMeanwhile("该留言");
        }
        audit.record("INQUIRY_INVALID", target(id), Outcome.SUCCESS, why);
    }

    /**
     * 转办: an editor of the unit sends a misrouted question to the unit that should answer; the answer period keeps
     * running from the original receipt, so a transfer never buys time.
     */
    @Transactional
    public void transfer(long id, int version, Long toUnit, String reason) {
        Inquiry i = load(id);
        access.require(Role.EDITOR, i.organizationId(), "INQUIRY_TRANSFER");
        InquiryMove.TRANSFER.check(i.status());
        if (toUnit == null || toUnit == i.organizationId()) {
            throw new RuleViolation("toUnit", "请选择转办的单位（本单位以外）。");
        }
        Organization to = directory
                .find(toUnit)
                .filter(o -> o.kind().answersThePublic())
                .orElseThrow(() -> new RuleViolation("toUnit", "请从列表中选择转办的单位。"));
        String why = Texts.required("transferReason", reason, MAX_REASON, "转办理由");
        if (!repository.transfer(id, version, i.organizationId(), to.id(), why)) {
            throw RuleViolation.changedMeanwhile("该留言");
        }
        audit.record(
                "INQUIRY_TRANSFER",
                target(id),
                Outcome.SUCCESS,
                unitName(i.organizationId()) + " → " + to.name() + "：" + why + "（答复期限仍为 " + i.dueOn() + "）");
    }

    /** 督办: the supervising office urges the unit to answer, with a note the unit sees on the inquiry. */
    @Transactional
    public void urge(long id, int version, String note) {
        Inquiry i = load(id);
        access.require(Role.SUPERVISOR, i.organizationId(), "INQUIRY_URGE");
        InquiryMove.URGE.check(i.status());
        String what = Texts.required("urgeNote", note, MAX_REASON, "督办意见");
        if (!repository.urge(id, version, clock.instant(), Actors.currentName(), what)) {
            throw RuleViolation.changedMeanwhile("该留言");
        }
        audit.record("INQUIRY_URGE", target(id), Outcome.SUCCESS, unitName(i.organizationId()) + "：" + what);
    }

    /** The supervising office's view: per unit figures of the last year and every late inquiry, worst first. */
    public record Supervision(
            List<Line> waitingLate, List<Line> answeredLate, List<UnitFigures> units, LocalDate since) {
        public long vetoes() {
            return waitingLate.stream()
                    .filter(l -> l.urgency() == InquiryUrgency.VETO)
                    .count();
        }
    }

    public record UnitFigures(
            long organizationId,
            String unitName,
            long received,
            long answered,
            long inTime,
            long invalid,
            long waiting) {
        /** 按期答复率 of what was answered, in per cent; null when nothing was answered. */
        public Integer inTimeRate() {
            return answered == 0 ? null : (int) Math.round(inTime * 100.0 / answered);
        }
    }

    @Transactional(readOnly = true)
    public Supervision supervision() {
        OrganizationScope scope = access.scope(EnumSet.of(Role.SUPERVISOR));
        if (scope.isEmpty() && !scope.all()) {
            access.requireAnywhere(Role.SUPERVISOR, "INQUIRY_SUPERVISE");
        }
        var units = scope.filter();
        LocalDate today = today();
        LocalDate since = today.minusYears(1);
        Map<Long, String> names = directory.names();
        List<Line> waiting = new ArrayList<>(repository.waiting(units, today, LIST_LIMIT).stream()
                .map(i -> line(i, names, today))
                .toList());
        waiting.sort(Comparator.comparing((Line l) -> l.urgency())
                .reversed()
                .thenComparing(l -> l.inquiry().receivedOn()));
        List<Line> late = repository.answeredLate(units, since, LIST_LIMIT).stream()
                .map(i -> line(i, names, today))
                .toList();
        List<UnitFigures> figures = repository.counts(since, null).stream()
                .filter(c -> scope.covers(c.organizationId()))
                .map(c -> new UnitFigures(
                        c.organizationId(),
                        names.getOrDefault(c.organizationId(), ""),
                        c.received(),
                        c.answered(),
                        c.inTime(),
                        c.invalid(),
                        c.waiting()))
                .sorted(Comparator.comparing(UnitFigures::unitName))
                .toList();
        return new Supervision(waiting, late, figures, since);
    }

    public boolean supervises() {
        return access.hasRoleAnywhere(Role.SUPERVISOR);
    }
}
