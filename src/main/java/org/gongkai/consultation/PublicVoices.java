package org.gongkai.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.information.PublicInformation;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回应关切 (issue 15 §11) and 列席 (§9): an editor of the unit writes the response to a public concern — linked to the
 * public records, consultation and answered inquiry it concerns — or the record of a meeting citizens attended; a
 * signer publishes it (先审后发). Published, they are public pages; the consultation's page shows its responses.
 */
@Service
public class PublicVoices {

    static final int MAX_LINKS = 20;

    private final PublicVoiceRepository repository;
    private final ConsultationRepository consultations;
    private final InquiryRepository inquiries;
    private final PublicInformation information;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    PublicVoices(
            PublicVoiceRepository repository,
            ConsultationRepository consultations,
            InquiryRepository inquiries,
            PublicInformation information,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.consultations = consultations;
        this.inquiries = inquiries;
        this.information = information;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    private static List<String> lines(String field, String value, int maxLines, int maxLine, String label) {
        List<String> lines = Consultation.paragraphs(Texts.required(field, value, maxLines * (maxLine + 1), label));
        if (lines.size() > maxLines) {
            throw new RuleViolation(field, label + "最多 " + maxLines + " 行（现为 " + lines.size() + " 行）。");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > maxLine) {
                throw new RuleViolation(field, label + "第 " + (i + 1) + " 行不能超过 " + maxLine + " 字。");
            }
        }
        return lines;
    }

    private OrganizationScope scope() {
        return access.scope(Consultations.STAFF);
    }

    public boolean canDraft(long organizationId) {
        return access.can(Role.EDITOR, organizationId);
    }

    public boolean canPublish(long organizationId) {
        return access.can(Role.SIGNER, organizationId);
    }

    // --- 回应关切 --------------------------------------------------------------------------------------------------

    /** What an editor writes: the record links as typed index numbers, one per line. */
    public record ResponseDraft(
            String title,
            String concern,
            String source,
            String responseText,
            String recordIndexNumbers,
            Long consultationId,
            Long inquiryId) {}

    @Transactional
    public long createResponse(long organizationId, ResponseDraft d) {
        access.require(Role.EDITOR, organizationId, "RESPONSE_CREATE");
        directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        String title = Texts.required("title", d.title(), 300, "标题");
        String concern = Texts.required("concern", d.concern(), Consultations.MAX_TEXT, "公众关切的问题");
        String source = Texts.required("source", d.source(), 100, "关切来源（如网民留言、媒体报道、人大代表建议）");
        String response = Texts.required("responseText", d.responseText(), Consultations.MAX_DRAFT, "回应内容");
        List<String> records = new ArrayList<>();
        String typed = Texts.clean(d.recordIndexNumbers());
        if (typed != null) {
            for (String n : new LinkedHashSet<>(lines("recordIndexNumbers", typed, MAX_LINKS, 100, "相关文件索引号"))) {
                try {
                    information.byIndexNumber(n, null);
                } catch (NotFound e) {
                    throw new RuleViolation("recordIndexNumbers", "索引号“" + n + "”不是已公开的政府信息，请核对。");
                }
                records.add(n);
            }
        }
        if (d.consultationId() != null
                && consultations
                        .find(d.consultationId())
                        .filter(Consultation::isPublic)
                        .isEmpty()) {
            throw new RuleViolation("consultationId", "征求意见 " + d.consultationId() + " 不存在或尚未发布。");
        }
        if (d.inquiryId() != null
                && inquiries.find(d.inquiryId()).filter(Inquiry::published).isEmpty()) {
            throw new RuleViolation("inquiryId", "留言 " + d.inquiryId() + " 不存在或未公开。");
        }
        long id = repository.insertResponse(
                organizationId,
                new ConcernResponse(
                        0,
                        organizationId,
                        title,
                        concern,
                        source,
                        response,
                        records,
                        d.consultationId(),
                        d.inquiryId(),
                        false,
                        null,
                        0),
                clock.instant(),
                Actors.currentName());
        audit.record("RESPONSE_CREATE", "response:" + id, Outcome.SUCCESS, title);
        return id;
    }

    @Transactional
    public void publishResponse(long id, int version) {
        ConcernResponse r = repository.response(id).orElseThrow(() -> new NotFound("该回应不存在。"));
        access.require(Role.SIGNER, r.organizationId(), "RESPONSE_PUBLISH");
        if (r.published()) {
            throw new RuleViolation("已发布。");
        }
        if (!repository.publishResponse(id, version, clock.instant())) {
            throw RuleViolation.changedMeanwhile("该记录");
        }
        audit.record("RESPONSE_PUBLISH", "response:" + id, Outcome.SUCCESS, r.title());
    }

    @Transactional(readOnly = true)
    public List<ConcernResponse> myResponses() {
        OrganizationScope s = scope();
        return repository.responses(s.filter(), false, Consultations.LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<ConcernResponse> publishedResponses() {
        return repository.responses(null, true, Consultations.LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public ConcernResponse publishedResponse(long id) {
        return repository.response(id).filter(ConcernResponse::published).orElseThrow(() -> new NotFound("该回应不存在。"));
    }

    @Transactional(readOnly = true)
    public List<ConcernResponse> responsesTo(long consultationId) {
        return repository.responsesToConsultation(consultationId);
    }

    /** A linked record's title, for the response's page. */
    public String recordTitle(String indexNumber) {
        try {
            return information.byIndexNumber(indexNumber, null).title();
        } catch (NotFound e) {
            return null; // withdrawn since: the link is not shown
        }
    }

    // --- 列席 -----------------------------------------------------------------------------------------------------

    public record AttendanceDraft(
            String meeting, Instant heldAt, String topics, String invitation, String attendees, String opinions) {}

    @Transactional
    public long createAttendance(long organizationId, AttendanceDraft d) {
        access.require(Role.EDITOR, organizationId, "ATTENDANCE_CREATE");
        directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        String meeting = Texts.required("meeting", d.meeting(), 300, "会议名称");
        if (d.heldAt() == null) {
            throw new RuleViolation("heldAt", "请填写会议时间。");
        }
        List<String> topics = lines("topics", d.topics(), 50, 300, "会议议题");
        String invitation = Texts.required("invitation", d.invitation(), 2000, "邀请方式（如何产生列席人员）");
        List<String> attendees = lines("attendees", d.attendees(), 200, 200, "列席人员");
        String opinions = Texts.optional("opinions", d.opinions(), Consultations.MAX_TEXT, "列席人员意见及采纳情况");
        long id = repository.insertAttendance(
                organizationId,
                new MeetingAttendance(
                        0,
                        organizationId,
                        meeting,
                        d.heldAt(),
                        topics,
                        invitation,
                        attendees,
                        opinions,
                        false,
                        null,
                        0),
                clock.instant(),
                Actors.currentName());
        audit.record("ATTENDANCE_CREATE", "attendance:" + id, Outcome.SUCCESS, meeting);
        return id;
    }

    /** Published once the meeting was held: who attended is a fact of the meeting. */
    @Transactional
    public void publishAttendance(long id, int version) {
        MeetingAttendance a = repository.attendance(id).orElseThrow(() -> new NotFound("该列席记录不存在。"));
        access.require(Role.SIGNER, a.organizationId(), "ATTENDANCE_PUBLISH");
        if (a.published()) {
            throw new RuleViolation("已发布。");
        }
        if (clock.instant().isBefore(a.heldAt())) {
            throw new RuleViolation("会议尚未召开，召开后再公布列席情况。");
        }
        if (!repository.publishAttendance(id, version, clock.instant())) {
            throw RuleViolation.changedMeanwhile("该记录");
        }
        audit.record("ATTENDANCE_PUBLISH", "attendance:" + id, Outcome.SUCCESS, a.meeting());
    }

    @Transactional(readOnly = true)
    public List<MeetingAttendance> myAttendances() {
        OrganizationScope s = scope();
        return repository.attendances(s.filter(), false, Consultations.LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<MeetingAttendance> publishedAttendances() {
        return repository.attendances(null, true, Consultations.LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public MeetingAttendance publishedAttendance(long id) {
        return repository
                .attendance(id)
                .filter(MeetingAttendance::published)
                .orElseThrow(() -> new NotFound("该列席记录不存在。"));
    }
}
