package org.gongkai.organization;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up the county: jurisdictions and organizations. Structure is the system administrator's
 * (within the subtree granted); a unit's own supervisor or editor may keep its functions and
 * disclosure-office contact details current (国务院令第711号 第十二条: the guide must be up to date).
 */
@Service
public class CountyAdministration {

    /**
     * Who keeps what a unit says of itself on the portal — its functions and contact details, its leaders (Leaders), its
     * overview (Overviews): its editors, the supervising office and the system administrator.
     */
    static final Set<Role> CONTACT_EDITORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SUPERVISOR, Role.EDITOR);

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9()（）\\-－ ,，、转]{5,60}");

    private final OrganizationRepository repository;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CountyAdministration(
            OrganizationRepository repository,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    // --- jurisdictions

    @Transactional(readOnly = true)
    public List<Jurisdiction> jurisdictions() {
        access.current();
        return repository.jurisdictions();
    }

    @Transactional(readOnly = true)
    public Jurisdiction jurisdiction(long id) {
        access.current();
        return repository.jurisdiction(id).orElseThrow(() -> new RuleViolation("行政区划不存在或已被删除。"));
    }

    @Transactional
    public long createJurisdiction(JurisdictionDraft draft) {
        access.requireAnywhere(Role.SYSTEM_ADMIN, "JURISDICTION_CREATE");
        JurisdictionDraft clean = checkJurisdiction(null, draft);
        long id = repository.insertJurisdiction(clean);
        audit.record("JURISDICTION_CREATE", "jurisdiction:" + id, Outcome.SUCCESS, clean.code() + " " + clean.name());
        events.publishEvent(new DirectoryChanged.JurisdictionCreated(id));
        return id;
    }

    @Transactional
    public void updateJurisdiction(long id, int version, JurisdictionDraft draft) {
        access.requireAnywhere(Role.SYSTEM_ADMIN, "JURISDICTION_UPDATE");
        jurisdiction(id);
        JurisdictionDraft clean = checkJurisdiction(id, draft);
        if (!repository.updateJurisdiction(id, version, clean)) {
            throw new RuleViolation("该行政区划已被他人修改，请刷新页面后重新编辑。");
        }
        audit.record("JURISDICTION_UPDATE", "jurisdiction:" + id, Outcome.SUCCESS, clean.code() + " " + clean.name());
        events.publishEvent(new DirectoryChanged.JurisdictionUpdated(id));
    }

    private JurisdictionDraft checkJurisdiction(Long id, JurisdictionDraft d) {
        String code = Texts.clean(d.code());
        String name = Texts.clean(d.name());
        if (d.level() == null) {
            throw new RuleViolation("level", "请选择层级（县级、乡级或村级）。");
        }
        if (code == null
                || !DIGITS.matcher(code).matches()
                || code.length() != d.level().codeLength()) {
            throw new RuleViolation(
                    "code",
                    d.level().label() + "行政区划代码应为 " + d.level().codeLength() + " 位数字（县级按 GB/T 2260，乡级、村级按统计用区划代码）。");
        }
        if (name == null || name.length() > 60) {
            throw new RuleViolation("name", "请填写行政区划名称（最多 60 字）。");
        }
        if (repository.jurisdictionCodeTaken(code, id)) {
            throw new RuleViolation("code", "区划代码 " + code + " 已存在，请勿重复添加。");
        }
        if (d.level() == AdministrativeLevel.COUNTY) {
            if (d.parentId() != null) {
                throw new RuleViolation("parentId", "县级行政区划不设上级。");
            }
        } else {
            if (d.parentId() == null) {
                throw new RuleViolation("parentId", "请选择上级行政区划。");
            }
            Jurisdiction parent = repository
                    .jurisdiction(d.parentId())
                    .orElseThrow(() -> new RuleViolation("parentId", "所选上级行政区划不存在。"));
            if (parent.level().ordinal() != d.level().ordinal() - 1) {
                throw new RuleViolation(
                        "parentId",
                        d.level().label() + "区划的上级应为"
                                + AdministrativeLevel.values()[d.level().ordinal() - 1].label() + "区划。");
            }
            if (!code.startsWith(parent.code())) {
                throw new RuleViolation("code", "区划代码应以上级区划代码 " + parent.code() + " 开头。");
            }
        }
        return new JurisdictionDraft(code, name, d.level(), d.parentId());
    }

    // --- organizations

    /** The organizations the signed-in staff member may see in the console. */
    @Transactional(readOnly = true)
    public List<Organization> visibleOrganizations() {
        OrganizationScope scope = access.scopeOfAnyRole();
        return repository.organizations().stream()
                .filter(o -> scope.covers(o.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Organization organization(long id) {
        if (!access.scopeOfAnyRole().covers(id)) {
            access.deny("ORGANIZATION_READ", "organization:" + id);
        }
        return repository.organization(id).orElseThrow(() -> new RuleViolation("单位不存在或已被删除。"));
    }

    @Transactional(readOnly = true)
    public boolean canManageStructure(long organizationId) {
        return access.can(Role.SYSTEM_ADMIN, organizationId);
    }

    @Transactional(readOnly = true)
    public boolean canCreateOrganizations() {
        return access.hasRoleAnywhere(Role.SYSTEM_ADMIN);
    }

    @Transactional(readOnly = true)
    public boolean canEditContactDetails(long organizationId) {
        return access.canAny(CONTACT_EDITORS, organizationId);
    }

    @Transactional
    public long createOrganization(OrganizationDraft draft) {
        access.require(Role.SYSTEM_ADMIN, draft.parentId(), "ORGANIZATION_CREATE");
        OrganizationDraft clean = checkOrganization(null, draft);
        long id = repository.insertOrganization(clean);
        audit.record("ORGANIZATION_CREATE", "organization:" + id, Outcome.SUCCESS, clean.name());
        events.publishEvent(new DirectoryChanged.OrganizationCreated(id));
        return id;
    }

    @Transactional
    public void updateOrganization(long id, int version, OrganizationDraft draft) {
        access.require(Role.SYSTEM_ADMIN, id, "ORGANIZATION_UPDATE");
        Organization current = organization(id);
        if (!java.util.Objects.equals(current.parentId(), draft.parentId())) {
            access.require(Role.SYSTEM_ADMIN, draft.parentId(), "ORGANIZATION_MOVE");
        }
        OrganizationDraft clean = checkOrganization(id, draft);
        if (!repository.updateOrganization(id, version, clean)) {
            throw new RuleViolation("该单位信息已被他人修改，请刷新页面后重新编辑。");
        }
        audit.record("ORGANIZATION_UPDATE", "organization:" + id, Outcome.SUCCESS, clean.name());
        events.publishEvent(new DirectoryChanged.OrganizationUpdated(id));
        if (!java.util.Objects.equals(current.parentId(), clean.parentId())) {
            events.publishEvent(new DirectoryChanged.OrganizationMoved(id));
        }
    }

    /** A unit's functions and disclosure-office contact details, kept by the unit itself. */
    @Transactional
    public void updateContactDetails(long id, int version, OrganizationDraft contact) {
        access.requireAny(CONTACT_EDITORS, id, "ORGANIZATION_CONTACT_UPDATE");
        Organization o = organization(id);
        OrganizationDraft merged = new OrganizationDraft(
                o.name(),
                o.kind(),
                o.parentId(),
                o.jurisdictionId(),
                o.creditCode(),
                contact.functions(),
                contact.officeAddress(),
                contact.officeHours(),
                contact.phone(),
                contact.fax(),
                contact.email(),
                contact.website(),
                o.sortOrder());
        OrganizationDraft clean = checkOrganization(id, merged);
        if (!repository.updateOrganization(id, version, clean)) {
            throw new RuleViolation("该单位信息已被他人修改，请刷新页面后重新编辑。");
        }
        audit.record("ORGANIZATION_CONTACT_UPDATE", "organization:" + id, Outcome.SUCCESS, clean.name());
        events.publishEvent(new DirectoryChanged.OrganizationContactsUpdated(id));
    }

    private OrganizationDraft checkOrganization(Long id, OrganizationDraft d) {
        String name = Texts.clean(d.name());
        if (name == null || name.length() > 100) {
            throw new RuleViolation("name", "请填写单位名称（最多 100 字）。");
        }
        if (repository.organizationNameTaken(name, id)) {
            throw new RuleViolation("name", "单位名称“" + name + "”已存在。");
        }
        if (d.kind() == null) {
            throw new RuleViolation("kind", "请选择单位类型。");
        }
        if (d.jurisdictionId() == null
                || repository.jurisdiction(d.jurisdictionId()).isEmpty()) {
            throw new RuleViolation("jurisdictionId", "请选择单位所在的行政区划。");
        }
        if (d.parentId() != null) {
            if (repository.organization(d.parentId()).isEmpty()) {
                throw new RuleViolation("parentId", "所选上级单位不存在。");
            }
            if (id != null && repository.selfAndAncestors(d.parentId()).contains(id)) {
                throw new RuleViolation("parentId", "不能把单位设为自己或自己下级单位的下级，请重新选择上级单位。");
            }
        }
        String creditCode = Texts.clean(d.creditCode());
        if (creditCode != null) {
            creditCode = UnifiedSocialCreditCode.validate("creditCode", creditCode);
            if (repository.creditCodeTaken(creditCode, id)) {
                throw new RuleViolation("creditCode", "统一社会信用代码 " + creditCode + " 已被其他单位使用。");
            }
        }
        String email = Texts.clean(d.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("email", "电子邮箱格式不正确，例如 gkb@example.gov.cn。");
        }
        String phone = Texts.clean(d.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new RuleViolation("phone", "联系电话只能包含数字、括号、连字符，例如 0818-1234567。");
        }
        String fax = Texts.clean(d.fax());
        if (fax != null && !PHONE.matcher(fax).matches()) {
            throw new RuleViolation("fax", "传真号码只能包含数字、括号、连字符，例如 0818-1234568。");
        }
        String website = Texts.clean(d.website());
        if (website != null && !website.matches("https?://[^\\s<>\"]{3,190}")) {
            throw new RuleViolation("website", "网址应以 http:// 或 https:// 开头。");
        }
        return new OrganizationDraft(
                name,
                d.kind(),
                d.parentId(),
                d.jurisdictionId(),
                creditCode,
                limit("functions", Texts.clean(d.functions()), 4000, "机构职能"),
                limit("officeAddress", Texts.clean(d.officeAddress()), 200, "办公地址"),
                limit("officeHours", Texts.clean(d.officeHours()), 200, "办公时间"),
                phone,
                fax,
                email,
                website,
                d.sortOrder());
    }

    private static String limit(String field, String value, int max, String label) {
        if (value != null && value.length() > max) {
            throw new RuleViolation(field, label + "最多 " + max + " 字，当前 " + value.length() + " 字。");
        }
        return value;
    }
}
