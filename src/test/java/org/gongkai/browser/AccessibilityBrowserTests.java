package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core finds no serious or critical violation on the public pages and the sign-in page. */
class AccessibilityBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/openness",
                "/organizations",
                "/organizations/3",
                "/console/signin",
                "/catalogs",
                "/negative-lists",
                "/openness/information",
                "/openness/information?year=2025&sort=WRITTEN",
                "/openness/units/5",
                "/openness/units/5/guide",
                "/openness/units/13",
                "/search",
                "/openness/cleanup",
                "/openness/reports",
                "/openness/units/5/reports",
                "/search?q=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93",
                "/api/v1/docs",
                "/contact",
                "/sitemap",
                "/accessibility",
                "/organizations/1",
                "/search?q=%E5%A9%9A%E5%92%BD%E7%99%BB%E8%AE%B0",
                "/search?q=%E6%9C%80%E5%BA%95%E7%94%9F%E6%B4%BB%E4%BF%9D%E9%9A%9C",
                "/participation/consultations",
                "/participation/consultations/1",
                "/participation/consultations/3",
                "/participation",
                "/participation/inquiries",
                "/participation/inquiries/1",
                "/participation/inquiries/track",
                "/participation/hearings",
                "/participation/hearings/1",
                "/participation/hearings/2",
                "/participation/decisions",
                "/participation/surveys",
                "/participation/surveys/1",
                "/participation/responses",
                "/participation/responses/1",
                "/participation/attendances",
                "/participation/attendances/1"
            })
    void publicPagesPassAxe(String path) throws IOException {
        open(path);
        assertNotAnErrorPage(path);
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/console",
                "/console/organizations",
                "/console/calendar?year=2026",
                "/console/password",
                "/console/catalog/areas",
                "/console/catalog/areas/1",
                "/console/catalog/areas/1/items/new",
                "/console/catalogs",
                "/console/catalog/coverage",
                "/console/negative-lists",
                "/console/information/settings",
                "/console/requests",
                "/console/requests/statistics?year=2026",
                "/console/requests/templates",
                "/console/reports?year=2025",
                "/console/reports/figures?organizationId=5&year=2025",
                "/console/reports/rollup?year=2025",
                "/console/reports/import?organizationId=5&year=2024",
                "/console/reports/import?organizationId=5&year=2020",
                "/console/reports/cells?organizationId=5&year=2025&row=NEW_THIS_YEAR",
                "/console/requests/1",
                "/console/sites",
                "/console/sites?edit=1",
                "/console/search-synonyms",
                "/console/search-synonyms?edit=1",
                "/console/organizations/1",
                "/console/organizations/5",
                "/console/consultations",
                "/console/consultations/2",
                "/console/consultations/3",
                "/console/participation",
                "/console/assessment/indicators",
                "/console/assessment/rubrics",
                "/console/assessment/rubrics/1",
                "/console/assessment/rubrics/1/scores?period=2026",
                "/console/assessment/indicators?period=2026",
                "/console/assessment/indicators/5/PUBLISHED?period=2026",
                "/console/assessment/indicators/5/REQUEST_ON_TIME?period=2026",
                "/console/assessment/indicators/1/ANNUAL_REPORT?period=2026",
                "/console/inquiries",
                "/console/inquiries/supervision",
                "/console/inquiries/6",
                "/console/hearings",
                "/console/hearings/2",
                "/console/hearings/3",
                "/console/decision-catalogs",
                "/console/decision-catalogs/1",
                "/console/surveys",
                "/console/surveys/1",
                "/console/surveys/3/edit",
                "/console/responses",
                "/console/attendances"
            })
    void consolePagesPassAxe(String path) throws IOException {
        signIn("gkb");
        open(path);
        assertNotAnErrorPage(path);
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
    }

    /** The audit administrator reads the trail with each action named in Chinese beside its code. */
    @org.junit.jupiter.api.Test
    void theAuditTrailNamesItsActionsInChinese() throws IOException {
        signIn("auditadmin");
        open("/console/audit");
        assertNotAnErrorPage("/console/audit");
        assertThat(pageText()).contains("登录").contains("SIGN_IN");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/catalogs", "/console/negative-lists"})
    void anAdministratorWithoutCatalogRolesIsToldSoNotRefused(String path) throws IOException {
        signIn("secadmin");
        open(path);
        assertNotAnErrorPage(path);
        assertThat(pageText()).contains("已发布的");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    /**
     * Issue 9 §22: in high contrast, metadata labels were white on light blue (~1.1:1), headings dark blue on black
     * (~2:1), the footer #555 on black. Every display mode reaches WCAG AA contrast (axe's color-contrast rule is
     * serious), on the pages and on a record page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"contrast=true", "large=true", "large=true&contrast=true"})
    void everyDisplayModePassesAxe(String mode) throws IOException {
        open("/display?" + mode + "&back=/");
        for (String path : new String[] {
            "/",
            "/openness",
            "/openness/information",
            "/openness/units/5",
            "/organizations/3",
            "/catalogs",
            "/search?q=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93",
            "/negative-lists",
            "/openness/units/5/guide",
            "/organizations/1",
            "/search?q=%E5%A9%9A%E5%92%BD%E7%99%BB%E8%AE%B0",
            "/search?q=%E6%9C%80%E5%BA%95%E7%94%9F%E6%B4%BB%E4%BF%9D%E9%9A%9C",
            "/participation/consultations/1",
            "/participation/consultations/3",
            "/participation/inquiries",
            "/participation/inquiries/1",
            "/participation/hearings/1",
            "/participation/decisions",
            "/participation/surveys/1",
            "/participation/responses/1",
            "/participation/attendances/1"
        }) {
            open(path);
            assertNotAnErrorPage(path);
            assertThat(seriousAccessibilityViolations()).as(mode + " " + path).isEmpty();
        }
        open("/openness/information");
        FormPage.clickAndWaitForNextPage(
                driver, driver.findElement(org.openqa.selenium.By.cssSelector("#information-list a")));
        assertThat(seriousAccessibilityViolations()).as(mode + " record page").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aRecordPagePassesAxe() throws IOException {
        open("/openness/information");
        FormPage.clickAndWaitForNextPage(
                driver, driver.findElement(org.openqa.selenium.By.cssSelector("#information-list a")));
        assertNotAnErrorPage(driver.getCurrentUrl());
        assertThat(driver.findElement(org.openqa.selenium.By.id("meta-index-number"))
                        .getText())
                .isNotBlank();
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/console/information",
                "/console/information/deadlines",
                "/console/information/wording",
                "/console/information/settings",
                "/console/cleanup",
                "/console/information/new?organizationId=5"
            })
    void informationConsolePagesPassAxe(String path) throws IOException {
        signIn("edu_editor");
        open(path.replace("organizationId=5", "organizationId=" + organizationId("示范县教育局")));
        assertNotAnErrorPage(path);
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
        if (path.equals("/console/information")) {
            FormPage.clickAndWaitForNextPage(
                    driver, driver.findElement(org.openqa.selenium.By.cssSelector("#records a")));
            assertNotAnErrorPage(driver.getCurrentUrl());
            assertThat(seriousAccessibilityViolations())
                    .as(driver.getCurrentUrl())
                    .isEmpty();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long organizationId(String name) {
        return jdbc.sql("select id from organization where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    /** An error page would pass axe too; make sure the page under test is the one asked for. */
    private void assertNotAnErrorPage(String path) {
        assertThat(h1())
                .as("%s shows an error page: %s", path, pageText())
                .isNotIn("出错了", "系统繁忙", "无权访问", "页面不存在", "请求有误", "无法完成操作", "文件过大");
    }
}
