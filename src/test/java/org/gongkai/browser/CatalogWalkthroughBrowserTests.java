package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 3's "done when", as a new user would do it: a township editor builds two areas from the
 * guidelines and imports a third from a spreadsheet, submits; the department in charge and the
 * supervising office review; the editor publishes; the public reads and downloads; a later adjustment
 * shows in the history; the supervising office sees the county's coverage.
 */
class CatalogWalkthroughBrowserTests extends BrowserTest {

    private void as(String username) {
        driver.manage().deleteAllCookies();
        signIn(username);
    }

    private void click(String css) {
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector(css)));
    }

    private void openCatalog(String unitAndArea) {
        open("/console/catalogs");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.partialLinkText(unitAndArea)));
    }

    private void openOwn(String area) {
        open("/console/catalogs");
        click("a[aria-label='打开 " + area + " 目录']");
    }

    @Test
    void aTownshipsCatalogsFromGuidelineAndSpreadsheetToThePublicAndBack() throws Exception {
        // 1. the township editor compiles two areas from the guidelines and imports a third
        as("cg_editor");
        for (String area : new String[] {"救灾", "义务教育"}) {
            open("/console/catalogs");
            click("button[aria-label='按标准指引编制 " + area + "']");
            new FormPage(driver).clickButton("提交审核");
            assertThat(byId("catalog-status").getText()).isEqualTo("审核中");
        }
        Path sheet = Files.createTempFile("城关镇扶贫领域标准目录", ".csv");
        try {
            Files.writeString(
                    sheet,
                    "示范县城关镇扶贫领域基层政务公开标准目录\n"
                            + "序号,公开事项,,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,\n"
                            + ",一级事项,二级事项,,,,,,全社会,特定群众,主动,依申请公开,县级,乡级\n"
                            + "1,政策文件,扶贫政策,扶贫政策文件,《条例》,信息形成或者变更之日起20个工作日内,城关镇人民政府,■政府网站 □政府公报,√,,√,,,√\n"
                            + "2,同上,扶贫项目,项目名称、资金、实施单位,同上,同上,同上,■政府网站 ■社区/企事业单位/村公示栏(电子屏),√,,√,,,√\n");
            open("/console/catalogs/import");
            byId("file").sendKeys(sheet.toString());
            new FormPage(driver).submitFormOf("file");
            assertThat(pageText()).contains("可以导入 2 个事项到 示范县城关镇人民政府");
            assertThat(new org.openqa.selenium.support.ui.Select(byId("areaId"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("扶贫");
            new FormPage(driver).submitFormOf("areaId");
            new FormPage(driver).clickButton("提交审核");
        } finally {
            Files.deleteIfExists(sheet);
        }

        // 2. the department in charge of 义务教育 (教育局) reviews first, then the supervising office all three
        as("edu_signer");
        openCatalog("示范县城关镇人民政府 · 义务教育");
        new FormPage(driver).clickButton("审核通过");
        as("gkb");
        for (String area : new String[] {"救灾", "义务教育", "扶贫"}) {
            openCatalog("示范县城关镇人民政府 · " + area);
            new FormPage(driver).clickButton("审核通过");
            assertThat(byId("catalog-status").getText()).isEqualTo("已审核待发布");
        }

        // 3. the editor publishes
        as("cg_editor");
        for (String area : new String[] {"救灾", "义务教育", "扶贫"}) {
            openOwn(area);
            new FormPage(driver).clickButton("发布目录");
            assertThat(byId("catalog-status").getText()).isEqualTo("已发布");
        }

        // 4. the public reads and downloads
        driver.manage().deleteAllCookies();
        open("/catalogs");
        new FormPage(driver).choose("organizationId", "示范县城关镇人民政府").submitFormOf("organizationId");
        assertThat(pageText()).contains("救灾", "义务教育", "扶贫");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("扶贫")));
        assertThat(pageText()).contains("扶贫项目", "项目名称、资金、实施单位");
        String xlsx = driver.findElement(By.partialLinkText("下载 Excel")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(xlsx)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).startsWith((byte) 'P', (byte) 'K');

        // 5. a later adjustment, with its reason, shows in the public history
        as("cg_editor");
        open("/console/catalogs");
        click("button[aria-label='编制新版本 救灾']");
        FormPage.clickAndWaitForNextPage(
                driver,
                driver.findElements(By.cssSelector("a[aria-label^='修改 ']")).get(0));
        new FormPage(driver)
                .type("contentElements", "与救灾有关的法律、法规，含本县自然灾害救助实施细则")
                .submitFormOf("contentElements");
        WebElementsHelper.typeIntoFirst(driver, "input[id^='reason-']", "补充本县实施细则");
        new FormPage(driver).clickButton("保存");
        new FormPage(driver).clickButton("提交审核");
        assertThat(byId("catalog-status").getText()).isEqualTo("审核中");
        as("gkb");
        openCatalog("示范县城关镇人民政府 · 救灾");
        new FormPage(driver).clickButton("审核通过");
        as("cg_editor");
        openOwn("救灾");
        new FormPage(driver).clickButton("发布目录");
        driver.manage().deleteAllCookies();
        open("/catalogs");
        new FormPage(driver).choose("organizationId", "示范县城关镇人民政府").submitFormOf("organizationId");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("救灾")));
        assertThat(pageText()).contains("目录调整记录", "调整", "补充本县实施细则", "第 2 版");

        // 6. the supervising office sees the county's coverage
        as("gkb");
        open("/console/catalog/coverage");
        String row = driver.findElement(By.xpath("//tr[th[normalize-space(.)='示范县城关镇人民政府']]"))
                .getText();
        assertThat(row).contains("已发布");
    }

    /** Small helpers for forms whose fields have generated ids. */
    static final class WebElementsHelper {
        private WebElementsHelper() {}

        static void typeIntoFirst(org.openqa.selenium.WebDriver driver, String css, String text) {
            var field = driver.findElements(By.cssSelector(css)).get(0);
            field.clear();
            field.sendKeys(text);
        }
    }
}
