package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.gongkai.audit.AuditQuery;
import org.gongkai.audit.AuditTrail;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 三员分立: accounts by the system administrator, roles by the security administrator, the trail by the auditor. */
class SeparationOfDutiesIntegrationTests extends IntegrationTest {

    @Autowired
    StaffAdministration staff;

    @Autowired
    AuditTrail audit;

    @Autowired
    StaffRepository staffRepository;

    @Autowired
    SignInAttempts signIn;

    @Autowired
    MyAccount account;

    private String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void theSystemAdministratorCreatesAccountsButCannotGrantRolesOrReadTheTrail() {
        actAs("sysadmin");
        long education = organizationId("示范县教育局");
        String username = uniqueName();
        StaffAdministration.OneTimePassword created =
                staff.createAccount(new StaffDraft(username, "新同事", "13800138000", education));
        assertThatCode(() -> new PasswordPolicy(8, 90, 5, 15, 0).checkPassword("p", created.password(), username))
                .doesNotThrowAnyException();
        assertThat(staff.account(created.staffId()).mustChangePassword()).isTrue();

        assertThatThrownBy(() -> staff.grantRole(created.staffId(), Role.EDITOR, education, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(new AuditQuery(null, null, null, null, null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(audit::verify).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void duplicateOrMalformedSignInNamesAreRefused() {
        actAs("sysadmin");
        long education = organizationId("示范县教育局");
        assertThatThrownBy(() -> staff.createAccount(new StaffDraft("EDU_EDITOR", "重名", null, education)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被使用");
        assertThatThrownBy(() -> staff.createAccount(new StaffDraft("1abc", "错名", null, education)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("字母开头");
        assertThatThrownBy(() -> staff.createAccount(new StaffDraft(uniqueName(), "电话错", "12345", education)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("联系电话");
    }

    @Test
    void aTownshipAdministratorManagesOnlyHisTownshipsAccounts() {
        actAs("secadmin");
        long chengguan = organizationId("示范县城关镇人民政府");
        long cgSigner = staffId("cg_signer");
        // a system administrator scoped to one township
        actAs("sysadmin");
        String username = uniqueName();
        long townAdmin = staff.createAccount(new StaffDraft(username, "镇管理员", null, chengguan))
                .staffId();
        actAs("secadmin");
        staff.grantRole(townAdmin, Role.SYSTEM_ADMIN, chengguan, true);
        actAs(username);
        assertThat(staff.visibleAccounts())
                .extracting(StaffMember::username)
                .contains("cg_editor", "cg_signer")
                .doesNotContain("hd_editor", "edu_editor");
        assertThatCode(() -> staff.account(cgSigner)).doesNotThrowAnyException();
        assertThatThrownBy(() -> staff.account(staffId("hd_editor"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.resetPassword(staffId("hd_editor"), "本人遗忘密码"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        staff.createAccount(new StaffDraft(uniqueName(), "越权", null, organizationId("示范县河东镇人民政府"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecurityAdministratorGrantsScopedRoles_neverToHimself_andAdministratorRolesStaySeparate() {
        actAs("sysadmin");
        long hedong = organizationId("示范县河东镇人民政府");
        long target = staff.createAccount(new StaffDraft(uniqueName(), "河东签发人", null, hedong))
                .staffId();

        actAs("secadmin");
        long grant = staff.grantRole(target, Role.SIGNER, hedong, false);
        assertThat(staff.grantsOf(target)).extracting(RoleGrant::role).containsExactly(Role.SIGNER);
        assertThatThrownBy(() -> staff.grantRole(target, Role.SIGNER, hedong, false))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已在该单位拥有");
        assertThatThrownBy(() -> staff.grantRole(staffId("secadmin"), Role.AUDIT_ADMIN, null, false))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能给自己");
        assertThatThrownBy(() -> staff.grantRole(staffId("sysadmin"), Role.AUDIT_ADMIN, null, false))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("三员分立");
        assertThatThrownBy(() -> staff.grantRole(target, null, hedong, false))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请选择");
        staff.revokeGrant(grant);
        assertThat(staff.grantsOf(target)).isEmpty();

        actAs("auditadmin");
        assertThatThrownBy(() -> staff.grantRole(target, Role.EDITOR, hedong, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.search(new AuditQuery(null, "ROLE_GRANT", null, null, null, 0, 10))
                        .total())
                .isPositive();
    }

    @Test
    void thePasswordPolicyIsTheSecurityAdministrators() {
        actAs("sysadmin");
        PasswordPolicy current = staff.policy();
        assertThatThrownBy(() -> staff.updatePolicy(current)).isInstanceOf(AccessDeniedException.class);
        actAs("secadmin");
        assertThatThrownBy(() -> staff.updatePolicy(new PasswordPolicy(4, 90, 5, 15, current.version())))
                .isInstanceOf(RuleViolation.class);
        assertThat(staff.policy()).isEqualTo(current);
    }

    /**
     * Issue 9 §8: the system administrator could disable the audit administrator and reset the security
     * administrator's password. The administrators' accounts are the security administrator's alone.
     */
    @Test
    void theAdministratorsAccountsAreManagedOnlyByTheSecurityAdministrator() {
        actAs("sysadmin");
        StaffMember auditor = staff.account(staffId("auditadmin"));
        assertThat(staff.canManageAccount(auditor)).isFalse();
        assertThatThrownBy(() -> staff.updateAccount(
                        auditor.id(),
                        auditor.version(),
                        new StaffDraft(auditor.username(), auditor.displayName(), null, null),
                        false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.resetPassword(staffId("secadmin"), "想替他登录一下"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select enabled from staff_member where username = 'auditadmin'")
                        .query(Boolean.class)
                        .single())
                .isTrue();

        actAs("secadmin");
        assertThat(staff.canManageAccount(staff.account(staffId("sysadmin")))).isTrue();
        assertThatThrownBy(() -> staff.resetPassword(staffId("secadmin"), "自己重置自己"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能在这里修改自己的账号");
        assertThatThrownBy(() -> staff.resetPassword(staffId("edu_editor"), "越权重置业务账号"))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Issue 9 §8: a reset needs a reason, forces a change, ends the sessions and is shown to the owner and the auditor. */
    @Test
    void aPasswordResetIsReasonedForcedAuditedAndShownToItsOwner() {
        actAs("sysadmin");
        long education = organizationId("示范县教育局");
        String username = uniqueName();
        long id = staff.createAccount(new StaffDraft(username, "被重置者", null, education))
                .staffId();
        staff.setPassword(id, "Right@2026", false);
        assertThatThrownBy(() -> staff.resetPassword(id, " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请写明重置密码的原因");
        java.time.Instant before = clock.instant();
        advance(java.time.Duration.ofSeconds(1));
        StaffAdministration.OneTimePassword reset = staff.resetPassword(id, "本人遗忘密码，已电话核实身份");
        assertThat(staff.account(id).mustChangePassword()).isTrue();
        StaffRepository.Credentials c = staffRepository.credentials(id).orElseThrow();
        assertThat(c.admits(before))
                .as("a session signed in before the reset ends")
                .isFalse();
        assertThat(c.admits(clock.instant())).isTrue();
        assertThat(jdbc.sql(
                                "select detail from audit_entry where action = 'STAFF_PASSWORD_RESET' and target = ? order by seq desc")
                        .param("staff:" + id)
                        .query(String.class)
                        .list()
                        .get(0))
                .contains(username, "本人遗忘密码，已电话核实身份");

        advance(java.time.Duration.ofSeconds(1));
        StaffPrincipal me = signIn.attempt(username, reset.password(), null);
        MyAccount.SinceLastSignIn since = account.sinceLastSignIn(me.staffId());
        assertThat(since.resetBy()).isEqualTo("sysadmin");
        assertThat(since.worthTelling()).isTrue();
    }

    /** Issue 9 §12: a change ends the other sessions; a wrong current password counts towards the lock. */
    @Test
    void changingThePasswordEndsOtherSessions_andWrongCurrentPasswordsLockTheAccount() {
        actAs("sysadmin");
        String username = uniqueName();
        long id = staff.createAccount(new StaffDraft(username, "改密者", null, organizationId("示范县教育局")))
                .staffId();
        staff.setPassword(id, "Right@2026", false);
        advance(java.time.Duration.ofSeconds(1));
        java.time.Instant otherSession = clock.instant();
        advance(java.time.Duration.ofSeconds(1));
        actAs(username);
        java.time.Instant renewed = account.changePassword("Right@2026", "Better@2026", "Better@2026");
        StaffRepository.Credentials c = staffRepository.credentials(id).orElseThrow();
        assertThat(c.admits(otherSession)).isFalse();
        assertThat(c.admits(renewed)).isTrue();

        advance(java.time.Duration.ofSeconds(1));
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> account.changePassword("Wrong@2026", "Other@2026x", "Other@2026x"))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("原密码不正确。");
        }
        assertThatThrownBy(() -> account.changePassword("Wrong@2026", "Other@2026x", "Other@2026x"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("账号已锁定");
        assertThat(staffRepository.credentials(id).orElseThrow().admits(renewed))
                .as("the lock ends the session")
                .isFalse();
        assertThatThrownBy(() -> signIn.attempt(username, "Better@2026", null))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }
}
