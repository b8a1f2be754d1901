package org.gongkai.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
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
 * 听证 (国务院令第713号 第十六条; issue 15 §7). An editor drafts the announcement; a signer publishes it in advance with
 * the draft, the time and place and the rules for choosing participants; the editor enters the participants and a
 * signer publishes the list before the hearing; the editor records the day the materials reached the participants,
 * which must be at least 7 days before the hearing (or the hearing is rescheduled, its reason published); after the
 * hearing a signer publishes its record.
 */
@Service
public class Hearings {

    static final int MAX_PARTICIPANTS = 500;
    static final int MAX_PARTICIPANT_LINE = 200;

    private final HearingRepository repository;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    Hearings(
            HearingRepository repository,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    private static String target(long id) {
        return "hearing:" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    private Hearing load(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("该听证不存在。"));
    }

    private void apply(Hearing h, HearingMove move, Map<String, Object> set) {
        move.check(h.status());
        if (!repository.move(h.id(), h.version(), h.status(), move, set)) {
            throw RuleViolation.changedMeanwhile("该听证");
        }
    }

    // --- staff ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Hearing find(long id) {
        Hearing h = load(id);
        access.requireAny(Consultations.STAFF, h.organizationId(), "HEARING_READ");
        return h;
    }

    @Transactional(readOnly = true)
    public List<Hearing> mine() {
        OrganizationScope scope = access.scope(Consultations.STAFF);
        return repository.ofUnits(scope.filter(), Consultations.LIST_LIMIT);
    }

    public boolean canDraft(long organizationId) {
        return access.can(Role.EDITOR, organizationId);
    }

    public boolean canPublish(long organizationId) {
        return access.can(Role.SIGNER, organizationId);
    }

    static HearingDraft validate(HearingDraft d) {
        if (d == null) {
            throw new RuleViolation("请填写听证公告的内容。");
        }
        if (d.heldAt() == null) {
            throw new RuleViolation("heldAt", "请填写听证时间。");
        }
        return new HearingDraft(
                Texts.required("title", d.title(), 300, "听证事项"),
                Texts.required("draftText", d.draftText(), Consultations.MAX_DRAFT, "决策草案"),
                Texts.optional("explanation", d.explanation(), Consultations.MAX_TEXT, "草案说明"),
                d.heldAt(),
                Texts.required("place", d.place(), 300, "听证地点"),
                Texts.required("selectionRules", d.selectionRules(), 4000, "听证参加人遴选办法"),
                Texts.optional("howToApply", d.howToApply(), Consultations.MAX_LINE, "报名方式"));
    }

    @Transactional
    public long create(long organizationId, HearingDraft draft) {
        access.require(Role.EDITOR, organizationId, "HEARING_CREATE");
        directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        HearingDraft clean = validate(draft);
        long id = repository.insert(organizationId, clean, clock.instant(), Actors.currentName());
        audit.record("HEARING_CREATE", target(id), Outcome.SUCCESS, clean.title());
        return id;
    }

    @Transactional
    public void update(long id, int version, HearingDraft draft) {
        Hearing h = load(id);
        access.require(Role.EDITOR, h.organizationId(), "HEARING_UPDATE");
        HearingDraft d = validate(draft);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("title", d.title());
        set.put("draft_text", d.draftText());
        set.put("explanation", d.explanation());
        set.put("held_at", d.heldAt());
        set.put("place", d.place());
        set.put("selection_rules", d.selectionRules());
        set.put("how_to_apply", d.howToApply());
        apply(at(h, version), HearingMove.EDIT, set);
        audit.record("HEARING_UPDATE", target(id), Outcome.SUCCESS, d.title());
    }

    /** The hearing as the form saw it: a stale version makes the guarded write fail. */
    private static Hearing at(Hearing h, int version) {
        return new Hearing(
                h.id(),
                h.organizationId(),
                h.title(),
                h.draftText(),
                h.explanation(),
                h.heldAt(),
                h.place(),
                h.selectionRules(),
                h.howToApply(),
                h.status(),
                h.announcedAt(),
                h.participants(),
                h.participantsPublishedAt(),
                h.materialsSentOn(),
                h.rescheduledReason(),
                h.recordText(),
                h.recordPublishedAt(),
                h.createdAt(),
                h.createdBy(),
                version);
    }

    /** The latest day the materials can still reach the participants in time must not have passed. */
    private void checkTimeLeft(Instant heldAt, String what) {
        LocalDate heldOn = LocalDate.ofInstant(heldAt, clock.getZone());
        LocalDate dueBy = heldOn.minusDays(Hearing.MATERIALS_DAYS_BEFORE);
        if (dueBy.isBefore(today())) {
            throw new RuleViolation(
                    "heldAt",
                    what + "听证时间为 " + heldOn + "，听证材料须至少在 7 日前（" + dueBy + " 以前）送达参加人（国务院令第713号 第十六条），已来不及："
                            + "请把听证时间改在 " + today().plusDays(Hearing.MATERIALS_DAYS_BEFORE) + " 或以后。");
        }
    }

    /** 发布听证公告: a signer publishes the announcement, early enough for the materials to reach participants. */
    @Transactional
    public void announce(long id, int version) {
        Hearing h = load(id);
        access.require(Role.SIGNER, h.organizationId(), "HEARING_ANNOUNCE");
        validate(new HearingDraft(
                h.title(), h.draftText(), h.explanation(), h.heldAt(), h.place(), h.selectionRules(), h.howToApply()));
        checkTimeLeft(h.heldAt(), "");
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("announced_at", clock.instant());
        set.put("announced_by", Actors.currentName());
        apply(at(h, version), HearingMove.ANNOUNCE, set);
        audit.record("HEARING_ANNOUNCE", target(id), Outcome.SUCCESS, h.title() + "，" + h.heldOn(clock.getZone()));
    }

    /** The participants, one per line (姓名（单位或身份）), as chosen under the published rules. */
    @Transactional
    public void setParticipants(long id, int version, String participants) {
        Hearing h = load(id);
        access.require(Role.EDITOR, h.organizationId(), "HEARING_PARTICIPANTS");
        String text = Texts.required("participants", participants, MAX_PARTICIPANTS * MAX_PARTICIPANT_LINE, "听证参加人");
        List<String> lines = Consultation.paragraphs(text);
        if (lines.size() > MAX_PARTICIPANTS) {
            throw new RuleViolation("participants", "听证参加人最多 " + MAX_PARTICIPANTS + " 人（现为 " + lines.size() + " 人）。");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_PARTICIPANT_LINE) {
                throw new RuleViolation(
                        "participants", "第 " + (i + 1) + " 行过长：每行一人，写姓名和单位或身份，不超过 " + MAX_PARTICIPANT_LINE + " 字。");
            }
        }
        apply(at(h, version), HearingMove.SET_PARTICIPANTS, Map.of("participants", String.join("\n", lines)));
        audit.record("HEARING_PARTICIPANTS", target(id), Outcome.SUCCESS, lines.size() + " 人");
    }

    /** 公布听证参加人名单: before the hearing day (第十六条 “听证参加人名单应当提前向社会公布”). */
    @Transactional
    public void publishParticipants(long id, int version) {
        Hearing h = load(id);
        access.require(Role.SIGNER, h.organizationId(), "HEARING_PARTICIPANTS_PUBLISH");
        HearingMove.PUBLISH_PARTICIPANTS.check(h.status());
        if (h.participantList().isEmpty()) {
            throw new RuleViolation("请先填写听证参加人，再公布名单。");
        }
        LocalDate heldOn = h.heldOn(clock.getZone());
        if (!today().isBefore(heldOn)) {
            throw new RuleViolation("听证参加人名单应当在听证前公布；听证日（" + heldOn + "）已到，请改期后再公布。");
        }
        apply(at(h, version), HearingMove.PUBLISH_PARTICIPANTS, Map.of("participants_published_at", clock.instant()));
        audit.record(
                "HEARING_PARTICIPANTS_PUBLISH",
                target(id),
                Outcome.SUCCESS,
                h.participantList().size() + " 人");
    }

    /** The day the materials reached the participants: not in the future, and at least 7 days before the hearing. */
    @Transactional
    public void recordMaterials(long id, int version, LocalDate sentOn) {
        Hearing h = load(id);
        access.require(Role.EDITOR, h.organizationId(), "HEARING_MATERIALS");
        HearingMove.RECORD_MATERIALS.check(h.status());
        if (sentOn == null) {
            throw new RuleViolation("materialsSentOn", "请填写听证材料送达参加人的日期。");
        }
        if (sentOn.isAfter(today())) {
            throw new RuleViolation("materialsSentOn", "送达日期（" + sentOn + "）不能晚于今天，请在送达后登记。");
        }
        LocalDate dueBy = h.materialsDueBy(clock.getZone());
        if (sentOn.isAfter(dueBy)) {
            throw new RuleViolation(
                    "materialsSentOn",
                    "材料于 " + sentOn + " 送达，距听证（" + h.heldOn(clock.getZone()) + "）不足 7 日（国务院令第713号 第十六条须在 " + dueBy
                            + " 以前送达）：请将听证改期至 " + sentOn.plusDays(Hearing.MATERIALS_DAYS_BEFORE) + " 或以后，并公布改期理由。");
        }
        apply(at(h, version), HearingMove.RECORD_MATERIALS, Map.of("materials_sent_on", sentOn));
        audit.record("HEARING_MATERIALS", target(id), Outcome.SUCCESS, "材料送达 " + sentOn);
    }

    /** 改期: a signer moves the hearing, with a reason published beside the new time. */
    @Transactional
    public void reschedule(long id, int version, Instant heldAt, String reason) {
        Hearing h = load(id);
        access.require(Role.SIGNER, h.organizationId(), "HEARING_RESCHEDULE");
        HearingMove.RESCHEDULE.check(h.status());
        if (heldAt == null) {
            throw new RuleViolation("heldAt", "请填写新的听证时间。");
        }
        String why = Texts.required("reason", reason, Consultations.MAX_LINE, "改期理由");
        LocalDate newDueBy = LocalDate.ofInstant(heldAt, clock.getZone()).minusDays(Hearing.MATERIALS_DAYS_BEFORE);
        if (h.materialsSentOn() == null || h.materialsSentOn().isAfter(newDueBy)) {
            checkTimeLeft(heldAt, "改期后");
        }
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("held_at", heldAt);
        set.put("rescheduled_reason", why);
        apply(at(h, version), HearingMove.RESCHEDULE, set);
        audit.record(
                "HEARING_RESCHEDULE",
                target(id),
                Outcome.SUCCESS,
                h.heldOn(clock.getZone()) + " → " + LocalDate.ofInstant(heldAt, clock.getZone()) + "：" + why);
    }

    /**
     * 公布听证记录: after the hearing, a signer publishes its record — only for a hearing held as 第十六条 requires: the
     * participants published before it and the materials with them 7 days before.
     */
    @Transactional
    public void publishRecord(long id, int version, String record) {
        Hearing h = load(id);
        access.require(Role.SIGNER, h.organizationId(), "HEARING_RECORD");
        HearingMove.PUBLISH_RECORD.check(h.status());
        String text = Texts.required("record", record, Consultations.MAX_DRAFT, "听证记录");
        if (clock.instant().isBefore(h.heldAt())) {
            throw new RuleViolation("听证尚未举行（" + h.heldOn(clock.getZone()) + "），举行后再公布听证记录。");
        }
        if (h.materialsSentOn() == null) {
            throw new RuleViolation("materialsSentOn", "尚未登记听证材料送达参加人的日期，请先登记。");
        }
        if (h.materialsSentOn().isAfter(h.materialsDueBy(clock.getZone()))) {
            throw new RuleViolation(
                    "materialsSentOn", "听证材料于 " + h.materialsSentOn() + " 送达，距听证不足 7 日，不符合第十六条，请重新组织听证。");
        }
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("record_text", text);
        set.put("record_published_at", clock.instant());
        apply(at(h, version), HearingMove.PUBLISH_RECORD, set);
        audit.record("HEARING_RECORD", target(id), Outcome.SUCCESS, h.title());
    }

    /** A hearing held before the platform was used, as it was published then. */
    public record Held(
            HearingDraft draft,
            Instant announcedAt,
            String participants,
            Instant participantsPublishedAt,
            LocalDate materialsSentOn,
            String record,
            Instant recordPublishedAt) {}

    /**
     * The supervising office brings in a hearing held before the platform, with its dates checked against 第十六条: the
     * list published before the hearing, the materials 7 days before it, the record after it.
     */
    @Transactional
    public long importHeld(long organizationId, Held held) {
        access.require(Role.SUPERVISOR, organizationId, "HEARING_IMPORT");
        HearingDraft d = validate(held.draft());
        ZoneId zone = clock.getZone();
        LocalDate heldOn = LocalDate.ofInstant(d.heldAt(), zone);
        if (held.announcedAt() == null
                || held.participantsPublishedAt() == null
                || held.materialsSentOn() == null
                || held.recordPublishedAt() == null) {
            throw new RuleViolation("请填写公告、名单公布、材料送达和记录公布的日期。");
        }
        if (!held.recordPublishedAt().isBefore(clock.instant())
                || held.recordPublishedAt().isBefore(d.heldAt())) {
            throw new RuleViolation("只能导入已经举行并公布记录的听证。");
        }
        if (!LocalDate.ofInstant(held.participantsPublishedAt(), zone).isBefore(heldOn)
                || held.materialsSentOn().isAfter(heldOn.minusDays(Hearing.MATERIALS_DAYS_BEFORE))
                || held.announcedAt().isAfter(held.participantsPublishedAt())) {
            throw new RuleViolation("该听证的日期不符合第十六条（名单须在听证前公布，材料须在 7 日前送达），不能作为已举行的听证导入。");
        }
        String participants =
                Texts.required("participants", held.participants(), MAX_PARTICIPANTS * MAX_PARTICIPANT_LINE, "听证参加人");
        String record = Texts.required("record", held.record(), Consultations.MAX_DRAFT, "听证记录");
        long id = repository.insertHeld(
                organizationId,
                new Held(
                        d,
                        held.announcedAt(),
                        participants,
                        held.participantsPublishedAt(),
                        held.materialsSentOn(),
                        record,
                        held.recordPublishedAt()),
                Actors.currentName(),
                clock.instant());
        audit.record("HEARING_IMPORT", target(id), Outcome.SUCCESS, d.title() + "，" + heldOn);
        return id;
    }

    // --- public --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Hearing> published() {
        return repository.published(Consultations.LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public Hearing publicHearing(long id) {
        return repository.find(id).filter(Hearing::isPublic).orElseThrow(() -> new NotFound("该听证不存在。"));
    }

    public LocalDate day() {
        return today();
    }
}
