package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.assessment.Evaluation;
import org.gongkai.assessment.Evaluations;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 16 "Done when", the evaluation round in Chromium: the county office opens the year's round on the
 * demonstration rubric; the education bureau's editor self-assesses, uploads evidence and hands it in; the office ends
 * self-assessment and reviews the bureau (a changed score refused without its reason, then given with one), the other
 * units are reviewed through the service; the office publishes the results, which the public reads on the portal; the
 * civil affairs bureau, graded 不合格, reports its rectification with evidence and the office closes it. axe on every
 * page on the way.
 */
class EvaluationBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Evaluations evaluations;

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", byId(id), day.toString());
    }

    @Test
    void theOfficeRunsTheYearsRoundAndAUnitClosesItsRectification() throws Exception {
        LocalDate today = LocalDate.now();
        driver.manage().deleteAllCookies();
        signIn("gkb");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("监督考核")));
        assertThat(h1()).isEqualTo("监督考核");
        assertThat(seriousAccessibilityViolations()).as("hub").isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("年度考核")));
        assertThat(seriousAccessibilityViolations()).as("rounds").isEmpty();
        new FormPage(driver).choose("rubric", "基层政务公开标准化规范化示范点考核评分标准（100 分）");
        setDate("self-due", today.plusDays(14));
        new FormPage(driver).clickButton("开展考核");
        assertThat(pageText()).contains("已开展考核");
        assertThat(h1()).isEqualTo(today.getYear() + "年度基层政务公开标准化规范化示范点考核");
        assertThat(byId("evaluations").getText()).contains("示范县教育局", "示范县民政局", "自评中");
        assertThat(seriousAccessibilityViolations()).as("round").isEmpty();
        String roundUrl = driver.getCurrentUrl();

        // the education bureau assesses itself with evidence
        driver.manage().deleteAllCookies();
        signIn("edu_editor");
        driver.get(roundUrl);
        assertThat(byId("evaluations").getText()).contains("示范县教育局").doesNotContain("示范县民政局");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("示范县教育局")));
        assertThat(byId("lines").getText()).contains("按期公布上一年度政府信息公开工作年度报告", "自动计分");
        assertThat(seriousAccessibilityViolations()).as("self-assessment").isEmpty();
        for (WebElement score : driver.findElements(By.cssSelector("input[name^='score-']"))) {
            score.clear();
            score.sendKeys("5");
        }
        WebElement first =
                driver.findElements(By.cssSelector("input[name^='score-']")).get(0);
        first.clear();
        first.sendKeys("5.55");
        new FormPage(driver).type("summary", "全年按标准目录公开，制度健全。").clickButton("保存自评");
        assertThat(pageText()).contains("最多一位小数");
        assertThat(driver.findElements(By.cssSelector("input[name^='score-']"))
                        .get(1)
                        .getAttribute("value"))
                .as("what was typed comes back with the message")
                .isEqualTo("5");
        first = driver.findElements(By.cssSelector("input[name^='score-']")).get(0);
        first.clear();
        first.sendKeys("5.5");
        new FormPage(driver).clickButton("保存自评");
        assertThat(pageText()).contains("已保存自评");
        Path pdf = Files.createTempFile("领导小组成立文件", ".pdf");
        try {
            Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
            byId("evidence-files").sendKeys(pdf.toString());
            new FormPage(driver).clickButton("上传");
        } finally {
            Files.deleteIfExists(pdf);
        }
        assertThat(pageText()).contains("已上传佐证材料");
        assertThat(byId("lines").getText()).contains("领导小组成立文件");
        new FormPage(driver).clickButton("提交自评");
        assertThat(pageText()).contains("已提交自评");
        String eduUrl = driver.getCurrentUrl();

        // the office ends self-assessment and reviews the bureau
        driver.manage().deleteAllCookies();
        signIn("gkb");
        driver.get(roundUrl);
        driver.findElement(By.xpath("//summary[normalize-space(.)='结束单位自评…']")).click();
        new FormPage(driver).clickButton("结束单位自评");
        assertThat(pageText()).contains("单位自评已结束");
        assertThat(byId("appraisal-hint").getText()).contains("尚未开展社会评议");
        driver.get(eduUrl);
        assertThat(seriousAccessibilityViolations()).as("review").isEmpty();
        WebElement appraisal = driver.findElement(By.cssSelector("input[aria-label='“社会评议：群众对政务公开工作的满意度”的审核得分']"));
        appraisal.clear();
        appraisal.sendKeys("14");
        new FormPage(driver).clickButton("审核完成，确定总分和等次");
        assertThat(pageText()).contains("没有自动得分或自评得分，请说明评分理由");
        driver.findElement(By.cssSelector("input[aria-label='“社会评议：群众对政务公开工作的满意度”的评分理由']"))
                .sendKeys("社会评议满意度 87.5%");
        appraisal = driver.findElement(By.cssSelector("input[aria-label='“社会评议：群众对政务公开工作的满意度”的审核得分']"));
        appraisal.clear();
        appraisal.sendKeys("14");
        new FormPage(driver).clickButton("审核完成，确定总分和等次");
        assertThat(pageText()).contains("审核完成，已确定总分和等次");
        assertThat(byId("grade").getText()).isNotBlank();
        assertThat(byId("lines").getText()).contains("社会评议满意度 87.5%");

        // the other units: what nobody proposed is scored 0 with the reason (saved through the service), then the
        // office finishes their review in one step on the round's page
        long roundId = Long.parseLong(roundUrl.substring(roundUrl.lastIndexOf('/') + 1));
        int saved = 0;
        try {
            IntegrationTest.authenticate(jdbc, "gkb");
            for (Evaluations.Entry entry : evaluations.round(roundId).entries()) {
                Evaluation e = entry.evaluation();
                if (e.status() != Evaluation.Status.SUBMITTED) {
                    continue;
                }
                Map<Long, String> scores = new HashMap<>();
                Map<Long, String> reasons = new HashMap<>();
                for (Evaluation.Line l : evaluations.evaluation(e.id()).lines()) {
                    if (l.proposed() == null) {
                        scores.put(l.item().id(), "0");
                        reasons.put(l.item().id(), "未提交自评和佐证材料");
                    }
                }
                evaluations.review(e.id(), e.version(), new Evaluations.Review(scores, reasons), false);
                saved++;
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        driver.get(roundUrl);
        driver.findElement(By.xpath("//summary[normalize-space(.)='一次审核完成…']")).click();
        new FormPage(driver).clickButton("审核完成");
        assertThat(pageText()).contains("已审核完成 " + saved + " 个单位（采用已有得分）").doesNotContain("请逐个审核");

        driver.get(roundUrl);
        setDate("due-on", today.plusDays(30));
        new FormPage(driver).clickButton("公布考核结果");
        assertThat(pageText()).contains("考核结果已在门户网站公布", "个单位下达整改任务");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("门户网站公布的结果")));
        assertThat(byId("results").getText()).contains("示范县教育局", "示范县民政局", "不合格");
        assertThat(seriousAccessibilityViolations()).as("public results").isEmpty();
        driver.manage().deleteAllCookies();
        open("/openness");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("政务公开工作年度考核结果和等次")));
        assertThat(pageText()).contains(today.getYear() + "年度基层政务公开标准化规范化示范点考核");

        // the civil affairs bureau reports its rectification with evidence; the office closes it
        signIn("mz_editor");
        open("/console/assessment/rectifications");
        assertThat(seriousAccessibilityViolations()).as("rectifications").isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText(today.getYear() + "年度基层政务公开")));
        assertThat(byId("requirement").getText()).contains("未提交自评和佐证材料");
        assertThat(seriousAccessibilityViolations()).as("rectification").isEmpty();
        Path proof = Files.createTempFile("整改报告", ".pdf");
        try {
            Files.write(proof, "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
            byId("files").sendKeys(proof.toString());
            new FormPage(driver).clickButton("上传");
        } finally {
            Files.deleteIfExists(proof);
        }
        assertThat(byId("evidence").getText()).contains("整改报告");
        new FormPage(driver).type("report-text", "已成立领导小组，制定制度并补传材料。").clickButton("报送");
        assertThat(pageText()).contains("已报送整改情况");
        String taskUrl = driver.getCurrentUrl();

        driver.manage().deleteAllCookies();
        signIn("gkb");
        driver.get(taskUrl);
        new FormPage(driver).type("close-note", "整改到位").clickButton("验收通过，销号");
        assertThat(pageText()).contains("整改任务已销号", "已销号");
    }

    @Test
    void theOfficeReviewsAndPublishesLastMonthsBulletin() throws Exception {
        java.time.YearMonth month = java.time.YearMonth.now().minusMonths(1);
        driver.manage().deleteAllCookies();
        signIn("gkb");
        open("/console/assessment/bulletins");
        assertThat(seriousAccessibilityViolations()).as("bulletins").isEmpty();
        new FormPage(driver)
                .choose("month", month.getYear() + " 年 " + month.getMonthValue() + " 月")
                .clickButton("生成");
        assertThat(pageText()).contains("已生成月度通报");
        assertThat(h1()).endsWith(month.getYear() + "年" + month.getMonthValue() + "月政务公开工作通报");
        assertThat(byId("bulletin-lines").getText()).contains("示范县教育局", "主动公开及时率");
        assertThat(driver.findElements(By.cssSelector("svg.chart[role=img]"))).hasSize(2);
        assertThat(seriousAccessibilityViolations()).as("bulletin draft").isEmpty();
        new FormPage(driver).type("remarks-text", "本月各单位总体按期公开。").clickButton("保存通报意见");
        assertThat(pageText()).contains("已保存通报意见");
        new FormPage(driver).clickButton("发布到门户网站");
        assertThat(pageText()).contains("月度通报已在门户网站发布");

        driver.manage().deleteAllCookies();
        open("/openness");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("政务公开工作月度通报")));
        FormPage.clickAndWaitForNextPage(
                driver, driver.findElement(By.partialLinkText(month.getYear() + "年" + month.getMonthValue() + "月")));
        assertThat(byId("remarks").getText()).isEqualTo("本月各单位总体按期公开。");
        assertThat(byId("bulletin-files").getText()).contains("Word 文档（.docx）", "PDF");
        for (WebElement link : byId("bulletin-files").findElements(By.tagName("a"))) {
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(link.getAttribute("href")))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(link.getText()).isEqualTo(200);
            assertThat(new String(response.body(), 0, 2, StandardCharsets.US_ASCII))
                    .isIn("PK", "%P");
        }
        assertThat(driver.findElement(By.cssSelector("svg.chart title")).getAttribute("textContent"))
                .isEqualTo("各单位本月发布信息条数");
        assertThat(seriousAccessibilityViolations()).as("public bulletin").isEmpty();
    }

    @Test
    void theKeyTasksAreDividedAndTheQuartersProgressIsOnThePortal() throws Exception {
        LocalDate today = LocalDate.now();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        driver.manage().deleteAllCookies();
        signIn("gkb");
        open("/console/assessment/key-tasks");
        assertThat(seriousAccessibilityViolations()).as("key-task plans").isEmpty();
        new FormPage(driver).clickButton("建立");
        assertThat(pageText()).contains("已建立工作要点");
        assertThat(h1()).isEqualTo(today.getYear() + "年政务公开工作要点");
        new FormPage(driver).type("task-title", "推进教育领域基层政务公开标准化").choose("lead", "示范县教育局");
        driver.findElement(By.xpath("//label[span[normalize-space(.)='示范县民政局']]/input"))
                .click();
        setDate("due", LocalDate.of(today.getYear(), 12, 31));
        new FormPage(driver).clickButton("增加任务");
        assertThat(byId("tasks").getText()).contains("推进教育领域基层政务公开标准化", "示范县教育局", "示范县民政局");
        assertThat(seriousAccessibilityViolations()).as("key-task plan").isEmpty();
        new FormPage(driver).clickButton("发布工作要点");
        assertThat(pageText()).contains("工作要点已在门户网站发布");
        String planUrl = driver.getCurrentUrl();

        driver.manage().deleteAllCookies();
        signIn("edu_editor");
        driver.get(planUrl);
        assertThat(seriousAccessibilityViolations()).as("progress form").isEmpty();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("select[name=state]")))
                .selectByVisibleText("推进中");
        WebElement progress = driver.findElement(By.cssSelector("textarea[name=progress]"));
        progress.sendKeys("已完成标准目录梳理，专栏按目录调整。");
        FormPage.clickAndWaitForNextPage(
                driver, driver.findElement(By.cssSelector("button[aria-label='报送：推进教育领域基层政务公开标准化']")));
        assertThat(pageText()).contains("已报送进展");

        driver.manage().deleteAllCookies();
        signIn("gkb");
        driver.get(planUrl);
        new FormPage(driver).clickButton("公布进展");
        assertThat(pageText()).contains("季度进展已在门户网站公布");

        driver.manage().deleteAllCookies();
        open("/openness");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("政务公开工作要点及落实情况")));
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText(today.getYear() + "年政务公开工作要点")));
        assertThat(byId("tasks").getText()).contains("推进教育领域基层政务公开标准化", "第" + quarter + "季度：推进中", "已完成标准目录梳理");
        assertThat(seriousAccessibilityViolations()).as("public key tasks").isEmpty();
    }

    @Test
    void theOfficeRunsTheSiteSelfInspectionOnDemand() throws Exception {
        driver.manage().deleteAllCookies();
        signIn("gkb");
        open("/console/assessment");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("网站自查")));
        assertThat(seriousAccessibilityViolations()).as("inspections").isEmpty();
        new FormPage(driver).clickButton("立即检查");
        assertThat(pageText()).contains("网站自查已开始");
        // the run visits the portal in the background: its page says so until it is done
        String run = driver.getCurrentUrl();
        for (int i = 0;
                i < 480 && driver.findElements(By.id("inspection-result")).isEmpty();
                i++) {
            assertThat(pageText()).contains("检查正在进行");
            Thread.sleep(500);
            driver.get(run);
        }
        assertThat(byId("inspection-result").getText()).contains("得分");
        assertThat(byId("inspection-coverage").getText()).contains("访问门户页面", "检查链接", "读取已发布信息");
        assertThat(pageText())
                .contains("网站可用性", "栏目更新", "空白栏目", "留言答复", "链接可用性", "个人信息保护", "严重表述错误", "错敏词")
                .as("the demo county's seeded empty column")
                .contains("空白栏目：示范县白果乡人民政府·政府信息公开年报");
        assertThat(seriousAccessibilityViolations()).as("inspection").isEmpty();
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("网站自查")));
        assertThat(byId("inspections").getText()).contains("gkb");

        driver.manage().deleteAllCookies();
        signIn("edu_editor");
        open("/console/assessment");
        assertThat(driver.findElements(By.linkText("网站自查")))
                .as("the office's tool")
                .isEmpty();
    }
}
