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
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console", "/console/organizations", "/console/calendar?year=2026", "/console/password",
        "/console/catalog/areas", "/console/catalog/areas/1", "/console/catalog/areas/1/items/new", "/console/catalogs",
        "/console/catalog/coverage", "/console/negative-lists"})
    void consolePagesPassAxe(String path) throws IOException {
        signIn("gkb");
        open(path);
        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
    }
}
