package org.gongkai.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The demo county has what the README promises: units of every kind and an account for every role. */
class DemoCountyIntegrationTests extends IntegrationTest {

    @Test
    void hasTheGovernmentItsOfficeAndTheNamedDepartments() {
        List<String> departments = jdbc.sql("select name from organization where kind = 'DEPARTMENT'")
                .query(String.class)
                .list();
        assertThat(departments)
                .hasSizeGreaterThanOrEqualTo(9)
                .contains(
                        "示范县人民政府办公室",
                        "示范县发展和改革局",
                        "示范县教育局",
                        "示范县民政局",
                        "示范县财政局",
                        "示范县自然资源局",
                        "示范县住房和城乡建设局",
                        "示范县应急管理局",
                        "示范县司法局");
        assertThat(count("select count(*) from organization where kind = 'PEOPLES_GOVERNMENT'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from organization where kind in ('TOWNSHIP', 'SUBDISTRICT')"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from organization where kind = 'VILLAGE_COMMITTEE'"))
                .isEqualTo(3);
    }

    @Test
    void everyRoleHasADemoAccount() {
        assertThat(jdbc.sql("select distinct role from role_grant")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "SYSTEM_ADMIN",
                        "SECURITY_ADMIN",
                        "AUDIT_ADMIN",
                        "SUPERVISOR",
                        "EDITOR",
                        "SECRECY_REVIEWER",
                        "SIGNER",
                        "REQUEST_HANDLER");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
