package org.gongkai.information;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.PersonalInformationFinding;
import org.gongkai.shared.PersonalInformationScanner;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's own settings for its 政府信息公开: the 索引号 pattern (set by the supervising office, so numbers stay
 * unique and consistent across the county) and the editable part of its 政府信息公开指南 (国务院令第711号 第十二条),
 * kept by the unit.
 */
@Service
public class OpennessSettings {

    private static final int MAX_GUIDE = 20_000;

    private final SettingsRepository stored;
    private final IndexNumbers indexNumbers;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final WordingRules wording;
    private final Clock clock;

    OpennessSettings(
            SettingsRepository stored,
            IndexNumbers indexNumbers,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            WordingRules wording,
            Clock clock) {
        this.events = events;
        this.wording = wording;
        this.clock = clock;
        this.stored = stored;
        this.indexNumbers = indexNumbers;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public String indexPattern(long organizationId) {
        access.requireAny(InformationEditing.STAFF, organizationId, "INFORMATION_SETTINGS_READ");
        return indexNumbers.pattern(organizationId);
    }

    public boolean canSetIndexPattern(long organizationId) {
        return access.can(Role.SUPERVISOR, organizationId);
    }

    public boolean canEditGuide(long organizationId) {
        return access.canAny(EnumSet.of(Role.EDITOR, Role.SUPERVISOR), organizationId);
    }

    /** Sets the pattern for numbers given from now on; numbers already given never change. */
    @Transactional
    public void setIndexPattern(long organizationId, String pattern) {
        access.require(Role.SUPERVISOR, organizationId, "INFORMATION_INDEX_PATTERN");
        String clean = IndexNumbers.validate(pattern);
        stored.setIndexPattern(organizationId, clean);
        audit.record("INFORMATION_INDEX_PATTERN", "organization:" + organizationId, Outcome.SUCCESS, clean);
    }

    /** The unit's own text for its guide (sanitized HTML), public; null when it has written none. */
    @Transactional(readOnly = true)
    public String guideText(long organizationId) {
        return stored.guideText(organizationId);
    }

    /**
     * Submits the unit's guide text for sign-off (issue 9 §19): sanitized, then scanned like a record's body (personal
     * information and the county's wording list); a text with findings is refused with what to change. It goes
     * public only when a signer of the unit, not its submitter, signs it off.
     */
    @Transactional
    public void setGuideText(long organizationId, String text) {
        access.requireAny(EnumSet.of(Role.EDITOR, Role.SUPERVISOR), organizationId, "INFORMATION_GUIDE");
        if (text != null && text.length() > MAX_GUIDE) {
            throw new RuleViolation("guideText", "指南补充内容不能超过 " + MAX_GUIDE + " 字。");
        }
        String html = RichText.sanitize(text);
        String plain = html == null ? "" : RichText.text(html);
        List<String> findings = new ArrayList<>();
        for (PersonalInformationFinding f : PersonalInformationScanner.scan(plain)) {
            findings.add(f.kind().label() + " " + f.masked());
        }
        for (WordingRule rule : wording.rules()) {
            if (plain.contains(rule.phrase())) {
                findings.add((rule.kind().label() + "“") + rule.phrase() + "”"
                        + (rule.replacement() == null ? "" : "（应为“" + rule.replacement() + "”）"));
            }
        }
        if (!findings.isEmpty()) {
            throw new RuleViolation(
                    "guideText",
                    "补充内容中有需要处理的内容，请修改后再提交：" + String.join("；", findings.subList(0, Math.min(10, findings.size())))
                            + (findings.size() > 10 ? " 等 " + findings.size() + " 处" : "") + "。");
        }
        stored.setGuideDraft(organizationId, html, Actors.currentName(), clock.instant());
        audit.record("INFORMATION_GUIDE_SUBMIT", "organization:" + organizationId, Outcome.SUCCESS, null);
    }

    /** The guide text waiting for sign-off, with the last return's comment. */
    @Transactional(readOnly = true)
    public Optional<DisclosureGuideDraft> guideDraft(long organizationId) {
        access.requireAny(InformationEditing.STAFF, organizationId, "INFORMATION_SETTINGS_READ");
        return stored.guideDraft(organizationId);
    }

    public boolean canSignOffGuide(long organizationId) {
        return access.can(Role.SIGNER, organizationId);
    }

    /** A signer of the unit, not the one who submitted it, publishes the pending guide text or returns it with a comment. */
    @Transactional
    public void signOffGuide(long organizationId, int version, boolean approve, String comment) {
        access.require(Role.SIGNER, organizationId, "INFORMATION_GUIDE_SIGN_OFF");
        DisclosureGuideDraft draft = stored.guideDraft(organizationId)
                .filter(DisclosureGuideDraft::pending)
                .orElseThrow(() -> new RuleViolation("没有待签发的指南补充内容，可能已被他人处理，请刷新页面。"));
        if (java.util.Objects.equals(draft.submittedBy(), Actors.currentName())) {
            throw new RuleViolation("您提交了这段内容，不能再签发它（提交和签发须由不同人员担任）。");
        }
        String clean = org.gongkai.shared.Texts.clean(comment);
        if (!approve && (clean == null || clean.length() > 2000)) {
            throw new RuleViolation("guideComment", "退回时请写明意见（不超过 2000 字）。");
        }
        if (draft.version() != version || !stored.decideGuide(organizationId, version, approve, clean)) {
            throw new RuleViolation("待签发的内容已被他人处理或重新提交，请刷新页面，核对最新内容后再签发。");
        }
        audit.record(
                "INFORMATION_GUIDE_SIGN_OFF",
                "organization:" + organizationId,
                Outcome.SUCCESS,
                approve ? "签发" : "退回：" + clean);
        if (approve) {
            events.publishEvent(new DisclosureGuidePublished(organizationId));
        }
    }
}
