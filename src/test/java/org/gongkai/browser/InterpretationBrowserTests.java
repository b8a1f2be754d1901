package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 三同步 in a real browser (issue 15): a department drafts a 行政规范性文件 and its 问答, links them, both pass the
 * secrecy review, the signer signs the policy and both publish together; the public goes from the policy to its
 * interpretation and back; the pages pass axe.
 */
class InterpretationBrowserTests extends BrowserTest {

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signIn(username);
    }

    private String draft(String title, String type, String body) {
        open("/console/information");
        new FormPage(driver).choose("newUnit", "示范县民政局").submitFormOf("newUnit");
        new FormPage(driver)
                .type("title", title)
                .choose("documentType", type)
                .choose("topicCode", "民政、扶贫、救灾 > 社会福利")
                .type("body", body);
        driver.findElement(By.cssSelector("input[name=attribute][value=PROACTIVE]"))
                .click();
        new FormPage(driver).submitFormOf("title");
        assertThat(h1()).isEqualTo(title);
        return driver.getCurrentUrl();
    }

    private void clear(String recordUrl) {
        driver.get(recordUrl);
        new FormPage(driver).clickButton("审查通过，送签发");
        assertThat(byId("record-status").getText()).isEqualTo("待签发");
    }

    @Test
    void aPolicyAndItsQaAreSignedTogether_andThePublicFollowsTheLinksBothWays() throws Exception {
        switchTo("mz_editor");
        String policyUrl = draft("示范县困难群众医疗救助办法（浏览器）", "行政规范性文件", "第一条 为做好医疗救助工作，制定本办法。");
        assertThat(byId("interpretation").getText()).contains("本文件需要政策解读（按体裁");
        new FormPage(driver).clickButton("提交保密审查");

        String qaUrl = draft("《示范县困难群众医疗救助办法》问答（浏览器）", "政策解读", "问：谁可以申请医疗救助？\n答：低保对象、特困人员等。");
        new FormPage(driver).clickButton("提交保密审查");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("解读形式");
        new FormPage(driver).choose("interpretation-form", "图解").type("interpretation-author", "社会救助股");
        driver.findElement(By.xpath("//label[contains(., '示范县困难群众医疗救助办法（浏览器）')]/input"))
                .click();
        new FormPage(driver).clickButton("保存解读信息");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("图解文字说明");
        new FormPage(driver).choose("interpretation-form", "问答").type("interpretation-author", "示范县民政局社会救助股");
        driver.findElement(By.xpath("//label[contains(., '示范县困难群众医疗救助办法（浏览器）')]/input"))
                .click();
        new FormPage(driver).clickButton("保存解读信息");
        assertThat(pageText()).contains("已保存解读信息");
        assertThat(byId("explained").getText()).contains("示范县困难群众医疗救助办法（浏览器）");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        new FormPage(driver).clickButton("提交保密审查");
        assertThat(byId("record-status").getText()).isEqualTo("待保密审查");

        switchTo("mz_reviewer");
        clear(policyUrl);
        clear(qaUrl);

        switchTo("mz_signer");
        driver.get(policyUrl);
        assertThat(byId("signed-with").getText()).contains("《示范县困难群众医疗救助办法》问答（浏览器）");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        new FormPage(driver).type("signoff-comment", "同意").clickButton("签发并发布");
        assertThat(byId("record-status").getText()).isEqualTo("已发布");
        String policyNumber = byId("record-index-number").getText();
        driver.get(qaUrl);
        assertThat(byId("record-status").getText()).isEqualTo("已发布");

        driver.manage().deleteAllCookies();
        open("/information/" + policyNumber);
        assertThat(byId("interpretations").getText()).contains("政策解读：", "问答（浏览器）", "（问答）");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("问答（浏览器）")));
        assertThat(h1()).isEqualTo("《示范县困难群众医疗救助办法》问答（浏览器）");
        assertThat(byId("interpretation-by").getText()).isEqualTo("解读形式：问答　解读机构：示范县民政局社会救助股");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("#explains a")));
        assertThat(byId("meta-index-number").getText()).isEqualTo(policyNumber);
    }
}
