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

    /** Issue 14 §9: documents read like what their titles name, and no month's figures are written before its end. */
    @org.junit.jupiter.api.Test
    void documentsFitTheirTitlesAndDates() {
        var penalties = jdbc.sql("select body_text from information_revision where document_type = 'PENALTY_DECISION'")
                .query(String.class)
                .list();
        org.assertj.core.api.Assertions.assertThat(penalties)
                .isNotEmpty()
                .allSatisfy(b -> org.assertj.core.api.Assertions.assertThat(b)
                        .contains("当事人：", "违法事实", "罚款人民币", "申请行政复议", "提起行政诉讼")
                        .doesNotContain("各有关单位"));
        var statistics = jdbc.sql(
                        "select title, formed_date from information_revision where document_type = 'STATISTICS'")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getDate(2).toLocalDate()})
                .list();
        org.assertj.core.api.Assertions.assertThat(statistics).isNotEmpty();
        java.util.regex.Pattern month = java.util.regex.Pattern.compile("(\\d{4})年(\\d{1,2})月");
        for (Object[] row : statistics) {
            var m = month.matcher((String) row[0]);
            org.assertj.core.api.Assertions.assertThat(m.find())
                    .as((String) row[0])
                    .isTrue();
            java.time.LocalDate start =
                    java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            org.assertj.core.api.Assertions.assertThat((java.time.LocalDate) row[1])
                    .as("%s is formed after its month", row[0])
                    .isAfterOrEqualTo(start.plusMonths(1));
        }
        // 要闻动态: most work records are news (a meeting, a campaign, a visit, a training) told with their day
        var work = jdbc.sql(
                        "select title, body_text, formed_date from information_revision where document_type = 'WORK_REPORT'")
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()
                })
                .list();
        var news = work.stream().filter(w -> !((String) w[0]).endsWith("工作总结")).toList();
        org.assertj.core.api.Assertions.assertThat(news).hasSizeGreaterThan(work.size() / 2);
        for (Object[] w : news) {
            java.time.LocalDate day = (java.time.LocalDate) w[2];
            org.assertj.core.api.Assertions.assertThat((String) w[1])
                    .as((String) w[0])
                    .startsWith(day.getMonthValue() + "月" + day.getDayOfMonth() + "日，")
                    .doesNotContain("存在的问题");
        }
    }
}
