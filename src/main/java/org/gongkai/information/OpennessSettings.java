package org.gongkai.information;

import java.util.EnumSet;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.PublicContentChanged;
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

    private final InformationRepository records;
    private final IndexNumbers indexNumbers;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OpennessSettings(InformationRepository records, IndexNumbers indexNumbers, AccessControl access, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.records = records;
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
        records.setIndexPattern(organizationId, clean);
        audit.record("INFORMATION_INDEX_PATTERN", "organization:" + organizationId, Outcome.SUCCESS, clean);
    }

    /** The unit's own text for its guide (sanitized HTML), public; null when it has written none. */
    @Transactional(readOnly = true)
    public String guideText(long organizationId) {
        return records.guideText(organizationId);
    }

    @Transactional
    public void setGuideText(long organizationId, String text) {
        access.requireAny(EnumSet.of(Role.EDITOR, Role.SUPERVISOR), organizationId, "INFORMATION_GUIDE");
        if (text != null && text.length() > MAX_GUIDE) {
            throw new RuleViolation("guideText", "指南补充内容不能超过 " + MAX_GUIDE + " 字。");
        }
        records.setGuideText(organizationId, RichText.sanitize(text));
        audit.record("INFORMATION_GUIDE", "organization:" + organizationId, Outcome.SUCCESS, null);
        events.publishEvent(new PublicContentChanged("guide:" + organizationId));
    }
}
