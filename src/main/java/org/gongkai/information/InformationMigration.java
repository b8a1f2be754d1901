package org.gongkai.information;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 历史信息迁移: information a unit already published on its old site comes over with its original
 * publication time, keeping its 索引号 when it has one. It was reviewed when it was first published, so the
 * supervising office (SUPERVISOR over the unit) brings it in without a second review.
 */
@Service
public class InformationMigration {

    /** One record as published before, with its 索引号 (null to assign one) and publication time. */
    public record PublishedBefore(InformationDraft draft, String indexNumber, Instant publishedAt) {}

    private final InformationRepository records;
    private final InformationEditing editing;
    private final IndexNumbers indexNumbers;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final PublicChanges publicChanges;
    private final Clock clock;

    InformationMigration(
            InformationRepository records,
            InformationEditing editing,
            IndexNumbers indexNumbers,
            AccessControl access,
            OrganizationDirectory directory,
            AuditTrail audit,
            PublicChanges publicChanges,
            Clock clock) {
        this.records = records;
        this.editing = editing;
        this.indexNumbers = indexNumbers;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    /**
     * Brings a batch of one unit's published records in, all or none; {@code announce} tells derived data
     * (search) about each record — a bulk load turns it off and rebuilds the index afterwards.
     */
    @Transactional
    public List<Long> importPublished(long organizationId, List<PublishedBefore> batch, boolean announce) {
        access.require(Role.SUPERVISOR, organizationId, "INFORMATION_MIGRATE");
        Organization unit = directory.find(organizationId).orElseThrow(() -> new RuleViolation("单位不存在。"));
        String by = Actors.currentName();
        List<Long> ids = new java.util.ArrayList<>();
        int row = 0;
        for (PublishedBefore p : batch) {
            row++;
            String where = "第 " + row + " 条：";
            if (p.publishedAt() == null || p.publishedAt().isAfter(clock.instant())) {
                throw new RuleViolation(where + "发布时间须早于现在。");
            }
            if (p.draft().attribute() != DisclosureAttribute.PROACTIVE) {
                throw new RuleViolation(where + "只能迁移已主动公开的信息。");
            }
            LocalDate day = LocalDate.ofInstant(p.publishedAt(), clock.getZone());
            if (p.draft().formedDate() != null && p.draft().formedDate().isAfter(day)) {
                throw new RuleViolation(where + "形成日期晚于发布日期，请核对。");
            }
            InformationDraft clean;
            try {
                clean = editing.validateForMigration(unit, p.draft());
            } catch (RuleViolation e) {
                throw new RuleViolation(e.field(), where + e.getMessage());
            }
            String number = p.indexNumber();
            if (number != null) {
                if (number.length() > 100 || records.indexNumberTaken(number)) {
                    throw new RuleViolation(where + "索引号“" + number + "”已被使用或过长。");
                }
            } else {
                number = indexNumbers.next(unit, day);
            }
            long id = records.insert(organizationId, clean, RichText.text(clean.bodyHtml()), p.publishedAt(), by);
            records.insertRevision(id, 1, p.publishedAt(), by);
            if (!records.published(id, 0, RecordStatus.DRAFT, number, 1, p.publishedAt())) {
                throw new IllegalStateException("a record inserted in this transaction changed: information:" + id);
            }
            ids.add(id);
        }
        publicChanges.published(ids, announce);
        audit.record(
                "INFORMATION_MIGRATE",
                "organization:" + organizationId,
                Outcome.SUCCESS,
                "迁移已发布信息 " + batch.size() + " 条");
        return ids;
    }
}
