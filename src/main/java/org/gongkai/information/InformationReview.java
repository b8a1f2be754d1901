package org.gongkai.information;

import static org.gongkai.information.InformationEditing.stale;
import static org.gongkai.information.InformationEditing.target;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review before publication (先审后发): the secrecy review (保密审查, 国务院令第711号 第十七条) by a
 * SECRECY_REVIEWER, sign-off by a SIGNER who decides finally and chooses the publication time, and
 * then publication with a 索引号 — or filing, for information that is not disclosed proactively. Also the
 * changes to published information: withdrawal and validity (国办发〔2017〕47号 “文件资料”).
 */
@Service
public class InformationReview {

    private static final Logger log = LoggerFactory.getLogger(InformationReview.class);

    private final InformationRepository records;
    private final PublishedRecords published;
    private final InformationEditing editing;
    private final ContentScan scan;
    private final IndexNumbers indexNumbers;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final PublicChanges publicChanges;
    private final Interpretations interpretations;
    private final Decisions decisions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InformationReview(
            InformationRepository records,
            PublishedRecords published,
            InformationEditing editing,
            ContentScan scan,
            IndexNumbers indexNumbers,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            PublicChanges publicChanges,
            Interpretations interpretations,
            Decisions decisions,
            TransactionTemplate transactions,
            Clock clock) {
        this.decisions = decisions;
        this.interpretations = interpretations;
        this.records = records;
        this.published = published;
        this.editing = editing;
        this.scan = scan;
        this.indexNumbers = indexNumbers;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The records waiting for the current staff member's decision (issue 14 §8): those submitted for a secrecy review in
     * a unit where they review, and those cleared for sign-off in a unit where they sign — not their own submissions;
     * oldest first, at most 50.
     */
    @Transactional(readOnly = true)
    public List<GovernmentInformation> waitingForMe() {
        List<GovernmentInformation> out = new java.util.ArrayList<>();
        // by role and submitter only, with no statement a record: who cleared a record is checked when signing
        String me = Actors.currentName();
        if (access.hasRoleAnywhere(Role.SECRECY_REVIEWER)) {
            editing.records(null, RecordStatus.SUBMITTED).stream()
                    .filter(r -> access.can(Role.SECRECY_REVIEWER, r.organizationId())
                            && !Objects.equals(r.submittedBy(), me))
                    .forEach(out::add);
        }
        if (access.hasRoleAnywhere(Role.SIGNER)) {
            editing.records(null, RecordStatus.CLEARED).stream()
                    .filter(r -> access.can(Role.SIGNER, r.organizationId()) && !Objects.equals(r.submittedBy(), me))
                    .forEach(out::add);
        }
        return out.stream()
                .sorted(java.util.Comparator.comparing(GovernmentInformation::id))
                .limit(50)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean canClear(GovernmentInformation r) {
        return r.status() == RecordStatus.SUBMITTED
                && access.can(Role.SECRECY_REVIEWER, r.organizationId())
                && separate(r, false) == null;
    }

    @Transactional(readOnly = true)
    public boolean canSignOff(GovernmentInformation r) {
        return r.status() == RecordStatus.CLEARED
                && access.can(Role.SIGNER, r.organizationId())
                && separate(r, true) == null;
    }

    /**
     * Why the current staff member may not take this decision on the record, or null: the submitter, the secrecy
     * reviewer and the signer of one submission are three different people (issue 9 §9), even when one person
     * holds both review roles in the unit.
     */
    private String separate(GovernmentInformation r, boolean signOff) {
        String me = Actors.currentName();
        if (Objects.equals(r.submittedBy(), me)) {
            return signOff ? "您提交了这条信息，不能再签发它（提交、保密审查和签发须由不同人员担任）。" : "您提交了这条信息，不能再对它进行保密审查（提交、保密审查和签发须由不同人员担任）。";
        }
        if (signOff
                && Objects.equals(
                        records.lastDecider(r.id(), ReviewDecision.Step.SECRECY, ReviewDecision.Verdict.APPROVED)
                                .orElse(null),
                        me)) {
            return "您已对这条信息进行了保密审查，不能再签发它（保密审查和签发须由不同人员担任）。";
        }
        return null;
    }

    /**
     * The checks before a review decision, in the order that tells the truth: no role is a refusal (audited); a
     * record another reviewer has already moved on is stale, not a refusal (issue 9 §23); then the separation.
     */
    private void requireDecision(
            GovernmentInformation r, Role role, RecordStatus expected, boolean signOff, String action) {
        if (!access.can(role, r.organizationId())) {
            access.deny(action, target(r.id()));
        }
        if (r.status() != expected) {
            throw stale();
        }
        String why = separate(r, signOff);
        if (why != null) {
            throw new RuleViolation(why);
        }
    }

    @Transactional(readOnly = true)
    public boolean canWithdraw(GovernmentInformation r) {
        return r.isPublic() && access.can(Role.SIGNER, r.organizationId());
    }

    @Transactional(readOnly = true)
    public boolean canChangeValidity(GovernmentInformation r) {
        return r.isPublic() && access.canAny(EnumSet.of(Role.EDITOR, Role.SUPERVISOR), r.organizationId());
    }

    /** 保密审查: cleared for sign-off, or returned to the editor with what to change. */
    @Transactional
    public void secrecyReview(long id, int lockVersion, boolean approve, String comment) {
        GovernmentInformation r = editing.find(id);
        requireDecision(r, Role.SECRECY_REVIEWER, RecordStatus.SUBMITTED, false, "INFORMATION_SECRECY_REVIEW");
        String clean = decisionComment(approve, comment);
        InformationMove move = InformationMove.secrecyReview(approve);
        if (!records.move(id, lockVersion, move)) {
            throw stale();
        }
        records.review(id, move.step(), move.verdict(), clean, Actors.currentName(), clock.instant());
        audit.record(
                "INFORMATION_SECRECY_REVIEW",
                target(id),
                Outcome.SUCCESS,
                (approve ? "通过" : "退回") + (clean == null ? "" : "：" + clean));
    }

    /**
     * 签发: approved records are published at {@code publishAt} (now when null) if proactive, or filed if not;
     * returned ones go back to the editor. A policy that needs interpretation is signed off with its interpretations
     * that passed the secrecy review, and they publish together (三同步, {@link Interpretations#toSignWith}).
     */
    @Transactional
    public void signOff(long id, int lockVersion, boolean approve, String comment, Instant publishAt) {
        GovernmentInformation r = editing.find(id);
        requireDecision(r, Role.SIGNER, RecordStatus.CLEARED, true, "INFORMATION_SIGN_OFF");
        String clean = decisionComment(approve, comment);
        Instant now = clock.instant();
        if (!approve) {
            InformationMove move = InformationMove.signOff(false, false);
            if (!records.move(id, lockVersion, move)) {
                throw stale();
            }
            records.review(id, move.step(), move.verdict(), clean, Actors.currentName(), now);
            audit.record("INFORMATION_SIGN_OFF", target(id), Outcome.SUCCESS, "退回：" + clean);
            return;
        }
        if (scan.refresh(id) > 0) {
            throw new RuleViolation("签发前的扫描发现尚未处理的个人信息或错敏表述，请退回编辑处理。");
        }
        boolean proactive = r.attribute() == DisclosureAttribute.PROACTIVE;
        boolean later = proactive && publishAt != null && publishAt.isAfter(now);
        if (proactive && publishAt != null && !later) {
            throw new RuleViolation("publishAt", "定时发布的时间须晚于现在；要立即发布请不填时间。");
        }
        decisions.checkPublishable(r);
        List<GovernmentInformation> companions = interpretations.toSignWith(r);
        for (GovernmentInformation c : companions) {
            requireDecision(c, Role.SIGNER, RecordStatus.CLEARED, true, "INFORMATION_SIGN_OFF");
            if (scan.refresh(c.id()) > 0) {
                throw new RuleViolation("解读材料《" + c.title() + "》签发前的扫描发现尚未处理的个人信息或错敏表述，请将其退回编辑处理。");
            }
        }
        approve(r, lockVersion, clean, publishAt, later, now, "");
        for (GovernmentInformation c : companions) {
            approve(c, c.lockVersion(), "与《" + r.title() + "》同步签发", publishAt, later, now, "（与文件同步签发）");
        }
    }

    /** An approved sign-off of a checked record: scheduled, published now, or filed. */
    private void approve(
            GovernmentInformation r,
            int lockVersion,
            String comment,
            Instant publishAt,
            boolean later,
            Instant now,
            String note) {
        boolean proactive = r.attribute() == DisclosureAttribute.PROACTIVE;
        // Immediate publication passes through SCHEDULED inside this transaction; nobody sees it there.
        InformationMove move = InformationMove.signOff(true, proactive);
        if (!records.move(r.id(), lockVersion, move)) {
            throw stale();
        }
        records.review(r.id(), move.step(), move.verdict(), comment, Actors.currentName(), now);
        audit.record(
                "INFORMATION_SIGN_OFF",
                target(r.id()),
                Outcome.SUCCESS,
                (!proactive ? "签发（" + r.attribute().label() + "，不主动公开）" : later ? "签发，定时发布于 " + publishAt : "签发并发布")
                        + note);
        if (later) {
            records.scheduled(r.id(), publishAt);
        } else if (proactive) {
            publish(editing.find(r.id()), now);
        }
    }

    /**
     * Publishes what was signed off for a time that has come; run every few seconds on one node at a time
     * ({@link ScheduledPublication}). Each record is published in its own transaction, guarded by its state.
     */
    public void publishDue() {
        for (Long id : records.scheduledBefore(clock.instant())) {
            try {
                transactions.executeWithoutResult(tx -> {
                    GovernmentInformation r = editing.find(id);
                    if (r.status() == RecordStatus.SCHEDULED
                            && r.scheduledAt() != null
                            && !r.scheduledAt().isAfter(clock.instant())) {
                        publish(r, clock.instant());
                    }
                });
            } catch (RuntimeException e) {
                log.error("定时发布失败：information:{}", id, e);
            }
        }
    }

    private void publish(GovernmentInformation r, Instant at) {
        Organization unit = directory.find(r.organizationId()).orElseThrow();
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        if (r.formedDate().isAfter(day)) {
            throw new RuleViolation("formedDate", "形成日期（" + r.formedDate() + "）晚于发布日期（" + day + "），请核对。");
        }
        String number = r.indexNumber() != null ? r.indexNumber() : indexNumbers.next(unit, day);
        int revision = r.publishedRevision() == null ? 1 : r.publishedRevision() + 1;
        String by = Actors.currentName();
        records.insertRevision(r.id(), revision, at, by);
        InformationMove move = InformationMove.PUBLISH;
        move.check(r.status());
        if (!records.published(r.id(), r.lockVersion(), RecordStatus.SCHEDULED, number, revision, at)) {
            throw stale();
        }
        records.review(
                r.id(),
                move.step(),
                move.verdict(),
                "索引号 " + number + (revision > 1 ? "，第 " + revision + " 版" : ""),
                by,
                at);
        audit.record(
                "INFORMATION_PUBLISH",
                target(r.id()),
                Outcome.SUCCESS,
                number + " " + r.title() + (revision > 1 ? "（更正，第 " + revision + " 版）" : ""));
        publicChanges.changed(new PublicInformationChanged.InformationPublished(r.id(), revision));
        linksChanged(r, revision, revision > 1 ? revision - 1 : null);
    }

    /**
     * Tells the pages linked to this record as interpretation and policy that the link changed: for an interpretation,
     * the records its new and old revisions explain; for a policy, its public interpretations (they show its title).
     */
    private void linksChanged(GovernmentInformation r, Integer revision, Integer previous) {
        java.util.Set<Long> linked = new java.util.TreeSet<>();
        if (r.isInterpretation()) {
            for (Integer v : java.util.Arrays.asList(revision, previous)) {
                if (v != null) {
                    linked.addAll(records.explained(r.id(), v));
                }
            }
        } else {
            published.interpretationsOf(r.id()).forEach(i -> linked.add(i.recordId()));
        }
        for (long other : linked) {
            publicChanges.changed(new PublicInformationChanged.InterpretationLinkChanged(other, r.id()));
        }
    }

    /** Takes published information off the portal, the search index and the feeds; the reason stays internal. */
    @Transactional
    public void withdraw(long id, int lockVersion, String reason) {
        GovernmentInformation r = editing.find(id);
        if (!access.can(Role.SIGNER, r.organizationId())) {
            access.deny("INFORMATION_WITHDRAW", target(id));
        }
        if (!r.isPublic() || r.lockVersion() != lockVersion) {
            // withdrawn meanwhile, or changed since the signer's page was shown: not a refusal (issue 9 §23)
            throw stale();
        }
        String clean = Texts.clean(reason);
        if (clean == null) {
            throw new RuleViolation("reason", "撤回须写明理由（仅内部可见）。");
        }
        if (clean.length() > 2000) {
            throw new RuleViolation("reason", "理由不能超过 2000 字。");
        }
        if (!records.withdrawn(id, lockVersion, clean, Actors.currentName(), clock.instant())) {
            throw stale();
        }
        records.review(
                id,
                InformationMove.WITHDRAW.step(),
                InformationMove.WITHDRAW.verdict(),
                clean,
                Actors.currentName(),
                clock.instant());
        audit.record("INFORMATION_WITHDRAW", target(id), Outcome.SUCCESS, r.indexNumber() + "：" + clean);
        publicChanges.changed(new PublicInformationChanged.InformationWithdrawn(id));
        linksChanged(r, r.publishedRevision(), null);
    }

    /**
     * Marks published information 有效 / 已修改 / 已失效 / 已废止 with the date, and for amendment and repeal
     * the published record that did it; the portal marks the original and links both ways.
     */
    @Transactional
    public void changeValidity(long id, int lockVersion, Validity validity, LocalDate date, String relatedIndexNumber) {
        GovernmentInformation r = editing.find(id);
        if (!canChangeValidity(r)) {
            access.deny("INFORMATION_VALIDITY", target(id));
        }
        if (validity == null) {
            throw new RuleViolation("validity", "请选择有效性。");
        }
        if (validity != Validity.EFFECTIVE && date == null) {
            throw new RuleViolation("validityDate", "请填写" + validity.label().replace("已", "") + "的日期。");
        }
        if (validity != Validity.EFFECTIVE && date.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation(
                    "validityDate", validity.label().replace("已", "") + "日期不能晚于今天；" + "到期后再标记，或发布新文件时再标记原文件。");
        }
        if (validity != Validity.EFFECTIVE && date.isBefore(InformationEditing.EARLIEST_DATE)) {
            throw new RuleViolation("validityDate", "日期不能早于 " + InformationEditing.EARLIEST_DATE + "，请核对年份。");
        }
        Long related = null;
        String number = Texts.clean(relatedIndexNumber);
        if (validity.needsRelatedRecord()) {
            if (number == null) {
                throw new RuleViolation(
                        "relatedIndexNumber", "请填写" + (validity == Validity.AMENDED ? "修改" : "废止") + "该文件的信息的索引号。");
            }
            related = records.idByIndexNumber(number)
                    .filter(other -> published.relatedRecord(other).isPresent())
                    .orElseThrow(() -> new RuleViolation("relatedIndexNumber", "索引号为“" + number + "”的已发布信息不存在，请核对。"));
            if (related == id) {
                throw new RuleViolation("relatedIndexNumber", "不能填写本信息自己的索引号。");
            }
        }
        if (!records.validity(id, lockVersion, validity, validity == Validity.EFFECTIVE ? null : date, related)) {
            throw stale();
        }
        String detail = validity.label()
                + (date == null || validity == Validity.EFFECTIVE ? "" : "，" + date)
                + (number == null || related == null ? "" : "，见 " + number);
        records.review(
                id,
                ReviewDecision.Step.VALIDITY,
                ReviewDecision.Verdict.DONE,
                detail,
                Actors.currentName(),
                clock.instant());
        audit.record("INFORMATION_VALIDITY", target(id), Outcome.SUCCESS, detail);
        publicChanges.changed(new PublicInformationChanged.InformationValidityChanged(id, validity));
        if (related != null) {
            publicChanges.changed(new PublicInformationChanged.AmendedRecordMarked(related, id));
        }
    }

    private static String decisionComment(boolean approve, String comment) {
        String clean = Texts.clean(comment);
        if (!approve && clean == null) {
            throw new RuleViolation("comment", "退回时请写明需要修改的内容。");
        }
        if (clean != null && clean.length() > 2000) {
            throw new RuleViolation("comment", "意见不能超过 2000 字。");
        }
        return clean;
    }
}
