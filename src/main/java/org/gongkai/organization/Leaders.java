package org.gongkai.organization;

import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 领导信息 (issue 14 §3; 第二十条（二）负责人姓名): each unit keeps its own leaders — those who edit its functions and
 * contact details (its editors, the supervising office, the system administrator) — and the portal shows them on the
 * unit's pages. Every change is audited and made against the version that was shown.
 */
@Service
public class Leaders {

    /** A unit lists at most this many leaders. */
    public static final int MAX_PER_UNIT = 30;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final OrganizationRepository organizations;

    Leaders(
            JdbcClient jdbc,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            OrganizationRepository organizations) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.organizations = organizations;
    }

    /** The unit's leaders in the order it set; public information. */
    @Transactional(readOnly = true)
    public List<Leader> of(long organizationId) {
        return jdbc.sql("select id, organization_id, name, post, responsibilities, sort_order, version "
                        + "from organization_leader where organization_id = ? order by sort_order, id")
                .param(organizationId)
                .query((rs, n) -> new Leader(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
    }

    /** Adds a leader ({@code id} null) or changes one as it was shown at {@code version}. */
    @Transactional
    public long save(
            long organizationId,
            Long id,
            Integer version,
            String name,
            String post,
            String responsibilities,
            Integer sortOrder) {
        access.requireAny(CountyAdministration.CONTACT_EDITORS, organizationId, "ORGANIZATION_LEADER_SAVE");
        if (organizations.organization(organizationId).isEmpty()) {
            throw new RuleViolation("该单位不存在。");
        }
        InvalidFields.Collector errors = new InvalidFields.Collector();
        String n = Texts.clean(name);
        String p = Texts.clean(post);
        String r = Texts.clean(responsibilities);
        if (n == null || n.length() > 50) {
            errors.add("name", "请填写领导姓名（最多 50 字）。");
        }
        if (p == null || p.length() > 100) {
            errors.add("post", "请填写职务（最多 100 字），例如“县长”“局长”。");
        }
        if (r != null && r.length() > 1000) {
            errors.add("responsibilities", "工作分工最多 1000 字。");
        }
        int order = sortOrder == null ? 0 : sortOrder;
        if (order < 0 || order > 999) {
            errors.add("sortOrder", "排序请填 0 到 999 之间的数字，小的在前。");
        }
        errors.throwIfAny();
        long saved;
        if (id == null) {
            Integer count = jdbc.sql("select count(*) from organization_leader where organization_id = ?")
                    .param(organizationId)
                    .query(Integer.class)
                    .single();
            if (count >= MAX_PER_UNIT) {
                throw new RuleViolation("一个单位最多登记 " + MAX_PER_UNIT + " 位领导。");
            }
            org.springframework.jdbc.support.GeneratedKeyHolder key =
                    new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into organization_leader (organization_id, name, post, responsibilities, sort_order, "
                            + "version) values (?, ?, ?, ?, ?, 0)")
                    .params(organizationId, n, p, r, order)
                    .update(key, "id");
            saved = key.getKey().longValue();
        } else {
            int updated = jdbc.sql("update organization_leader set name = ?, post = ?, responsibilities = ?, "
                            + "sort_order = ?, version = version + 1 "
                            + "where id = ? and organization_id = ? and version = ?")
                    .params(n, p, r, order, id, organizationId, version == null ? -1 : version)
                    .update();
            if (updated == 0) {
                throw new RuleViolation("这位领导的信息已被他人修改或删除，请刷新页面后重新填写。");
            }
            saved = id;
        }
        audit.record("ORGANIZATION_LEADER_SAVE", "organization:" + organizationId, Outcome.SUCCESS, p + " " + n);
        events.publishEvent(new DirectoryChanged.OrganizationContactsUpdated(organizationId));
        return saved;
    }

    /** Removes a leader as shown at {@code version}. */
    @Transactional
    public void delete(long organizationId, long id, Integer version) {
        access.requireAny(CountyAdministration.CONTACT_EDITORS, organizationId, "ORGANIZATION_LEADER_DELETE");
        Leader shown = of(organizationId).stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("这位领导的信息已被删除。"));
        int deleted = jdbc.sql("delete from organization_leader where id = ? and organization_id = ? and version = ?")
                .params(id, organizationId, version == null ? -1 : version)
                .update();
        if (deleted == 0) {
            throw new RuleViolation("这位领导的信息已被他人修改，请刷新页面后再删除。");
        }
        audit.record(
                "ORGANIZATION_LEADER_DELETE",
                "organization:" + organizationId,
                Outcome.SUCCESS,
                shown.post() + " " + shown.name());
        events.publishEvent(new DirectoryChanged.OrganizationContactsUpdated(organizationId));
    }
}
