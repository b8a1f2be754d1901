package org.gongkai.catalog;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.gongkai.shared.WithholdingGround;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 负面清单: each unit lists what it does not disclose, every entry with its ground under 第十四、十五、
 * 十六条. The unit's EDITOR compiles and publishes; a SUPERVISOR over the unit (not its editor) reviews
 * in between, so nothing unreviewed is published (先审后发).
 */
@Service
public class NegativeLists {

    private static final Set<Role> READERS =
            EnumSet.of(Role.EDITOR, Role.SUPERVISOR, Role.SIGNER, Role.SECRECY_REVIEWER);

    private final NegativeListRepository lists;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NegativeLists(
            NegativeListRepository lists,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.lists = lists;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit's latest version (for its staff), if it has one. */
    @Transactional(readOnly = true)
    public Optional<NegativeList> latest(long organizationId) {
        access.requireAny(READERS, organizationId, "NEGATIVE_LIST_READ");
        return lists.versions(organizationId).stream().findFirst().map(this::assemble);
    }

    @Transactional(readOnly = true)
    public NegativeList list(long id) {
        NegativeListRepository.Header h = header(id);
        if (h.status() != CatalogStatus.PUBLISHED
                && h.status() != CatalogStatus.SUPERSEDED
                && !access.canAny(READERS, h.organizationId())) {
            access.deny("NEGATIVE_LIST_READ", "negative-list:" + id);
        }
        return assemble(h);
    }

    /** Every unit's published negative list; public. */
    @Transactional(readOnly = true)
    public List<NegativeList> published() {
        return lists.published().stream().map(this::assemble).toList();
    }

    @Transactional(readOnly = true)
    public boolean canRead(long organizationId) {
        return access.canAny(READERS, organizationId);
    }

    @Transactional(readOnly = true)
    public boolean canCompile(long organizationId) {
        return access.can(Role.EDITOR, organizationId);
    }

    @Transactional(readOnly = true)
    public boolean canReview(long id) {
        NegativeListRepository.Header h = header(id);
        return h.status() == CatalogStatus.SUBMITTED && isReviewer(h.organizationId());
    }

    @Transactional
    public long start(long organizationId) {
        access.require(Role.EDITOR, organizationId, "NEGATIVE_LIST_START");
        List<NegativeListRepository.Header> versions = lists.versions(organizationId);
        if (versions.stream()
                .anyMatch(h -> h.status() != CatalogStatus.PUBLISHED && h.status() != CatalogStatus.SUPERSEDED)) {
            throw new RuleViolation("本单位已有未发布的负面清单（草稿或审核中），请在其上继续编辑。");
        }
        int next = versions.isEmpty() ? 1 : versions.get(0).versionNumber() + 1;
        long id = lists.insert(organizationId, next, clock.instant(), Actors.currentName());
        versions.stream()
                .filter(h -> h.status() == CatalogStatus.PUBLISHED)
                .findFirst()
                .ifPresent(p -> lists.copyEntries(p.id(), id));
        audit.record("NEGATIVE_LIST_START", "negative-list:" + id, Outcome.SUCCESS, "第 " + next + " 版");
        return id;
    }

    @Transactional
    public void addEntry(
            long id,
            int lockVersion,
            String name,
            String content,
            WithholdingGround ground,
            String legalBasis,
            String reason) {
        NegativeListRepository.Header h = editable(id, "NEGATIVE_LIST_ENTRY_CREATE");
        String cleanName = limit("name", name, 200, "事项名称", true);
        String cleanBasis = limit("legalBasis", legalBasis, 2000, "不予公开的依据", true);
        if (ground == null) {
            throw new RuleViolation("ground", "请选择不予公开的理由（《中华人民共和国政府信息公开条例》第十四、十五、十六条）。");
        }
        String cleanContent = limit("content", content, 2000, "不予公开的内容", false);
        String cleanReason = limit("reason", reason, 2000, "说明", false);
        if (!lists.touch(id, lockVersion)) {
            throw stale();
        }
        lists.insertEntry(id, lists.entries(id).size() + 1, cleanName, cleanContent, ground, cleanBasis, cleanReason);
        audit.record(
                "NEGATIVE_LIST_ENTRY_CREATE",
                "negative-list:" + h.id(),
                Outcome.SUCCESS,
                cleanName + "（" + ground.label() + "）");
    }

    @Transactional
    public void removeEntry(long id, int lockVersion, long entryId) {
        editable(id, "NEGATIVE_LIST_ENTRY_REMOVE");
        if (!lists.touch(id, lockVersion)) {
            throw stale();
        }
        if (!lists.deleteEntry(id, entryId)) {
            throw new RuleViolation("该事项不存在或已被删除。");
        }
        audit.record("NEGATIVE_LIST_ENTRY_REMOVE", "negative-list:" + id, Outcome.SUCCESS, "entry:" + entryId);
    }

    @Transactional
    public void submit(long id, int lockVersion) {
        editable(id, "NEGATIVE_LIST_SUBMIT");
        if (lists.entries(id).isEmpty()) {
            throw new RuleViolation("负面清单中还没有任何事项，不能提交审核。");
        }
        if (!lists.transition(id, lockVersion, CatalogReview.SUBMIT)) {
            throw stale();
        }
        lists.submitted(id, clock.instant());
        audit.record("NEGATIVE_LIST_SUBMIT", "negative-list:" + id, Outcome.SUCCESS, null);
    }

    @Transactional
    public void decide(long id, int lockVersion, boolean approve, String comment) {
        NegativeListRepository.Header h = header(id);
        if (!isReviewer(h.organizationId())) {
            access.deny("NEGATIVE_LIST_REVIEW", "negative-list:" + id);
        }
        CatalogReview move = CatalogReview.decision(approve, true);
        // a decision on a list no longer under review was taken by someone else first: not a refusal (issue 9 §23)
        move.check(h.status(), "负面清单");
        String clean = Texts.clean(comment);
        if (!approve && clean == null) {
            throw new RuleViolation("comment", "退回时请填写审核意见，说明需要修改的内容。");
        }
        if (!lists.transition(id, lockVersion, move)) {
            throw stale();
        }
        lists.reviewed(id, clean, Actors.currentName(), clock.instant());
        audit.record(
                approve ? "NEGATIVE_LIST_REVIEW_APPROVE" : "NEGATIVE_LIST_REVIEW_RETURN",
                "negative-list:" + id,
                Outcome.SUCCESS,
                clean);
    }

    @Transactional
    public void publish(long id, int lockVersion) {
        NegativeListRepository.Header h = header(id);
        access.require(Role.EDITOR, h.organizationId(), "NEGATIVE_LIST_PUBLISH");
        CatalogReview.PUBLISH.check(h.status(), "负面清单");
        if (!lists.transition(id, lockVersion, CatalogReview.PUBLISH)) {
            throw stale();
        }
        lists.supersede(h.organizationId(), id);
        lists.published(id, Actors.currentName(), clock.instant());
        audit.record("NEGATIVE_LIST_PUBLISH", "negative-list:" + id, Outcome.SUCCESS, "第 " + h.versionNumber() + " 版");
        events.publishEvent(new NegativeListPublished(id, h.organizationId(), h.versionNumber()));
    }

    private boolean isReviewer(long organizationId) {
        return access.can(Role.SUPERVISOR, organizationId) && !access.can(Role.EDITOR, organizationId);
    }

    private NegativeListRepository.Header editable(long id, String action) {
        NegativeListRepository.Header h = header(id);
        access.require(Role.EDITOR, h.organizationId(), action);
        if (!h.status().editable()) {
            throw new RuleViolation("负面清单当前状态为“" + h.status().label() + "”，不能修改；已发布的请新建版本后修改。");
        }
        return h;
    }

    private NegativeListRepository.Header header(long id) {
        return lists.header(id).orElseThrow(() -> new RuleViolation("该负面清单不存在。"));
    }

    private RuleViolation stale() {
        return new RuleViolation("该负面清单已被他人修改或状态已变化，请刷新页面查看最新内容后再操作。");
    }

    private NegativeList assemble(NegativeListRepository.Header h) {
        String name = directory.find(h.organizationId()).map(Organization::name).orElse("（已删除的单位）");
        return new NegativeList(
                h.id(),
                h.organizationId(),
                name,
                h.versionNumber(),
                h.status(),
                h.reviewComment(),
                h.reviewedBy(),
                h.reviewedAt(),
                h.publishedAt(),
                h.lockVersion(),
                lists.entries(h.id()));
    }

    private static String limit(String field, String value, int max, String label, boolean required) {
        String clean = Texts.clean(value);
        if (required && clean == null) {
            throw new RuleViolation(field, "请填写" + label + "。");
        }
        if (clean != null && clean.length() > max) {
            throw new RuleViolation(field, label + "最多 " + max + " 字。");
        }
        return clean;
    }
}
