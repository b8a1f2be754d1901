package org.gongkai.organization;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts and their roles under 三员分立: the system administrator creates and maintains business
 * accounts (never their roles); the accounts of the three administrators are maintained only by the security
 * administrator, never his own (issue 9 §8); the security administrator grants and revokes roles and sets the
 * password policy, never for his own account; one account holds at most one administrator role. A password
 * reset needs a reason, forces a change at the next sign-in, ends the account's sessions, and is shown to
 * the account's owner; the audit trail records it with its reason.
 */
@Service
public class StaffAdministration {

    private static final Set<Role> ACCOUNT_READERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{2,31}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private final StaffRepository staff;
    private final OrganizationRepository organizations;
    private final AccessControl access;
    private final AuditTrail audit;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffAdministration(
            StaffRepository staff,
            OrganizationRepository organizations,
            AccessControl access,
            AuditTrail audit,
            PasswordEncoder encoder,
            Clock clock) {
        this.staff = staff;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A new or reset account's one-time password, shown once and never stored in clear. */
    public record OneTimePassword(long staffId, String username, String password) {}

    @Transactional(readOnly = true)
    public List<StaffMember> visibleAccounts() {
        OrganizationScope scope = access.scope(ACCOUNT_READERS);
        if (scope.isEmpty()) {
            access.deny("STAFF_LIST", "platform");
        }
        return staff.all().stream()
                .filter(s -> scope.all() || scope.covers(s.organizationId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public StaffMember account(long id) {
        StaffMember member = staff.find(id).orElseThrow(() -> new RuleViolation("账号不存在。"));
        access.requireAny(ACCOUNT_READERS, member.organizationId(), "STAFF_READ");
        return member;
    }

    @Transactional(readOnly = true)
    public List<RoleGrant> grantsOf(long staffId) {
        account(staffId);
        return staff.grants(staffId);
    }

    @Transactional(readOnly = true)
    public boolean canManageAccount(StaffMember member) {
        if (administrator(member)) {
            return member.id() != access.current().staffId() && access.hasRoleAnywhere(Role.SECURITY_ADMIN);
        }
        return access.can(Role.SYSTEM_ADMIN, member.organizationId());
    }

    private boolean administrator(StaffMember member) {
        return staff.grants(member.id()).stream().anyMatch(g -> g.role().isAdministrator());
    }

    /** The administrators' accounts are the security administrator's, never his own; others the system administrator's. */
    private void requireManager(StaffMember member, String action) {
        if (administrator(member)) {
            access.requireAnywhere(Role.SECURITY_ADMIN, action);
            if (member.id() == access.current().staffId()) {
                throw new RuleViolation("不能在这里修改自己的账号（三员分立）；修改自己的密码请到“我的账号”。");
            }
        } else {
            access.require(Role.SYSTEM_ADMIN, member.organizationId(), action);
        }
    }

    @Transactional(readOnly = true)
    public boolean canGrantRoles(StaffMember member) {
        return member.id() != access.current().staffId() && access.hasRoleAnywhere(Role.SECURITY_ADMIN);
    }

    @Transactional
    public OneTimePassword createAccount(StaffDraft draft) {
        access.require(Role.SYSTEM_ADMIN, draft.organizationId(), "STAFF_CREATE");
        StaffDraft clean = check(draft);
        String username = Texts.clean(draft.username());
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new RuleViolation("username", "登录名须以字母开头，由 3 到 32 位字母、数字、下划线、点或连字符组成。");
        }
        if (staff.usernameTaken(username)) {
            throw new RuleViolation("username", "登录名“" + username + "”已被使用，请换一个。");
        }
        String password = OneTimePasswords.generate();
        long id = staff.insert(
                new StaffDraft(username, clean.displayName(), clean.phone(), clean.organizationId()),
                encoder.encode(password),
                clock.instant());
        audit.record("STAFF_CREATE", "staff:" + id, Outcome.SUCCESS, username + " " + clean.displayName());
        return new OneTimePassword(id, username, password);
    }

    @Transactional
    public void updateAccount(long id, int version, StaffDraft draft, boolean enabled) {
        StaffMember member = account(id);
        requireManager(member, "STAFF_UPDATE");
        if (!java.util.Objects.equals(member.organizationId(), draft.organizationId()) && !administrator(member)) {
            access.require(Role.SYSTEM_ADMIN, draft.organizationId(), "STAFF_MOVE");
        }
        if (!enabled && id == access.current().staffId()) {
            throw new RuleViolation("enabled", "不能停用自己正在使用的账号。");
        }
        StaffDraft clean = check(draft);
        if (!staff.update(id, version, clean, enabled)) {
            throw new RuleViolation("该账号已被他人修改，请刷新页面后重新编辑。");
        }
        if (!enabled && member.enabled()) {
            staff.endSessions(id, clock.instant());
        }
        audit.record("STAFF_UPDATE", "staff:" + id, Outcome.SUCCESS, member.username() + (enabled ? "" : "（已停用）"));
    }

    /**
     * Sets a new one-time password, clears a lockout, forces a change at the next sign-in and ends the account's
     * sessions; the reason goes into the audit trail, and the owner sees the reset after signing in.
     */
    @Transactional
    public OneTimePassword resetPassword(long id, String reason) {
        StaffMember member = account(id);
        requireManager(member, "STAFF_PASSWORD_RESET");
        String why = Texts.clean(reason);
        if (why == null || why.length() < 4 || why.length() > 200) {
            throw new RuleViolation("reason", "请写明重置密码的原因（4 到 200 字），例如“本人遗忘密码，已电话核实身份”；原因记入审计日志。");
        }
        String password = OneTimePasswords.generate();
        staff.resetPassword(
                id, encoder.encode(password), clock.instant(), access.current().username());
        audit.record("STAFF_PASSWORD_RESET", "staff:" + id, Outcome.SUCCESS, member.username() + "，原因：" + why);
        return new OneTimePassword(id, member.username(), password);
    }

    /**
     * The administrator chooses the password (it must meet the policy); used when loading an account set, such
     * as the demo county's. The user may be made to change it; the account's sessions end either way.
     */
    @Transactional
    public void setPassword(long id, String password, boolean mustChange) {
        StaffMember member = account(id);
        requireManager(member, "STAFF_PASSWORD_RESET");
        staff.policy().checkPassword("password", password, member.username());
        staff.setPassword(id, encoder.encode(password), clock.instant(), mustChange);
        audit.record("STAFF_PASSWORD_RESET", "staff:" + id, Outcome.SUCCESS, member.username() + "（管理员设定）");
    }

    @Transactional
    public long grantRole(long staffId, Role role, Long organizationId, boolean includeSubtree) {
        access.require(Role.SECURITY_ADMIN, organizationId, "ROLE_GRANT");
        if (role == null) {
            throw new RuleViolation("role", "请选择要授予的角色。");
        }
        StaffMember member = staff.find(staffId).orElseThrow(() -> new RuleViolation("账号不存在。"));
        if (staffId == access.current().staffId()) {
            throw new RuleViolation("role", "安全管理员不能给自己授予或撤销角色（三员分立）。");
        }
        if (organizationId != null && organizations.organization(organizationId).isEmpty()) {
            throw new RuleViolation("organizationId", "所选单位不存在。");
        }
        List<RoleGrant> existing = staff.grants(staffId);
        if (existing.stream()
                .anyMatch(g -> g.role() == role && java.util.Objects.equals(g.organizationId(), organizationId))) {
            throw new RuleViolation("role", "该账号已在该单位拥有“" + role.label() + "”角色。");
        }
        if (role.isAdministrator()) {
            existing.stream()
                    .filter(g -> g.role().isAdministrator() && g.role() != role)
                    .findFirst()
                    .ifPresent(g -> {
                        throw new RuleViolation(
                                "role", "该账号已是" + g.role().label() + "；系统管理员、安全管理员、审计管理员须由不同账号担任（三员分立）。");
                    });
        }
        long id = staff.insertGrant(
                staffId,
                role,
                organizationId,
                includeSubtree,
                clock.instant(),
                access.current().username());
        audit.record(
                "ROLE_GRANT",
                "staff:" + staffId,
                Outcome.SUCCESS,
                member.username() + " " + role.name()
                        + " @" + (organizationId == null ? "全平台" : "organization:" + organizationId)
                        + (includeSubtree ? "（含下级）" : ""));
        return id;
    }

    @Transactional
    public void revokeGrant(long grantId) {
        RoleGrant grant = staff.grant(grantId).orElseThrow(() -> new RuleViolation("该授权不存在或已撤销。"));
        access.require(Role.SECURITY_ADMIN, grant.organizationId(), "ROLE_REVOKE");
        if (grant.staffId() == access.current().staffId()) {
            throw new RuleViolation("安全管理员不能撤销自己的角色（三员分立）。");
        }
        staff.deleteGrant(grantId);
        audit.record(
                "ROLE_REVOKE",
                "staff:" + grant.staffId(),
                Outcome.SUCCESS,
                grant.role().name() + " @"
                        + (grant.organizationId() == null ? "全平台" : "organization:" + grant.organizationId()));
    }

    @Transactional(readOnly = true)
    public PasswordPolicy policy() {
        access.current();
        return staff.policy();
    }

    @Transactional
    public void updatePolicy(PasswordPolicy policy) {
        access.requireAnywhere(Role.SECURITY_ADMIN, "PASSWORD_POLICY_UPDATE");
        policy.checkValues();
        if (!staff.updatePolicy(policy)) {
            throw new RuleViolation("密码策略已被他人修改，请刷新页面后重新编辑。");
        }
        audit.record(
                "PASSWORD_POLICY_UPDATE",
                "password-policy",
                Outcome.SUCCESS,
                policy.minLength() + " 位，"
                        + policy.maxAgeDays() + " 天有效，失败 " + policy.lockoutThreshold() + " 次锁定 "
                        + policy.lockoutMinutes() + " 分钟");
    }

    private StaffDraft check(StaffDraft d) {
        String name = Texts.clean(d.displayName());
        if (name == null || name.length() > 60) {
            throw new RuleViolation("displayName", "请填写姓名（最多 60 字）。");
        }
        String phone = Texts.clean(d.phone());
        if (phone != null && !MOBILE.matcher(phone).matches()) {
            throw new RuleViolation("phone", "联系电话格式不正确，请填写 11 位手机号或带区号的固定电话。");
        }
        if (d.organizationId() != null
                && organizations.organization(d.organizationId()).isEmpty()) {
            throw new RuleViolation("organizationId", "所选单位不存在。");
        }
        return new StaffDraft(d.username(), name, phone, d.organizationId());
    }
}
