package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The editor's path and the public path in a real browser: an editor drafts a policy with an ID number in
 * it, is stopped and masks it; the secrecy reviewer and the signer approve; the public reads it with its
 * metadata block and later sees it marked repealed with a link to what replaced it.
 */
class InformationBrowserTests extends BrowserTest {

    private static final String ID_NUMBER = "11010519491231002X";

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signIn(username);
    }

    /** Drafts a proactive normative document of 民政局 and returns the console address of the record. */
    private String draft(String title, String number, String body) {
        open("/console/information");
        new FormPage(driver).choose("newUnit", "示范县民政局").submitFormOf("newUnit");
        assertThat(h1()).startsWith("新建信息");
        new FormPage(driver)
                .type("title", title)
                .type("documentNumber", number)
                .choose("documentType", "行政规范性文件")
                .choose("needsInterpretation", "不需要解读")
                .choose("topicCode", "民政、扶贫、救灾 > 社会福利")
                .choose("column", "第二十条（十一） 扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况")
                .type("summary", "最低生活保障的对象、标准和程序")
                .type("body", body);
        driver.findElement(By.cssSelector("input[name=attribute][value=PROACTIVE]"))
                .click();
        new FormPage(driver).submitFormOf("title");
        assertThat(h1()).isEqualTo(title);
        return driver.getCurrentUrl();
    }

    private String reviewAndPublish(String recordUrl) {
        switchTo("mz_reviewer");
        driver.get(recordUrl);
        new FormPage(driver).clickButton("审查通过，送签发");
        assertThat(byId("record-status").getText()).isEqualTo("待签发");
        switchTo("mz_signer");
        driver.get(recordUrl);
        new FormPage(driver).type("signoff-comment", "同意").clickButton("签发并发布");
        assertThat(byId("record-status").getText()).isEqualTo("已发布");
        return byId("record-index-number").getText();
    }

    @Test
    void anEditorIsStoppedByAnIdNumberMasksItAndThePublicReadsThePublishedPolicy() {
        switchTo("mz_editor");
        String recordUrl =
                draft("示范县城乡低保审核确认办法（浏览器）", "示民发〔2026〕21号", "第一条 为规范低保审核确认工作，制定本办法。\n附：申请人示例 张三 " + ID_NUMBER);
        assertThat(pageText()).contains("扫描发现 1 处");
        assertThat(byId("findings").getText())
                .contains("居民身份证号码", "110105********002X")
                .doesNotContain(ID_NUMBER);

        new FormPage(driver).clickButton("提交保密审查");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("尚未处理");
        assertThat(byId("record-status").getText()).isEqualTo("草稿");

        new FormPage(driver).clickButton("遮盖");
        assertThat(pageText()).contains("已遮盖（更正）").doesNotContain(ID_NUMBER);
        new FormPage(driver).clickButton("提交保密审查");
        assertThat(byId("record-status").getText()).isEqualTo("待保密审查");
        assertThat(pageText()).doesNotContain("保密审查\n审查意见");

        String indexNumber = reviewAndPublish(recordUrl);
        assertThat(indexNumber).matches("[0-9A-Z]{9}/\\d{4}-\\d{5}");

        // The public finds it by a Chinese phrase from the search box on every page.
        driver.manage().deleteAllCookies();
        open("/");
        new FormPage(driver).type("site-q", "低保审核确认").submitFormOf("site-q");
        assertThat(byId("search-status").getText()).startsWith("找到");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector(".search-results a.result-title")));
        assertThat(byId("meta-index-number").getText()).isEqualTo(indexNumber);

        open("/openness");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("示范县民政局")));
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("示范县城乡低保审核确认办法（浏览器）")));
        assertThat(byId("meta-index-number").getText()).isEqualTo(indexNumber);
        assertThat(byId("meta-validity").getText()).isEqualTo("有效");
        assertThat(pageText())
                .contains("示范县民政局", "示民发〔2026〕21号", "民政、扶贫、救灾 > 社会福利", "110105********002X")
                .doesNotContain(ID_NUMBER);

        // A later policy replaces it; the editor marks the original repealed, and the public sees both links.
        switchTo("mz_editor");
        String replacementUrl = draft("示范县城乡低保审核确认办法（2026年修订，浏览器）", "示民发〔2026〕22号", "第一条 修订后的办法。");
        new FormPage(driver).clickButton("提交保密审查");
        String replacementNumber = reviewAndPublish(replacementUrl);
        switchTo("mz_editor");
        driver.get(recordUrl);
        new FormPage(driver).choose("validity", "已废止").type("relatedIndexNumber", replacementNumber);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2026-03-02'", byId("validityDate"));
        new FormPage(driver).clickButton("更新有效性");
        assertThat(pageText()).contains("有效性已更新");

        driver.manage().deleteAllCookies();
        open("/information/" + indexNumber);
        assertThat(pageText()).contains("本文件已废止");
        assertThat(byId("meta-validity").getText()).isEqualTo("已废止");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("2026年修订，浏览器")));
        assertThat(byId("meta-index-number").getText()).isEqualTo(replacementNumber);
        assertThat(pageText()).contains("本文件修改或废止的文件", "示范县城乡低保审核确认办法（浏览器）");
    }
}
