package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.gongkai.shared.crypto.KeyRing;
import org.gongkai.shared.crypto.SecretBox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public consultation on drafts (公开征求意见, 国务院令第713号 第十五条; issue 15 §4–5). An editor of the unit drafts it; a
 * signer publishes it (先审后发) with a period of at least 30 calendar days, or a shorter one with its published reason;
 * the public comments while it is open; the unit's editors moderate every comment before it is public (personal
 * information masked, abuse withheld with a reason); after the period an editor writes the 意见采纳情况 and a signer
 * publishes it — only then may the decision's record that names the consultation be published
 * ({@link org.gongkai.shared.DecisionConsultations}).
 */
@Service
public class Consultations {

    static final Set<Role> STAFF = EnumSet.of(Role.EDITOR, Role.SECRECY_REVIEWER, Role.SIGNER, Role.SUPERVISOR);
    static final int MAX_DRAFT = 100_000;
    static final int MAX_TEXT = 20_000;
    static final int MAX_LINE = 2000;
    static final int MAX_COMMENT = 2000;
    static final int MAX_NAME = 50;
    static final int MAX_CONTACT = 100;
    /** Comments one consultation takes; beyond it the unit is asked to gather them another way. */
    static final int MAX_COMMENTS = 20_000;

    static final int MAX_FEEDBACK_ITEMS = 100;
    /** The longest period: a year. */
    static final int MAX_DAYS = 366;

    static final int LIST_LIMIT = 200;
    static final int MODERATION_LIMIT = 500;

    private final ConsultationRepository repository;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final SecretBox contacts;
    private final Clock clock;

    Consultations(
            ConsultationRepository repository,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            KeyRing keys,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.contacts = SecretBox.forPurpose(keys, "consultation-contact");
        this.clock = clock;
    }

    private static String target(long id) {
        return "consultation:" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Consultation load(long id) {
        return repository.find(id).orElseThrow(() -> new NotFound("该征求意见不存在。"));
    }

    /** A consultation the public may see: anything but a draft. */
    private Consultation loadPublic(long id) {
        return repository.find(id).filter(Consultation::isPublic).orElseThrow(() -> new NotFound("该征求意见不存在。"));
    }

    private Comment commentOf(long id, long commentId) {
        return repository
                .comment(commentId)
                .filter(x -> x.consultationId() == id)
                .orElseThrow(() -> new NotFound("该意见不存在。"));
    }

    // --- staff ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Consultation find(long id) {
        Consultation c = load(id);
        access.requireAny(STAFF, c.organizationId(), "CONSULTATION_READ");
        return c;
    }

    /** The consultations of the units the staff member works for, newest first. */
    @Transactional(readOnly = true)
    public List<Consultation> mine() {
        OrganizationScope scope = access.scope(STAFF);
        return scope.all() ? repository.all(LIST_LIMIT) : repository.ofUnits(scope.organizationIds(), LIST_LIMIT);
    }

    public boolean canDraft(long organizationId) {
        return access.can(Role.EDITOR, organizationId);
    }

    public boolean canPublish(long organizationId) {
        return access.can(Role.SIGNER, organizationId);
    }

    @Transactional
    public long create(long organizationId, ConsultationDraft draft) {
        access.require(Role.EDITOR, organizationId, "CONSULTATION_CREATE");
        directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        ConsultationDraft clean = validate(draft);
        long id = repository.insert(organizationId, clean, clock.instant(), Actors.currentName());
        audit.record("CONSULTATION_CREATE", target(id), Outcome.SUCCESS, clean.title());
        return id;
    }

    @Transactional
    public void update(long id, int version, ConsultationDraft draft) {
        Consultation c = load(id);
        access.require(Role.EDITOR, c.organizationId(), "CONSULTATION_UPDATE");
        ConsultationMove.EDIT.check(c.status());
        ConsultationDraft clean = validate(draft);
        if (!repository.update(id, version, clean)) {
            throw RuleViolation.changedMeanwhile("该征求意见");
        }
        audit.record("CONSULTATION_UPDATE", target(id), Outcome.SUCCESS, clean.title());
    }

    /** 发布: a signer of the unit publishes the draft for comment; its period cannot have begun already. */
    @Transactional
    public void publish(long id, int version) {
        Consultation c = load(id);
        access.require(Role.SIGNER, c.organizationId(), "CONSULTATION_PUBLISH");
        ConsultationMove.PUBLISH.check(c.status());
        validate(new ConsultationDraft(
                c.title(),
                c.draftText(),
                c.explanation(),
                c.basis(),
                c.howToComment(),
                c.opensOn(),
                c.closesOn(),
                c.shortenedReason()));
        if (c.opensOn().isBefore(today())) {
            throw new RuleViolation("征求意见的开始日期（" + c.opensOn() + "）已过，公众将少于所定期限：请编辑改为今天（" + today() + "）或以后再发布。");
        }
        if (!repository.move(id, version, ConsultationMove.PUBLISH, clock.instant(), Actors.currentName())) {
            throw RuleViolation.changedMeanwhile("该征求意见");
        }
        audit.record(
                "CONSULTATION_PUBLISH",
                target(id),
                Outcome.SUCCESS,
                c.title() + "，" + c.opensOn() + " 至 " + c.closesOn() + "（" + c.days() + " 日）");
    }

    static ConsultationDraft validate(ConsultationDraft d) {
        if (d == null) {
            throw new RuleViolation("请填写征求意见的内容。");
        }
        String title = Texts.required("title", d.title(), 300, "标题");
        String draft = Texts.required("draftText", d.draftText(), MAX_DRAFT, "征求意见稿");
        String explanation = Texts.required("explanation", d.explanation(), MAX_TEXT, "起草说明");
        String basis = Texts.optional("basis", d.basis(), MAX_LINE, "起草依据");
        String how = Texts.required("howToComment", d.howToComment(), MAX_LINE, "提出意见的方式");
        if (d.opensOn() == null) {
            throw new RuleViolation("opensOn", "请填写征求意见的开始日期。");
        }
        if (d.closesOn() == null) {
            throw new RuleViolation("closesOn", "请填写征求意见的截止日期。");
        }
        if (d.closesOn().isBefore(d.opensOn())) {
            throw new RuleViolation("closesOn", "截止日期不能早于开始日期。");
        }
        long days = Consultation.days(d.opensOn(), d.closesOn());
        if (days > MAX_DAYS) {
            throw new RuleViolation("closesOn", "征求意见期限为 " + days + " 日，不能超过 " + MAX_DAYS + " 日，请核对日期。");
        }
        String reason = Texts.optional("shortenedReason", d.shortenedReason(), MAX_LINE, "缩短期限的理由");
        if (days < Consultation.MIN_DAYS && reason == null) {
            throw new RuleViolation(
                    "shortenedReason",
                    "征求意见期限为 " + days + " 日，少于 30 日（国务院令第713号 第十五条）：因情况紧急等原因需要缩短的，请填写理由，理由将随征求意见一并公布。");
        }
        return new ConsultationDraft(
                title,
                draft,
                explanation,
                basis,
                how,
                d.opensOn(),
                d.closesOn(),
                days < Consultation.MIN_DAYS ? reason : null);
    }

    // --- comments ------------------------------------------------------------------------------------------------

    /** What a commenter is told: the number of the comment, to cite if they write again. */
    public record Received(long commentId, String consultationTitle) {}

    /**
     * A member of the public comments while the consultation is open: on the whole draft or on one numbered paragraph,
     * with a name if they wish and a contact kept sealed for the unit. Nothing of it is public before moderation.
     */
    @Transactional
    public Received comment(long id, Integer paragraph, String body, String name, String contact) {
        Consultation c = loadPublic(id);
        ConsultationPhase phase = c.phase(today());
        if (phase != ConsultationPhase.OPEN) {
            throw new RuleViolation(
                    phase == ConsultationPhase.ANNOUNCED
                            ? "征求意见将于 " + c.opensOn() + " 开始，届时欢迎提出意见。"
                            : "征求意见已于 " + c.closesOn() + " 截止，不再接收意见。");
        }
        String text = Texts.clean(body);
        if (text == null) {
            throw new RuleViolation("body", "请填写您的意见。");
        }
        if (text.length() > MAX_COMMENT) {
            throw new RuleViolation(
                    "body", "意见不能超过 " + MAX_COMMENT + " 字（现为 " + text.length() + " 字）；篇幅较长的，请按“提出意见的方式”另行提交。");
        }
        String who = Texts.optional("name", name, MAX_NAME, "姓名或称呼");
        String reach = Texts.optional("contact", contact, MAX_CONTACT, "联系方式");
        int count = c.paragraphs().size();
        if (paragraph != null && (paragraph < 1 || paragraph > count)) {
            throw new RuleViolation("paragraph", "征求意见稿共 " + count + " 段，请选择第 1 至 " + count + " 段，或选择“整体意见”。");
        }
        if (repository.commentCount(id) >= MAX_COMMENTS) {
            throw new RuleViolation("本次征求意见收到的意见已达上限，请按“提出意见的方式”中的其他方式提交。");
        }
        boolean personal = !PersonalInformationScanner.scan(text).isEmpty()
                || (who != null && !PersonalInformationScanner.scan(who).isEmpty());
        long commentId = repository.insertComment(
                id, paragraph, text, who, reach == null ? null : contacts.seal(reach), personal, clock.instant());
        audit.record(
                "CONSULTATION_COMMENT",
                target(id),
                Outcome.SUCCESS,
                "意见 " + commentId + (paragraph == null ? "（整体）" : "（第 " + paragraph + " 段）"));
        return new Received(commentId, c.title());
    }

    /** The consultation's comments for its unit's staff, pending first. */
    @Transactional(readOnly = true)
    public List<Comment> comments(long id) {
        find(id);
        return repository.comments(id, MODERATION_LIMIT);
    }

    /** A commenter's contact, for the unit's editors only; each reading is audited. */
    @Transactional
    public Optional<String> contact(long id, long commentId) {
        Consultation c = find(id);
        access.require(Role.EDITOR, c.organizationId(), "CONSULTATION_CONTACT_READ");
        Comment comment = commentOf(id, commentId);
        Optional<String> contact = repository.sealedContact(comment.id()).map(contacts::open);
        audit.record("CONSULTATION_CONTACT_READ", target(id), Outcome.SUCCESS, "意见 " + commentId);
        return contact;
    }

    /**
     * 审核: an editor of the unit publishes a comment (its personal information masked in what the public reads) or
     * withholds it with a reason kept for the record (abuse, advertising, nothing to do with the draft).
     */
    @Transactional
    public void moderate(long id, long commentId, int version, boolean publish, String reason) {
        Consultation c = load(id);
        access.require(Role.EDITOR, c.organizationId(), "CONSULTATION_MODERATE");
        Comment comment = commentOf(id, commentId);
        if (comment.status() != CommentStatus.PENDING) {
            throw RuleViolation.changedMeanwhile("该征求意见");
        }
        String why = Texts.optional("reason", reason, 500, "不予公开的理由");
        if (!publish && why == null) {
            throw new RuleViolation("reason", "不予公开时请写明理由（仅内部可见）。");
        }
        String shown = publish ? PersonalInformationScanner.mask(comment.body()) : null;
        if (!repository.moderate(
                commentId,
                version,
                publish ? CommentStatus.PUBLISHED : CommentStatus.WITHHELD,
                shown,
                publish ? null : why,
                clock.instant(),
                Actors.currentName())) {
            throw RuleViolation.changedMeanwhile("该征求意见");
        }
        audit.record(
                "CONSULTATION_MODERATE",
                target(id),
                Outcome.SUCCESS,
                "意见 " + commentId
                        + (publish ? "：公开" + (shown.equals(comment.body()) ? "" : "（已遮盖个人信息）") : "：不予公开，" + why));
    }

    // --- feedback (意见采纳情况) --------------------------------------------------------------------------------------

    /** An editor writes the 意见采纳情况 once the period is over: an account, and each group of comments with its fate. */
    @Transactional
    public void setFeedback(long id, int version, String summary, List<FeedbackItem> items) {
        Consultation c = load(id);
        access.require(Role.EDITOR, c.organizationId(), "CONSULTATION_FEEDBACK");
        ConsultationMove.EDIT_FEEDBACK.check(c.status());
        if (!today().isAfter(c.closesOn())) {
            throw new RuleViolation("征求意见至 " + c.closesOn() + " 截止，截止后才能反馈意见采纳情况。");
        }
        List<FeedbackItem> clean = checkFeedback(summary, items);
        if (!repository.move(id, version, ConsultationMove.EDIT_FEEDBACK, clock.instant(), Actors.currentName())) {
            throw RuleViolation.changedMeanwhile("该征求意见");
        }
        repository.setFeedback(id, Texts.clean(summary), clean);
        audit.record("CONSULTATION_FEEDBACK", target(id), Outcome.SUCCESS, clean.size() + " 条意见采纳情况");
    }

    /** The feedback's rows as entered, checked: the account written, each row summarized, decided and reasoned. */
    static List<FeedbackItem> checkFeedback(String summary, List<FeedbackItem> items) {
        Texts.required("feedbackSummary", summary, MAX_TEXT, "意见采纳情况说明");
        List<FeedbackItem> clean = new ArrayList<>();
        int n = 0;
        for (FeedbackItem i : items == null ? List.<FeedbackItem>of() : items) {
            n++;
            String what = Texts.clean(i.summary());
            String reason = Texts.clean(i.reason());
            if (what == null && reason == null && i.adoption() == null) {
                continue; // an empty row of the form
            }
            if (what == null || what.length() > MAX_LINE) {
                throw new RuleViolation("items", "第 " + n + " 条：请概括意见内容（不超过 " + MAX_LINE + " 字）。");
            }
            if (i.adoption() == null) {
                throw new RuleViolation("items", "第 " + n + " 条：请选择采纳、部分采纳或未采纳。");
            }
            if (i.adoption() != Adoption.ADOPTED && reason == null) {
                throw new RuleViolation("items", "第 " + n + " 条“" + i.adoption().label() + "”：请说明理由（国务院令第713号 第三十二条）。");
            }
            if (reason != null && reason.length() > MAX_LINE) {
                throw new RuleViolation("items", "第 " + n + " 条：理由不能超过 " + MAX_LINE + " 字。");
            }
            clean.add(new FeedbackItem(what, i.adoption(), reason));
        }
        if (clean.size() > MAX_FEEDBACK_ITEMS) {
            throw new RuleViolation("items", "意见采纳情况最多 " + MAX_FEEDBACK_ITEMS + " 条，请合并同类意见。");
        }
        return clean;
    }

    @Transactional(readOnly = true)
    public List<FeedbackItem> feedback(long id) {
        find(id);
        return repository.feedback(id);
    }

    /** A signer publishes the 意见采纳情况, once every comment is moderated and the account written. */
    @Transactional
    public void publishFeedback(long id, int version) {
        Consultation c = load(id);
        access.require(Role.SIGNER, c.organizationId(), "CONSULTATION_FEEDBACK_PUBLISH");
        ConsultationMove.PUBLISH_FEEDBACK.check(c.status());
        if (c.feedbackSummary() == null) {
            throw new RuleViolation("请先填写意见采纳情况，再发布。");
        }
        long pending = repository.pendingCount(id);
        if (pending > 0) {
            throw new RuleViolation("还有 " + pending + " 条意见尚未审核，请审核后再发布意见采纳情况。");
        }
        if (!repository.move(id, version, ConsultationMove.PUBLISH_FEEDBACK, clock.instant(), Actors.currentName())) {
            throw RuleViolation.changedMeanwhile("该征求意见");
        }
        audit.record("CONSULTATION_FEEDBACK_PUBLISH", target(id), Outcome.SUCCESS, c.title());
    }

    // --- public --------------------------------------------------------------------------------------------------

    /** What the portal shows of a published consultation. */
    public record PublicView(
            Consultation consultation,
            ConsultationPhase phase,
            String unitName,
            List<String> paragraphs,
            List<PublicComment> comments,
            long received,
            List<FeedbackItem> feedback) {}

    @Transactional(readOnly = true)
    public PublicView publicView(long id) {
        Consultation c = loadPublic(id);
        boolean feedback = c.status() == ConsultationStatus.FEEDBACK_PUBLISHED;
        return new PublicView(
                c,
                c.phase(today()),
                directory.find(c.organizationId()).map(o -> o.name()).orElse(""),
                c.paragraphs(),
                repository.publishedComments(id, MODERATION_LIMIT),
                repository.commentCount(id),
                feedback ? repository.feedback(id) : List.of());
    }

    /** The published consultations with their phase today, latest period first. */
    @Transactional(readOnly = true)
    public List<Consultation> published(Long organizationId) {
        return repository.published(organizationId, LIST_LIMIT);
    }

    public LocalDate day() {
        return today();
    }
}
