package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 咨询建言 in a real browser (issue 15 §10): a citizen asks the 民政局 on its 咨询建言 page without signing in and keeps the
 * code; the unit's editor answers from the dashboard's reminder list; the answer appears on the unit's page with the
 * personal information masked and behind the citizen's code; the supervising office sees the demo's late and escalated
 * messages; the pages pass axe.
 */
class InquiryBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private long organizationId(String name) {
        return jdbc.sql("select id from organization where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signIn(username);
    }

    @Test
    void aCitizenAsksTheUnitItAnswersAndTheAnswerIsOnTheUnitsPage() throws Exception {
        driver.manage().deleteAllCookies();
        open("/participation");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("咨询建言")));
        assertThat(pageText()).contains("城乡低保标准是多少？");
        new FormPage(driver).clickButton("提交留言");
        assertThat(byId("form-errors").getText()).contains("请选择要咨询的单位");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        new FormPage(driver)
                .choose("unit", "示范县民政局")
                .type("subject", "临时救助怎么申请？（浏览器）")
                .type("question", "我家因病致贫，身份证号 11010519491231002X，请问临时救助怎么申请？")
                .type("name", "孙先生")
                .type("contact", "13700003333")
                .clickButton("提交留言");
        assertThat(h1()).isEqualTo("留言已提交");
        String code = byId("tracking-code").getText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        switchTo("mz_editor");
        open("/console/inquiries");
        assertThat(byId("inquiries").getText()).contains("临时救助怎么申请？（浏览器）", "办理中");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("临时救助怎么申请？（浏览器）")));
        assertThat(seriousAccessibilityViolations()).isEmpty();
        new FormPage(driver)
                .type("answer-text", "您好！请向户籍所在地乡镇人民政府提出申请，急难情形可先行救助。")
                .clickButton("提交答复");
        assertThat(pageText()).contains("已答复");
        assertThat(byId("answer").getText()).contains("先行救助");

        driver.manage().deleteAllCookies();
        open("/participation/inquiries/units/" + organizationId("示范县民政局"));
        assertThat(h1()).isEqualTo("示范县民政局 咨询建言");
        assertThat(byId("answers").getText()).contains("临时救助怎么申请？（浏览器）");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("临时救助怎么申请？（浏览器）")));
        assertThat(byId("question").getText()).contains("临时救助").doesNotContain("11010519491231002X");
        assertThat(byId("answer").getText()).contains("先行救助");
        assertThat(pageText()).contains("孙先生").doesNotContain("13700003333");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        open("/participation/inquiries/track");
        new FormPage(driver).type("code", code.toLowerCase()).clickButton("查询");
        assertThat(byId("inquiry-status").getText()).isEqualTo("已答复");
        assertThat(byId("tracked-answer").getText()).contains("先行救助");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theSupervisingOfficeSeesEveryLateMessage() throws Exception {
        switchTo("gkb");
        open("/console/inquiries");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("超期与督办")));
        assertThat(byId("waiting-late").getText()).contains("东街路灯不亮", "超过2个月未答复", "菜市场周边占道经营", "已超期");
        assertThat(byId("answered-late").getText()).contains("学区划分何时公布？");
        assertThat(byId("unit-figures").getText()).contains("示范县教育局");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("东街路灯不亮")));
        new FormPage(driver).type("urge-text", "已超过 2 个月，请本周内答复").clickButton("督办");
        assertThat(byId("urge-note").getText()).contains("请本周内答复");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }
}
