package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 "Done when", in Chromium: a department's editor starts its report for last year, is told what blocks
 * submission, has a wrong entered cell refused with the cell named and the typed value kept, writes the sections and
 * submits; the unit's signer approves and publishes; anyone reads it in the portal's 政府信息公开年报 column in the
 * national layout, its section 三 matching a count of the cases made here. axe on every page on the way.
 */
class ReportBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDepartmentsReportIsWrittenApprovedAndReadOnThePortal() throws IOException {
        int year = LocalDate.now().getYear() - 1;
        long unit = jdbc.sql("select id from organization where name = '示范县民政局'")
                .query(Long.class)
                .single();
        signIn("mz_editor");
        open("/console/reports?year=" + year);
        assertThat(seriousAccessibilityViolations()).as("report list").isEmpty();
        FormPage.clickAndWaitForNextPage(
                driver, driver.findElement(By.cssSelector("button[aria-label='开始编写：示范县民政局']")));
        assertThat(h1()).isEqualTo("示范县民政局" + year + "年政府信息公开工作年度报告");
        assertThat(byId("report-problems").getText()).contains("行政事业性收费").contains("一、总体情况");
        assertThat(seriousAccessibilityViolations()).as("report draft").isEmpty();

        FormPage form = new FormPage(driver);
        form.choose("entry-cell", "行政事业性收费：本年收费金额（单位：万元）")
                .type("entry-value", "-1")
                .type("entry-source", "县财政局非税收入台账")
                .submitFormOf("entry-value");
        assertThat(driver.findElement(By.cssSelector(".alert[role=alert]")).getText())
                .contains("行政事业性收费")
                .contains("不能为负数");
        assertThat(byId("entry-value").getAttribute("value")).isEqualTo("-1");
        form.type("entry-value", "0.35").submitFormOf("entry-value");
        assertThat(byId("entered-sources").getText()).contains("0.35").contains("县财政局非税收入台账");

        form.type("overview", "（一）主动公开\n本年主动公开政府信息。\n（二）依申请公开\n依法办理政府信息公开申请。")
                .type("problems", "一是政策解读形式较为单一。")
                .type("otherMatters", "本年未收取信息处理费。")
                .submitFormOf("overview");
        assertThat(driver.findElements(By.id("report-checks-pass")))
                .as(pageText())
                .hasSize(1);
        form.clickButton("提交审核");
        assertThat(byId("report-status").getText()).isEqualTo("待审核");
        String page = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");

        forgetSession();
        signIn("mz_signer");
        open(page);
        assertThat(seriousAccessibilityViolations()).as("report in review").isEmpty();
        form.clickButton("审核通过");
        assertThat(byId("report-status").getText()).isEqualTo("已审核待发布");
        form.clickButton("发布到门户网站");
        assertThat(byId("report-status").getText()).isEqualTo("已发布");

        forgetSession();
        open("/openness/units/" + unit);
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("政府信息公开年报")));
        assertThat(seriousAccessibilityViolations()).as("the column").isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("示范县民政局" + year + "年政府信息公开工作年度报告")));
        assertThat(h1()).isEqualTo("示范县民政局" + year + "年政府信息公开工作年度报告");
        assertThat(seriousAccessibilityViolations()).as("the published report").isEmpty();
        List<String> headings = driver.findElements(By.cssSelector(".report-document h2")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(headings)
                .containsExactly(
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项");

        // section 三 against a count made here: applications received in the year, and those still open at its end
        long received = jdbc.sql("select count(*) from information_request where organization_id = ? "
                        + "and received_on between ? and ?")
                .params(unit, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(Long.class)
                .single();
        long open = jdbc.sql("select count(*) from information_request where organization_id = ? "
                        + "and received_on <= ? and (concluded_on is null or concluded_on > ?)")
                .params(unit, LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31))
                .query(Long.class)
                .single();
        assertThat(total("一、本年新收政府信息公开申请数量")).isEqualTo(received);
        assertThat(total("四、结转下年度继续办理")).isEqualTo(open);
        assertThat(pageText()).contains("本年未收取信息处理费。").contains("0.35");
    }

    /** The 总计 column of a row of table 三 on the page. */
    private long total(String rowLabel) {
        WebElement row = driver.findElement(By.xpath("//tr[th[normalize-space(.)='" + rowLabel + "']]"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return Long.parseLong(cells.get(cells.size() - 1).getText().strip());
    }

    /**
     * Issue 12 §8 with the legacy format (RULES §2.6): the supervising office types a township's 2020 report into the
     * legacy layout the form offers for that year — a negative 本年增/减 accepted, a negative count refused with the cell
     * named and the figures kept — and reads it back in its own layout.
     */
    @Test
    void aLegacyReportIsTypedInItsOwnLayoutAndReadBack() throws IOException {
        long unit = jdbc.sql("select id from organization where name = '示范县河东镇人民政府'")
                .query(Long.class)
                .single();
        signIn("gkb");
        open("/console/reports/import?organizationId=" + unit + "&year=2020");
        assertThat(byId("report-format").getText()).contains("2019年版旧格式");
        assertThat(pageText()).contains("第二十条第（九）项").contains("政府集中采购");
        assertThat(seriousAccessibilityViolations()).as("legacy import form").isEmpty();

        FormPage form = new FormPage(driver);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = '2021-01-25'", byId("typed-publishedOn"));
        form.type("typed-source", "河东镇人民政府网站 2021-01-25");
        typeCell("2.LICENSING.CHANGE", "-3");
        typeCell("2.LICENSING.DECISIONS", "-1");
        form.submitFormOf("typed-source");
        assertThat(driver.findElement(By.cssSelector(".alert[role=alert]")).getText())
                .contains("表二 行政许可 处理决定数量")
                .contains("不小于 0 的整数");
        assertThat(driver.findElement(By.name("cell:2.LICENSING.CHANGE")).getAttribute("value"))
                .isEqualTo("-3");

        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = '2021-01-25'", byId("typed-publishedOn"));
        typeCell("2.LICENSING.DECISIONS", "12");
        form.submitFormOf("typed-source");
        assertThat(h1()).isEqualTo("示范县河东镇人民政府2020年政府信息公开工作年度报告");
        assertThat(pageText()).contains("第二十条第（九）项").contains("本年增/减").contains("（六）其他处理");
        assertThat(driver.findElements(By.xpath("//td[normalize-space(.)='-3']")))
                .hasSize(1);
        assertThat(seriousAccessibilityViolations()).as("legacy report").isEmpty();
    }

    private void typeCell(String key, String value) {
        WebElement cell = driver.findElement(By.name("cell:" + key));
        cell.clear();
        cell.sendKeys(value);
    }
}
