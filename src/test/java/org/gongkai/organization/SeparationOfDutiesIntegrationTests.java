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

    private String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void theSystemAdministratorCreatesAccountsButCannotGrantRolesOrReadTheTrail() {
        actAs("sysadmin");
        long education = organizationId("示范县教育局");
        String username = uniqueName();
        StaffAdministration.OneTimePassword created = staff.createAccount(
                new StaffDraft(username, "新同事", "13800138000", education));
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
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已被使用");
        assertThatThrownBy(() -> staff.createAccount(new StaffDraft("1abc", "错名", null, education)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("字母开头");
        assertThatThrownBy(() -> staff.createAccount(new StaffDraft(uniqueName(), "电话错", "12345", education)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("联系电话");
    }

    @Test
    void aTownshipAdministratorManagesOnlyHisTownshipsAccounts() {
        actAs("secadmin");
        long chengguan = organizationId("示范县城关镇人民政府");
        long cgSigner = staffId("cg_signer");
        // a system administrator scoped to one township
        actAs("sysadmin");
        String username = uniqueName();
        long townAdmin = staff.createAccount(new StaffDraft(username, "镇管理员", null, chengguan)).staffId();
        actAs("secadmin");
        staff.grantRole(townAdmin, Role.SYSTEM_ADMIN, chengguan, true);
        actAs(username);
        assertThat(staff.visibleAccounts()).extracting(StaffMember::username).contains("cg_editor", "cg_signer")
                .doesNotContain("hd_editor", "edu_editor");
        assertThatCode(() -> staff.account(cgSigner)).doesNotThrowAnyException();
        assertThatThrownBy(() -> staff.account(staffId("hd_editor"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.resetPassword(staffId("hd_editor"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.createAccount(new StaffDraft(uniqueName(), "越权", null,
                organizationId("示范县河东镇人民政府")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecurityAdministratorGrantsScopedRoles_neverToHimself_andAdministratorRolesStaySeparate() {
        actAs("sysadmin");
        long hedong = organizationId("示范县河东镇人民政府");
        long target = staff.createAccount(new StaffDraft(uniqueName(), "河东签发人", null, hedong)).staffId();

        actAs("secadmin");
        long grant = staff.grantRole(target, Role.SIGNER, hedong, false);
        assertThat(staff.grantsOf(target)).extracting(RoleGrant::role).containsExactly(Role.SIGNER);
        assertThatThrownBy(() -> staff.grantRole(target, Role.SIGNER, hedong, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已在该单位拥有");
        assertThatThrownBy(() -> staff.grantRole(staffId("secadmin"), Role.AUDIT_ADMIN, null, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能给自己");
        assertThatThrownBy(() -> staff.grantRole(staffId("sysadmin"), Role.AUDIT_ADMIN, null, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("三员分立");
        assertThatThrownBy(() -> staff.grantRole(target, null, hedong, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("请选择");
        staff.revokeGrant(grant);
        assertThat(staff.grantsOf(target)).isEmpty();

        actAs("auditadmin");
        assertThatThrownBy(() -> staff.grantRole(target, Role.EDITOR, hedong, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.search(new AuditQuery(null, "ROLE_GRANT", null, null, null, 0, 10)).total()).isPositive();
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
}
