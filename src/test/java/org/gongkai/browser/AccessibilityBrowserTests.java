package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core finds no serious or critical violation on the public pages and the sign-in page. */
class AccessibilityBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/openness", "/organizations", "/organizations/3", "/console/signin", "/catalogs",
        "/negative-lists"})
    void publicPagesPassAxe(String path) throws IOException {
        open(path);
        assertNotAnErrorPage(path);
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console", "/console/organizations", "/console/calendar?year=2026", "/console/password",
        "/console/catalog/areas", "/console/catalog/areas/1", "/console/catalog/areas/1/items/new", "/console/catalogs",
        "/console/catalog/coverage", "/console/negative-lists"})
    void consolePagesPassAxe(String path) throws IOException {
        signIn("gkb");
        open(path);
        assertNotAnErrorPage(path);
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
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

    /** An error page would pass axe too; make sure the page under test is the one asked for. */
    private void assertNotAnErrorPage(String path) {
        assertThat(h1()).as("%s shows an error page: %s", path, pageText())
                .isNotIn("出错了", "系统繁忙", "无权访问", "页面不存在", "请求有误", "无法完成操作", "文件过大");
    }
}
