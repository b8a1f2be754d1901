package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.TrackingCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications coming in: through the portal's online form (the clock starts when the handler confirms receipt,
 * 第三十一条), and registered by a handler for every other channel — in person, by signed mail, by ordinary letter, by
 * fax, orally with the form filled in for the applicant (第二十九条第一款), or pushed by another platform.
 */
@Service
public class RequestIntake {

    /** What the applicant keeps: the code to follow the case with. */
    public record Submitted(long id, String trackingCode) {
        public String trackingCodeDisplay() {
            return TrackingCodes.display(trackingCode);
        }
    }

    private final RequestRepository cases;
    private final RequestSteps steps;
    private final ApplicantData applicantData;
    private final RequestAttachments attachments;
    private final OrganizationDirectory directory;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    RequestIntake(
            RequestRepository cases,
            RequestSteps steps,
            ApplicantData applicantData,
            RequestAttachments attachments,
            OrganizationDirectory directory,
            AccessControl access,
            AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.applicantData = applicantData;
        this.attachments = attachments;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The units a person may apply to, as the form lists them. */
    public boolean acceptsApplications(Organization unit) {
        return unit.kind().answersThePublic();
    }

    /** Whether the current staff member registers and handles the unit's applications. */
    public boolean handledByMe(Organization unit) {
        return acceptsApplications(unit) && access.can(Role.REQUEST_HANDLER, unit.id());
    }

    /** An application sent through the portal: stored as submitted, with its 查询码; nothing runs until receipt. */
    @Transactional
    public Submitted applyOnline(Application application) {
        return applyOnline(application, List.of());
    }

    /** The same, with the materials the applicant attached (an ID copy …), checked with the other fields. */
    @Transactional
    public Submitted applyOnline(Application application, List<ApplicantFile> files) {
        List<ApplicantFile> chosen = RequestAttachments.chosen(files);
        Application a = checked(application, chosen);
        Submitted submitted = store(a, IntakeChannel.ONLINE, RequestStatus.SUBMITTED, Actors.ANONYMOUS);
        attachments.store(submitted.id(), chosen, Actors.ANONYMOUS, RequestAttachment.Purpose.APPLICATION);
        cases.append(
                submitted.id(), TimelineEntry.of(TimelineKind.SUBMITTED, today()), clock.instant(), Actors.ANONYMOUS);
        audit.record("REQUEST_SUBMIT", "request:" + submitted.id(), Outcome.SUCCESS, "在线申请");
        return submitted;
    }

    /**
     * An application a handler registers from another channel, received on {@code receivedOn} by 第三十一条's rule for
     * that channel: the case starts handling at once, with its 登记编号 and deadline.
     */
    @Transactional
    public Submitted register(Application application, IntakeChannel channel, LocalDate receivedOn, String note) {
        return register(application, channel, receivedOn, note, List.of());
    }

    /** The same, with the materials handed in (scanned ID copy, a letter's enclosures …). */
    @Transactional
    public Submitted register(
            Application application,
            IntakeChannel channel,
            LocalDate receivedOn,
            String note,
            List<ApplicantFile> files) {
        access.require(Role.REQUEST_HANDLER, application.organizationId(), "REQUEST_REGISTER");
        if (channel == null) {
            throw new RuleViolation("channel", "请选择申请的提交方式（第三十一条按提交方式确定收到申请之日）。");
        }
        List<ApplicantFile> chosen = RequestAttachments.chosen(files);
        Application a = checked(application, chosen);
        LocalDate received = RequestSteps.pastOrToday("receivedOn", receivedOn, today(), "收到申请之日");
        String by = Actors.currentName();
        Submitted submitted = store(a, channel, RequestStatus.SUBMITTED, by);
        long id = submitted.id();
        attachments.store(id, chosen, by, RequestAttachment.Purpose.APPLICATION);
        cases.append(
                id,
                TimelineEntry.of(TimelineKind.REGISTERED, today()).withNote(registrationNote(channel, note)),
                clock.instant(),
                by);
        steps.confirmReceipt(cases.find(id).orElseThrow(), received);
        audit.record("REQUEST_REGISTER", "request:" + id, Outcome.SUCCESS, channel.label());
        return submitted;
    }

    /** Stores a checked application as a new case with a fresh 查询码, its personal data sealed. */
    Submitted store(Application a, IntakeChannel channel, RequestStatus status, String by) {
        String code = cases.unusedTrackingCode();
        long id = cases.insert(
                a,
                applicantData.seal(a),
                applicantData.lookup(a.idType(), a.idNumber()),
                code,
                channel,
                status,
                clock.instant(),
                by);
        return new Submitted(id, code);
    }

    /** The application and its files checked together: every error of the form in one answer. */
    private Application checked(Application a, List<ApplicantFile> files) {
        return InvalidFields.together(
                Map.of(),
                () -> checked(a),
                RequestAttachments.problems(files, 0, RequestAttachment.Purpose.APPLICATION, "attachments"));
    }

    /** The application checked, with the addressee among the fields: every error of the form in one answer. */
    private Application checked(Application a) {
        boolean addressee = directory
                .find(a.organizationId())
                .filter(this::acceptsApplications)
                .isPresent();
        String wrongUnit = "请选择受理申请的行政机关（人民政府或其工作部门、乡镇人民政府、街道办事处）。";
        return InvalidFields.together(addressee ? Map.of() : Map.of("organizationId", wrongUnit), a::checked, Map.of());
    }

    private static String registrationNote(IntakeChannel channel, String note) {
        String clean = Inputs.optional("note", note, 500);
        return channel.label() + (clean == null ? "" : "；" + clean);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
