package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 问卷调查 in a real browser without signing in (issue 15 §8): a resident answers the demo's open questionnaire, a
 * missing answer is named, the answer is taken once and the page then says so; the pages pass axe.
 */
class SurveyBrowserTests extends BrowserTest {

    @Test
    void aResidentAnswersOnceAndIsToldSoAfterwards() throws Exception {
        driver.manage().deleteAllCookies();
        open("/participation/surveys");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("老旧小区改造意愿调查")));
        assertThat(byId("survey-phase").getText()).isEqualTo("进行中");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        driver.findElement(By.cssSelector("input[name=q1][value='1']")).click();
        new FormPage(driver).clickButton("提交答卷");
        assertThat(byId("form-errors").getText()).contains("请回答第 2 题");
        assertThat(driver.findElement(By.cssSelector("input[name=q1][value='1']"))
                        .isSelected())
                .as("what was chosen is kept")
                .isTrue();
        driver.findElement(By.cssSelector("input[name=q2][value='1']")).click();
        driver.findElement(By.cssSelector("input[name=q2][value='3']")).click();
        new FormPage(driver).type("q3", "小区改造时请保留老树。").clickButton("提交答卷");
        assertThat(h1()).isEqualTo("答卷已提交");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("返回问卷")));
        assertThat(byId("already-answered").getText()).contains("已经参加过");
        assertThat(driver.findElements(By.cssSelector("input[name=q1]"))).isEmpty();
    }
}
