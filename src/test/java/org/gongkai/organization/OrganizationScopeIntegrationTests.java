package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Roles are scoped to an organization and its subtree, enforced in the services whatever is posted. */
class OrganizationScopeIntegrationTests extends IntegrationTest {

    @Autowired
    CountyAdministration county;

    private OrganizationDraft contact(Organization o, String phone) {
        return new OrganizationDraft(
                o.name(),
                o.kind(),
                o.parentId(),
                o.jurisdictionId(),
                o.creditCode(),
                o.functions(),
                o.officeAddress(),
                o.officeHours(),
                phone,
                o.fax(),
                o.email(),
                o.website(),
                o.sortOrder());
    }

    @Test
    void aTownshipEditorSeesAndKeepsOnlyHisOwnTownship() {
        long chengguan = organizationId("示范县城关镇人民政府");
        long hedong = organizationId("示范县河东镇人民政府");
        actAs("cg_editor");

        assertThat(county.visibleOrganizations()).extracting(Organization::id).containsExactly(chengguan);
        Organization own = county.organization(chengguan);
        county.updateContactDetails(chengguan, own.version(), contact(own, "0818-6200099"));
        assertThat(county.organization(chengguan).phone()).isEqualTo("0818-6200099");

        long deniedBefore = deniedEntries();
        assertThatThrownBy(() -> county.organization(hedong))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("没有执行此操作的权限");
        assertThatThrownBy(() -> county.updateContactDetails(hedong, 0, contact(own, "0818-6200098")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> county.createOrganization(new OrganizationDraft(
                        "某村委会" + UUID.randomUUID(),
                        OrganizationKind.VILLAGE_COMMITTEE,
                        chengguan,
                        own.jurisdictionId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(deniedEntries()).isEqualTo(deniedBefore + 3);
        actAs("sysadmin");
        assertThat(county.organization(hedong).phone()).doesNotContain("6200098");
    }

    @Test
    void theSupervisorWithSubtreeSeesEveryTownship() {
        actAs("gkb");
        assertThat(county.organization(organizationId("示范县河东镇人民政府")).name()).isEqualTo("示范县河东镇人民政府");
        assertThat(county.visibleOrganizations()).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void theSystemAdministratorCreatesADepartment_andBadInputIsNamedAndNothingSaved() {
        actAs("sysadmin");
        long government = organizationId("示范县人民政府");
        long jurisdiction = county.organization(government).jurisdictionId();
        String name = "示范县审计局" + UUID.randomUUID().toString().substring(0, 6);
        String first17 = "11510799MB9" + String.format("%06d", Math.abs(name.hashCode()) % 1_000_000);
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        long id = county.createOrganization(new OrganizationDraft(
                name,
                OrganizationKind.DEPARTMENT,
                government,
                jurisdiction,
                code,
                "负责审计监督。",
                "示范县人民路9号",
                "工作日",
                "0818-6212345",
                null,
                "sj@shifanxian.gov.cn",
                null,
                50));
        assertThat(county.organization(id).creditCode()).isEqualTo(code);
        long count = countOrganizations();

        assertThatThrownBy(() -> county.createOrganization(new OrganizationDraft(
                        name,
                        OrganizationKind.DEPARTMENT,
                        government,
                        jurisdiction,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已存在");
        String wrongCheck = first17 + (code.endsWith("0") ? "1" : "0");
        assertThatThrownBy(() -> county.createOrganization(new OrganizationDraft(
                        name + "二",
                        OrganizationKind.DEPARTMENT,
                        government,
                        jurisdiction,
                        wrongCheck,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("校验位")
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("creditCode"));
        assertThatThrownBy(() -> county.createOrganization(new OrganizationDraft(
                        name + "三",
                        OrganizationKind.DEPARTMENT,
                        government,
                        jurisdiction,
                        code,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被其他单位使用");
        assertThat(countOrganizations()).isEqualTo(count);
    }

    @Test
    void anOrganizationCannotBecomeItsOwnAncestor() {
        actAs("sysadmin");
        long government = organizationId("示范县人民政府");
        long township = organizationId("示范县城关镇人民政府");
        Organization gov = county.organization(government);
        OrganizationDraft loop = new OrganizationDraft(
                gov.name(),
                gov.kind(),
                township,
                gov.jurisdictionId(),
                gov.creditCode(),
                gov.functions(),
                gov.officeAddress(),
                gov.officeHours(),
                gov.phone(),
                gov.fax(),
                gov.email(),
                gov.website(),
                gov.sortOrder());
        assertThatThrownBy(() -> county.updateOrganization(government, gov.version(), loop))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能把单位设为自己");
        assertThat(county.organization(government).parentId()).isNull();
    }

    @Test
    void aStaleEditIsToldTheRecordChanged() {
        actAs("sysadmin");
        long office = organizationId("示范县人民政府办公室");
        Organization o = county.organization(office);
        county.updateContactDetails(office, o.version(), contact(o, "0818-6200001"));
        assertThatThrownBy(() -> county.updateContactDetails(office, o.version(), contact(o, "0818-6200002")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");
        assertThat(county.organization(office).phone()).isEqualTo("0818-6200001");
    }

    @Test
    void jurisdictionCodesFollowTheirLevelAndParent() {
        actAs("sysadmin");
        long countyId = jdbc.sql("select id from jurisdiction where code = '510799'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> county.createJurisdiction(
                        new JurisdictionDraft("51079", "错", AdministrativeLevel.COUNTY, null)))
                .hasMessageContaining("6 位数字");
        assertThatThrownBy(() -> county.createJurisdiction(
                        new JurisdictionDraft("510799100", "重复", AdministrativeLevel.TOWNSHIP, countyId)))
                .hasMessageContaining("已存在");
        assertThatThrownBy(() -> county.createJurisdiction(
                        new JurisdictionDraft("510800100", "错上级", AdministrativeLevel.TOWNSHIP, countyId)))
                .hasMessageContaining("开头");
        assertThatThrownBy(() -> county.createJurisdiction(
                        new JurisdictionDraft("510799100333", "错层级", AdministrativeLevel.VILLAGE, countyId)))
                .hasMessageContaining("上级应为乡级");
        actAs("cg_editor");
        assertThatThrownBy(() -> county.createJurisdiction(
                        new JurisdictionDraft("510799300", "新乡", AdministrativeLevel.TOWNSHIP, countyId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long deniedEntries() {
        return jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'")
                .query(Long.class)
                .single();
    }

    private long countOrganizations() {
        return jdbc.sql("select count(*) from organization").query(Long.class).single();
    }
}
