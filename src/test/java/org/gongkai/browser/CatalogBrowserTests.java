package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A township editor compiles a catalog from the guideline, the department in charge returns it, the
 * corrected catalog passes both review levels, the editor publishes it, and the public reads it in the
 * standard layout.
 */
class CatalogBrowserTests extends BrowserTest {

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signIn(username);
    }

    private void clickButtonLabelled(String label) {
        FormPage.clickAndWaitForNextPage(
                driver, driver.findElement(By.cssSelector("button[aria-label='" + label + "']")));
    }

    private void openAwaitingReview() {
        open("/console/catalogs");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText("示范县河东镇人民政府 · 社会救助")));
    }

    @Test
    void compileReviewPublishAndRead() throws Exception {
        switchTo("hd_editor");
        open("/console/catalogs");
        clickButtonLabelled("按标准指引编制 社会救助");
        assertThat(h1()).isEqualTo("示范县河东镇人民政府 · 社会救助");
        assertThat(byId("catalog-status").getText()).isEqualTo("草稿");
        String catalogUrl = driver.getCurrentUrl();

        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("新增事项")));
        new FormPage(driver)
                .type("firstLevel", "临时救助")
                .type("secondLevel", "河东镇临时救助对象公示")
                .type("contentElements", "救助对象姓名（已去标识化）、救助金额")
                .type("timeLimit", "视情况而定")
                .submitFormOf("secondLevel");
        assertThat(pageText()).contains("已新增事项“河东镇临时救助对象公示”", "需人工设定规则");

        // the editor sets the rule the system could not read; a deadline beyond 第二十六条's 20 working days is refused
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("a[aria-label='修改 河东镇临时救助对象公示']")));
        assertThat(pageText()).contains("公开时限规则", "系统未能识别该表述");
        new FormPage(driver)
                .choose("rule-kind", "自起算之日起若干个工作日内")
                .type("rule-days", "30")
                .choose("rule-trigger", "作出决定之日")
                .clickButton("设定规则");
        assertThat(pageText()).contains("第二十六条");
        new FormPage(driver)
                .choose("rule-kind", "自起算之日起若干个工作日内")
                .type("rule-days", "10")
                .choose("rule-trigger", "作出决定之日")
                .clickButton("设定规则");
        assertThat(byId("manual-rule").getText()).isEqualTo("当前规则：自作出决定之日起 10 个工作日内（人工设定）");
        assertThat(seriousAccessibilityViolations()).isEmpty();
        driver.get(catalogUrl);
        assertThat(pageText()).doesNotContain("需人工设定规则");

        new FormPage(driver).clickButton("提交审核");
        assertThat(byId("catalog-status").getText()).isEqualTo("审核中");
        assertThat(pageText()).contains("行业主管部门：示范县民政局", "待审核");

        switchTo("mz_signer");
        openAwaitingReview();
        new FormPage(driver).type("comment", "请把临时救助的公开时限改为20个工作日内").clickButton("退回修改");
        assertThat(byId("catalog-status").getText()).isEqualTo("已退回");

        switchTo("hd_editor");
        driver.get(catalogUrl);
        assertThat(pageText()).contains("请把临时救助的公开时限改为20个工作日内");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("a[aria-label='修改 河东镇临时救助对象公示']")));
        new FormPage(driver).type("timeLimit", "信息形成或者变更之日起20个工作日内").submitFormOf("timeLimit");
        assertThat(pageText()).doesNotContain("需人工设定规则");
        new FormPage(driver).clickButton("提交审核");

        switchTo("mz_signer");
        openAwaitingReview();
        new FormPage(driver).clickButton("审核通过");
        switchTo("gkb");
        openAwaitingReview();
        new FormPage(driver).type("comment", "同意发布").clickButton("审核通过");
        assertThat(byId("catalog-status").getText()).isEqualTo("已审核待发布");

        switchTo("hd_editor");
        driver.get(catalogUrl);
        new FormPage(driver).clickButton("发布目录");
        assertThat(pageText()).contains("目录已发布");

        driver.manage().deleteAllCookies();
        open("/catalogs");
        new FormPage(driver).choose("organizationId", "示范县河东镇人民政府").submitFormOf("organizationId");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("社会救助")));
        assertThat(h1()).isEqualTo("示范县河东镇人民政府 社会救助领域政务公开事项标准目录");
        WebElement table = driver.findElement(By.cssSelector("table.catalog-table"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            assertThat(row.findElements(By.tagName("td")))
                    .as("one cell per column of the standard layout")
                    .hasSize(15);
        }
        assertThat(table.getText()).contains("河东镇临时救助对象公示", "示范县河东镇人民政府", "■政府网站");
        assertThat(seriousAccessibilityViolations()).isEmpty();

        // the download link gives the same catalog as a workbook
        String href = driver.findElement(By.partialLinkText("下载 Excel")).getAttribute("href");
        java.net.http.HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("社会救助");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + rows.size());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void thePublicCatalogListPassesAxe() throws IOException {
        open("/catalogs");
        assertThat(h1()).isEqualTo("基层政务公开标准目录");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void importAFileWithAPreviewThatShowsEveryProblem() throws Exception {
        String header = "序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群众,主动,依申请公开,乡级\n";
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("城关镇农村危房改造", ".csv");
        java.nio.file.Path good = java.nio.file.Files.createTempFile("城关镇农村危房改造", ".csv");
        try {
            java.nio.file.Files.writeString(bad, header + "1,危房改造,补助对象,名单,《条例》,20工作日,城关镇,■政府网站,√,,√,√,√\n");
            java.nio.file.Files.writeString(
                    good,
                    header + "1,危房改造,补助对象,名单,《条例》,20工作日,城关镇,■政府网站,√,,√,,√\n" + "2,同上,补助标准,标准,同上,同上,同上,同上,√,,√,,√\n");
            switchTo("cg_editor");
            open("/console/catalogs/import");
            byId("file").sendKeys(bad.toString());
            new FormPage(driver).submitFormOf("file");
            assertThat(pageText()).contains("发现 1 处问题，文件不能导入", "第 2 行 L 列（依申请公开）");
            assertThat(driver.findElements(By.id("areaId"))).isEmpty();

            open("/console/catalogs/import");
            byId("file").sendKeys(good.toString());
            new FormPage(driver).submitFormOf("file");
            assertThat(pageText()).contains("可以导入 2 个事项到 示范县城关镇人民政府");
            assertThat(seriousAccessibilityViolations()).isEmpty();
            new FormPage(driver).choose("areaId", "农村危房改造").submitFormOf("areaId");
            assertThat(pageText()).contains("已导入目录", "补助标准");
            assertThat(byId("catalog-status").getText()).isEqualTo("草稿");
        } finally {
            java.nio.file.Files.deleteIfExists(bad);
            java.nio.file.Files.deleteIfExists(good);
        }
    }

    /** Issue 9 §3: the preview pages its rows (it was one 22.7 MB page for a long file). */
    @Test
    void theImportPreviewPagesItsRows() throws Exception {
        StringBuilder csv = new StringBuilder("序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群众,主动,依申请公开,乡级\n");
        for (int i = 1; i <= 250; i++) {
            csv.append(i).append(",危房改造,补助事项").append(i).append(",名单,《条例》,20工作日,城关镇,■政府网站,√,,√,,√\n");
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("城关镇农村危房改造", ".csv");
        try {
            java.nio.file.Files.writeString(file, csv);
            switchTo("cg_editor");
            open("/console/catalogs/import");
            assertThat(pageText()).contains("不超过 10 MB、20000 行、64 列");
            byId("file").sendKeys(file.toString());
            new FormPage(driver).submitFormOf("file");
            assertThat(pageText())
                    .contains("可以导入 250 个事项", "第 1 / 3 页", "补助事项100")
                    .doesNotContain("补助事项101");
            String preview = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
            assertThat(preview).as("the upload waits under a token").matches(".*[?&]upload=[0-9a-f-]{36}.*");
            driver.findElement(By.linkText("下一页")).click();
            assertThat(pageText()).contains("第 2 / 3 页", "补助事项101", "补助事项200").doesNotContain("补助事项201");
            open(preview + "&page=abc");
            assertThat(pageText()).contains("第 1 / 3 页");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void aNegativeListIsCompiledReviewedAndPublished() throws IOException {
        switchTo("mz_editor");
        open("/console/negative-lists");
        new FormPage(driver).clickButton("编制负面清单");
        new FormPage(driver)
                .type("name", "救助对象的身份证号码、银行账号")
                .choose("ground", THIRD_PARTY_GROUND)
                .type("legalBasis", "《中华人民共和国政府信息公开条例》第十五条")
                .submitFormOf("name");
        assertThat(pageText()).contains("已添加事项", "保护第三方合法权益");
        String url = driver.getCurrentUrl();
        new FormPage(driver).clickButton("提交审核");
        switchTo("gkb");
        driver.get(url);
        new FormPage(driver).clickButton("审核通过");
        assertThat(byId("negative-list-status").getText()).isEqualTo("已审核待发布");
        switchTo("mz_editor");
        driver.get(url);
        new FormPage(driver).clickButton("发布负面清单");
        driver.manage().deleteAllCookies();
        open("/negative-lists");
        assertThat(pageText()).contains("示范县民政局负面清单（第 1 版）", "救助对象的身份证号码、银行账号");
        assertThat(seriousAccessibilityViolations()).isEmpty();
    }

    private static final String THIRD_PARTY_GROUND = "保护第三方合法权益（《中华人民共和国政府信息公开条例》第十五条）";
}
