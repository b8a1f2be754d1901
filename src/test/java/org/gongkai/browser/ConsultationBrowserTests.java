package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 公开征求意见 in a real browser (issue 15 §4): the department drafts a consultation and its signer publishes it for 30
 * days; a citizen comments on paragraph 3 without signing in; the editor moderates it and the public reads it with the
 * personal information masked; the pages pass axe.
 */
class ConsultationBrowserTests extends BrowserTest {

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signIn(username);
    }

    @Test
    void aCitizenCommentsOnParagraphThree_andReadsTheModeratedComment() throws Exception {
        switchTo("mz_editor");
        open("/console/consultations");
        new FormPage(driver).choose("newUnit", "示范县民政局").submitFormOf("newUnit");
        new FormPage(driver)
                .type("title", "关于公开征求《示范县居家养老服务补贴办法（征求意见稿）》意见的公告（浏览器）")
                .type(
                        "draftText",
                        "第一条 为支持居家养老，制定本办法。\n第二条 本办法适用于本县户籍老年人。\n" + "第三条 八十周岁以上老年人每月补贴一百元。\n第四条 本办法自发布之日起施行。")
                .type("explanation", "为落实居家养老服务政策，起草本办法。");
        new FormPage(driver).submitFormOf("title");
        assertThat(byId("consultation-phase").getText()).isEqualTo("草稿");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        String consoleUrl = driver.getCurrentUrl();

        switchTo("mz_signer");
        driver.get(consoleUrl);
        new FormPage(driver).clickButton("发布征求意见");
        assertThat(byId("consultation-phase").getText()).isEqualTo("征求中");

        driver.manage().deleteAllCookies();
        open("/participation/consultations");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("居家养老服务补贴办法")));
        assertThat(byId("consultation-period").getText()).contains("（30 日）");
        assertThat(byId("p3").getText()).startsWith("第三条");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        new FormPage(driver).clickButton("提交意见");
        assertThat(byId("form-errors").getText()).contains("请填写您的意见");
        new FormPage(driver)
                .choose("paragraph", "第 3 段：第三条 八十周岁以上老年人每月补贴一百元。")
                .type("body", "建议七十周岁以上即可享受补贴。联系电话13800001111")
                .type("name", "赵女士")
                .type("contact", "zhao@example.com")
                .clickButton("提交意见");
        assertThat(h1()).isEqualTo("意见已提交");
        assertThat(byId("comment-number").getText()).matches("\\d+");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        switchTo("mz_editor");
        driver.get(consoleUrl);
        assertThat(byId("comments").getText()).contains("第 3 段", "赵女士", "待审核").doesNotContain("13800001111");
        new FormPage(driver).clickButton("公开");
        assertThat(pageText()).contains("意见已公开");

        driver.manage().deleteAllCookies();
        open("/participation/consultations");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("居家养老服务补贴办法")));
        assertThat(byId("public-comments").getText())
                .contains("赵女士", "针对第 3 段", "建议七十周岁以上")
                .doesNotContain("13800001111")
                .doesNotContain("zhao@example.com");
    }
}
