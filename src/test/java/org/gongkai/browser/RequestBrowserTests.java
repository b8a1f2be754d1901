package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen applies online without script, is told field by field what is missing, gets a 查询码, and follows the
 * case; the handler confirms receipt and the tracking page shows the deadline (issue 11 §1, §8). axe on every page.
 */
class RequestBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void applyOnline_track_confirm_track() throws IOException {
        long unit = jdbc.sql("select id from organization where name = '示范县民政局'")
                .query(Long.class)
                .single();
        forgetSession();
        open("/openness/units/" + unit);
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("依申请公开")));
        assertThat(h1()).isEqualTo("示范县民政局 · 依申请公开");
        assertThat(pageText()).contains("20 个工作日").contains("第三十一条").contains("行政复议");
        assertThat(seriousAccessibilityViolations()).as("guide").isEmpty();

        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("在线提交申请")));
        assertThat(seriousAccessibilityViolations()).as("form").isEmpty();
        submit();
        assertThat(byId("form-errors").getText()).contains("请填写申请人姓名").contains("第二十九条第二项");
        assertThat(byId("name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(seriousAccessibilityViolations()).as("form with errors").isEmpty();

        new Select(byId("organizationId")).selectByVisibleText("示范县民政局");
        byId("name").sendKeys("张浏览");
        byId("idNumber").sendKeys("11010519491231002X");
        byId("phone").sendKeys("13812340001");
        byId("items-0-title").sendKeys("2025年城乡低保资金发放明细");
        driver.findElement(By.cssSelector("input[name=provisionForm][value=PAPER]"))
                .click();
        driver.findElement(By.cssSelector("input[name=obtainWay][value=PICK_UP]"))
                .click();
        // an ID copy that is not what its name says is named; the form keeps what was typed
        java.nio.file.Path fake =
                java.nio.file.Files.createTempDirectory("gongkai-upload").resolve("身份证.jpg");
        java.nio.file.Files.writeString(fake, "这不是图片");
        byId("attachments").sendKeys(fake.toString());
        submit();
        assertThat(byId("form-errors").getText()).contains("《身份证.jpg》不是可接受的格式");
        assertThat(byId("name").getAttribute("value")).isEqualTo("张浏览");
        java.nio.file.Path copy = fake.resolveSibling("身份证正面.png");
        java.nio.file.Files.write(copy, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        byId("attachments").sendKeys(copy.toString());
        submit();
        assertThat(h1()).isEqualTo("申请已提交");
        String code = byId("tracking-code").getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(seriousAccessibilityViolations()).as("submitted").isEmpty();

        track(code, "0001");
        assertThat(pageText()).contains("待确认收到").contains("工作人员确认收到申请后开始计算");
        assertThat(seriousAccessibilityViolations()).as("tracking").isEmpty();
        track(code, "9999");
        assertThat(pageText()).contains("没有找到").doesNotContain("待确认收到");

        signIn("mz_handler");
        open("/console/requests");
        assertThat(seriousAccessibilityViolations()).as("console list").isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText(code)));
        assertThat(pageText())
                .contains("张浏览")
                .contains("*******0001")
                .contains("身份证正面.png")
                .doesNotContain("11010519491231002X");
        assertThat(seriousAccessibilityViolations()).as("case page").isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.xpath("//button[contains(.,'确认收到申请')]")));
        assertThat(pageText()).contains("已确认收到申请").contains("办理中").contains("剩余 20 个工作日");

        String casePage = driver.getCurrentUrl();

        // issue 11 §4: published information searched from the case and attached
        byId("find").sendKeys("工作总结");
        post("form[role=search]");
        assertThat(byId("find-results").getText()).contains("工作总结");
        assertThat(seriousAccessibilityViolations())
                .as("case page, search results")
                .isEmpty();
        post("#find-results form");
        assertThat(pageText()).contains("已添加到本申请");
        assertThat(byId("found-records").getText()).contains("索引号");
        driver.get(casePage);

        // handled to the approved reply: consultation, a refused contradictory draft, the draft, the signer's approval
        driver.findElement(By.xpath("//summary[contains(.,'征求意见')]")).click();
        driver.findElement(By.cssSelector("input[name=kind][value=CO_PRODUCER]"))
                .click();
        byId("party").sendKeys("示范县财政局");
        post("form[action$='consultations']");
        assertThat(pageText()).contains("暂停计时").contains("征求意见答复期限");
        assertThat(seriousAccessibilityViolations()).as("case page, consulting").isEmpty();
        driver.findElement(By.cssSelector("textarea[id^='summary-']")).sendKeys("同意公开");
        post("form[action$='answer']");
        assertThat(pageText()).contains("恢复计时");
        driver.findElement(By.xpath("//summary[contains(.,'起草答复')]")).click();
        new Select(byId("outcome")).selectByValue("WITHHELD");
        post("form[action$='/reply']");
        assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("请选择不予公开的理由");
        // the refused draft comes back open, as typed
        assertThat(new Select(byId("outcome")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("WITHHELD");
        // 予以公开 with “提供的信息” left empty points to the record attached above (第三十六条第（一）项)
        new Select(byId("outcome")).selectByValue("DISCLOSED");
        post("form[action$='/reply']");
        assertThat(pageText()).contains("答复稿已提交审核").contains("答复待审核").contains("已经主动公开");

        forgetSession();
        signIn("mz_signer");
        driver.get(casePage);
        assertThat(seriousAccessibilityViolations()).as("case page, in review").isEmpty();
        post("form[action$='approve']");
        assertThat(pageText()).contains("答复已审核通过").contains("答复已审核，待送达");

        forgetSession();
        track(code, "0001");
        assertThat(pageText())
                .contains("答复已审核，待送达")
                .contains("确认收到申请（第三十一条）")
                .contains("征求意见")
                .contains("答复审核通过");
    }

    private void post(String formCss) {
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector(formCss + " button[type=submit]")));
    }

    private void track(String code, String suffix) {
        open("/requests/track");
        byId("code").sendKeys(code);
        byId("phoneSuffix").sendKeys(suffix);
        submit();
    }

    private void submit() {
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("main button[type=submit]")));
    }
}
