package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 考核指标 (issue 16 §1) as the supervising office reads it: a period chosen from the list, every unit's figures, and a
 * figure opened to the records behind it; a department's editor sees only his department.
 */
class IndicatorBrowserTests extends BrowserTest {

    @Test
    void theOfficeChoosesAPeriodAndOpensAFigureToItsRecords() throws Exception {
        driver.manage().deleteAllCookies();
        signIn("gkb");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("考核指标")));
        assertThat(h1()).isEqualTo("考核指标");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        new FormPage(driver).choose("period", "2026 年").clickButton("查看");
        assertThat(byId("indicators").getText()).contains("示范县民政局", "示范县教育局", "主动公开及时率");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("a[aria-label^='示范县民政局 发布信息']")));
        assertThat(h1()).isEqualTo("示范县民政局 发布信息");
        assertThat(pageText()).contains("2026 年（2026-01-01 至 2026-12-31）", "发布的信息");
        assertThat(byId("lines").getText()).contains("发布");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("nav.breadcrumb a")));
        assertThat(driver.getCurrentUrl()).contains("period=2026");

        driver.manage().deleteAllCookies();
        signIn("edu_editor");
        open("/console/assessment/indicators?period=2026");
        assertThat(byId("indicators").getText()).contains("示范县教育局").doesNotContain("示范县民政局");
    }
}
