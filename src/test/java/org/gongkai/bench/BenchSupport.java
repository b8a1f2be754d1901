package org.gongkai.bench;

import java.time.LocalDate;
import java.util.Arrays;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.OrganizationDraft;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the request and report benchmarks share: acting as a demo account, percentiles, the reference aggregate. */
final class BenchSupport {

    private BenchSupport() {}

    /** Acts as the demo account from here on, with the roles it holds in the database. */
    static void actAs(JdbcClient jdbc, String username) {
        var row = jdbc.sql("select id, organization_id from staff_member where username = ?")
                .param(username)
                .query()
                .singleRow();
        String[] roles = jdbc
                .sql("select distinct role from role_grant where staff_id = ?")
                .param(((Number) row.get("id")).longValue())
                .query(String.class)
                .list()
                .stream()
                .map(r -> "ROLE_" + r)
                .toArray(String[]::new);
        StaffPrincipal principal = new StaffPrincipal(
                ((Number) row.get("id")).longValue(),
                username,
                username,
                row.get("organization_id") == null ? null : ((Number) row.get("organization_id")).longValue());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, AuthorityUtils.createAuthorityList(roles)));
    }

    /**
     * Adds departments named 基准测试部门N under the county government until the county has {@code units} reporting
     * units (people's governments, departments, townships, subdistricts), acting as the system administrator.
     */
    static void fillReportingUnits(JdbcClient jdbc, CountyAdministration administration, int units) {
        actAs(jdbc, "sysadmin");
        long county = jdbc.sql("select id from organization where name = '示范县人民政府'")
                .query(Long.class)
                .single();
        long jurisdiction = jdbc.sql("select jurisdiction_id from organization where id = ?")
                .param(county)
                .query(Long.class)
                .single();
        long reporting = jdbc.sql("select count(*) from organization where kind in "
                        + "('PEOPLES_GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP', 'SUBDISTRICT')")
                .query(Long.class)
                .single();
        for (long i = reporting; i < units; i++) {
            administration.createOrganization(new OrganizationDraft(
                    "基准测试部门" + i,
                    OrganizationKind.DEPARTMENT,
                    county,
                    jurisdiction,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
    }

    /** The percentile of the timings, in milliseconds. */
    static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    /** The aggregate a DBA would write for table 三 of a unit and year: every count of the grid in a single scan. */
    static void tableThreeAggregate(JdbcClient jdbc, long unit, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        jdbc.sql(
                        "select applicant_kind, outcome, withholding_ground, "
                                + "sum(case when received_on >= ? then 1 else 0 end), "
                                + "sum(case when received_on < ? then 1 else 0 end), "
                                + "sum(case when concluded_on is null or concluded_on > ? then 1 else 0 end), "
                                + "sum(case when concluded_on between ? and ? then 1 else 0 end) "
                                + "from information_request where organization_id = ? and received_on <= ? "
                                + "and (concluded_on is null or concluded_on >= ?) group by applicant_kind, outcome, withholding_ground")
                .params(first, first, last, first, last, unit, last, first)
                .query()
                .listOfRows();
    }
}
