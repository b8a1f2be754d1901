package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.shared.ChangeStamps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervising office brings up a 网站群 from a list (issue 13): a list with faults is refused with each named by
 * row, the corrected list registers every site, the console pages and searches them, and each site answers under its
 * own host name at once.
 */
class SiteListBrowserTests extends BrowserTest {

    private static final int SITES = 120;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChangeStamps stamps;

    @Test
    void aListOfSitesIsRefusedWithItsFaults_thenImported_pagedAndServedUnderEachHost() throws Exception {
        Path bad = Files.createTempFile("网站清单", ".csv");
        Path good = Files.createTempFile("网站清单", ".csv");
        try {
            Files.writeString(bad, "域名,网站名称,所属单位\nhttp://x1.localhost/,,示范县民政局\nx2.localhost,乙,没有这个局\n");
            StringBuilder list = new StringBuilder("域名,网站名称,网站标识码,所属单位,主办单位\n");
            for (int i = 1; i <= SITES; i++) {
                list.append("site")
                        .append(i)
                        .append(".localhost,示范县民政局分站")
                        .append(i)
                        .append(",51079")
                        .append(String.format("%05d", i))
                        .append(",示范县民政局,示范县民政局\n");
            }
            Files.writeString(good, list);
            signIn("gkb");
            open("/console/sites");
            byId("file").sendKeys(bad.toString());
            new FormPage(driver).submitFormOf("file");
            assertThat(pageText()).contains("网站清单有 3 处需要修改，未导入任何网站");
            assertThat(driver.findElements(By.cssSelector("#import-problems li")))
                    .extracting(e -> e.getText())
                    .containsExactly(
                            "第 2 行“域名”：域名“http://x1.localhost/”的格式不正确：只能由字母、数字、连字符和点组成，不含“http://”、端口和路径，例如 mzj.example.gov.cn。",
                            "第 2 行“网站名称”：请填写网站名称。",
                            "第 3 行“所属单位”：没有名为“没有这个局”的单位，请填写机构管理中的单位全称，或填写其统一社会信用代码。");
            assertThat(seriousAccessibilityViolations()).isEmpty();

            byId("file").sendKeys(good.toString());
            new FormPage(driver).submitFormOf("file");
            assertThat(pageText()).contains("已导入网站清单：新增 " + SITES + " 个，修改 0 个，未变 0 个。");
            assertThat(byId("sites").findElement(By.tagName("caption")).getText())
                    .contains("第 1 / 3 页");
            assertThat(seriousAccessibilityViolations()).isEmpty();

            new FormPage(driver).type("q", "分站77").submitFormOf("q");
            assertThat(driver.findElements(By.cssSelector("#sites tbody tr"))).hasSize(1);
            assertThat(byId("sites").getText()).contains("site77.localhost");

            driver.get("http://site77.localhost:" + port + "/");
            assertThat(driver.getTitle()).endsWith("示范县民政局分站77");
            assertThat(pageText()).contains("5107900077");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
            // the other browser tests share this county: its sites as the demo made them
            jdbc.sql("delete from site where host like 'site%.localhost'").update();
            stamps.bump("sites");
        }
    }
}
