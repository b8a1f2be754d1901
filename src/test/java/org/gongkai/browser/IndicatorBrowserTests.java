package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 考核指标 (issue 16 §1) as the supervising office reads it: a period chosen from the list, every unit's figures, and a
 * figure opened to the records behind it; a department's editor sees only his department.
 */
class IndicatorBrowserTests extends BrowserTest {

    @Test
    void theOfficeChoosesAPeriodAndOpensAFigureToItsRecords() throws Exception {
        driver.manage().deleteAllCookies();
        signIn("gkb");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("监督考核")));
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

    @Test
    void theOfficeChangesARubricItemsPointsAndSeesTheUnitsScores() throws Exception {
        driver.manage().deleteAllCookies();
        signIn("gkb");
        open("/console/assessment/rubrics");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("政务公开第三方评估指标（模板）")));
        assertThat(pageText()).contains("主动公开", "按比例得分");
        driver.findElement(By.cssSelector("summary[aria-label='修改：答复文书规范']")).click();
        WebElement form = driver.findElement(By.xpath("//summary[@aria-label='修改：答复文书规范']/following-sibling::form[1]"));
        WebElement points = form.findElement(By.name("points"));
        // what a browser would stop (max="100") still gets a message from the server
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('max')", points);
        points.clear();
        points.sendKeys("101");
        FormPage.clickAndWaitForNextPage(driver, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(pageText()).contains("分值应为 1 至 100 之间的整数");
        driver.findElement(By.cssSelector("summary[aria-label='修改：答复文书规范']")).click();
        form = driver.findElement(By.xpath("//summary[@aria-label='修改：答复文书规范']/following-sibling::form[1]"));
        points = form.findElement(By.name("points"));
        points.clear();
        points.sendKeys("9");
        FormPage.clickAndWaitForNextPage(driver, form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(pageText()).contains("已修改评分项目");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("按本标准查看各单位自动计分")));
        assertThat(byId("scores").getText()).contains("示范县民政局");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        driver.manage().deleteAllCookies();
        signIn("edu_editor");
        open("/console/assessment/rubrics/2");
        assertThat(driver.findElements(By.cssSelector("summary[aria-label^='修改：']")))
                .as("a unit reads the rubric it is scored on; only the office edits it")
                .isEmpty();
    }
}
