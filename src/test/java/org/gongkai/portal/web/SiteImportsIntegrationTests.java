package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.portal.Site;
import org.gongkai.portal.SiteImports;
import org.gongkai.portal.Sites;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * 网站群 brought up from a list (issue 13): the supervising office uploads its sites as CSV or xlsx and every row is
 * registered or changed, or — when any row is wrong — none is, with every fault named by row and column in Chinese.
 * The list it downloads reads back unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class SiteImportsIntegrationTests extends IntegrationTest {

    private static final String HEADER = "序号,域名,网站名称,网站标识码,所属单位,所属单位统一社会信用代码,主办单位,承办单位,ICP备案号,公安机关备案号\n";

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    SiteImports imports;

    @Autowired
    Sites sites;

    @AfterEach
    void removeImportedSites() {
        actAs("gkb");
        for (Site s : sites.all()) {
            if (s.host().endsWith(".import.example")) {
                sites.delete(s.id(), s.version());
            }
        }
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long siteCount() {
        return jdbc.sql("select count(*) from site").query(Long.class).single();
    }

    @Test
    void aListRegistersNewSitesAndChangesKnownOnes_andReadsBackUnchanged() throws Exception {
        actAs("gkb");
        String creditCode = jdbc.sql("select credit_code from organization where name = '示范县教育局'")
                .query(String.class)
                .single();
        long before = siteCount();
        SiteImports.Result first = imports.importFile(
                "sites.csv",
                csv(HEADER
                        + "1, CZJ.Import.Example ,示范县财政局网站,5107990004,示范县财政局,,示范县人民政府,示范县财政局,蜀ICP备00000000号,川公网安备 51079902000001号\n"
                        + ",,,,,,,,,\n"
                        + "2,edu.import.example,示范县教育局门户,,," + creditCode + ",,,,\n"));
        assertThat(first).isEqualTo(new SiteImports.Result(2, 0, 0, List.of("序号")));
        assertThat(siteCount()).isEqualTo(before + 2);
        Site czj = sites.forHost("czj.import.example").orElseThrow();
        assertThat(czj.name()).isEqualTo("示范县财政局网站");
        assertThat(czj.organizationId()).isEqualTo(organizationId("示范县财政局"));
        assertThat(czj.policeNumber()).isEqualTo("川公网安备 51079902000001号");
        assertThat(sites.forHost("edu.import.example").orElseThrow().organizationId())
                .isEqualTo(organizationId("示范县教育局"));
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'SITE_SAVE' and target = ? and detail like '导入新增%'")
                        .param("site:" + czj.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select detail from audit_entry where action = 'SITE_IMPORT' order by seq desc")
                        .query(String.class)
                        .list()
                        .get(0))
                .isEqualTo("导入网站清单 sites.csv：新增 2 个，修改 0 个，未变 0 个");

        // the downloaded list reads back with nothing to change; an edited row changes that site only
        byte[] exported = imports.export();
        assertThat(new String(exported, StandardCharsets.UTF_8))
                .startsWith("\uFEFF域名,网站名称,网站标识码,所属单位,所属单位统一社会信用代码,")
                .contains("czj.import.example,示范县财政局网站,5107990004,示范县财政局,");
        SiteImports.Result again = imports.importFile("网站清单.csv", exported);
        assertThat(again.added()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo((int) siteCount());
        String edited = new String(exported, StandardCharsets.UTF_8).replace("示范县财政局网站", "示范县财政局门户");
        assertThat(imports.importFile("网站清单.csv", csv(edited)).changed()).isEqualTo(1);
        assertThat(sites.forHost("czj.import.example").orElseThrow().name()).isEqualTo("示范县财政局门户");
        assertThat(sites.forHost("czj.import.example").orElseThrow().version()).isEqualTo(czj.version() + 1);
    }

    @Test
    void withThousandsOfSitesTheMainPortalsSearchOffersTheGovernmentsPortals() throws Exception {
        actAs("gkb");
        StringBuilder list = new StringBuilder("域名,网站名称,所属单位\n");
        for (int i = 1; i <= 210; i++) {
            list.append("mz").append(i).append(".import.example,民政分站").append(i).append(",示范县民政局\n");
        }
        list.append("county.import.example,示范县政府门户,示范县人民政府\n");
        assertThat(imports.importFile("sites.csv", csv(list.toString())).added())
                .isEqualTo(211);
        var client = java.net.http.HttpClient.newHttpClient();
        String page = client.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://127.0.0.1:" + port + "/search?q=%E5%B7%A5%E4%BD%9C"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(org.jsoup.Jsoup.parse(page).select("#site option").eachText())
                .as("全部网站 and the government's portal, not 211 options")
                .containsExactly("全部网站", "示范县政府门户");
    }

    @Test
    void anXlsxWorkbookImportsLikeCsv() throws Exception {
        actAs("gkb");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("网站清单");
            String[][] cells = {
                {"域名", "网站名称*", "所属单位"}, {"sfj.import.example", "示范县司法局网站", "示范县司法局"},
            };
            for (int i = 0; i < cells.length; i++) {
                var row = sheet.createRow(i);
                for (int j = 0; j < cells[i].length; j++) {
                    row.createCell(j).setCellValue(cells[i][j]);
                }
            }
            book.write(out);
        }
        assertThat(imports.importFile("网站清单.xlsx", out.toByteArray()).added()).isEqualTo(1);
        assertThat(sites.forHost("sfj.import.example")).isPresent();
    }

    @Test
    void aListWithAnyFaultImportsNothing_andNamesEveryFaultByRowAndColumn() {
        actAs("gkb");
        long before = siteCount();
        String text = HEADER
                + "1,a.import.example,甲网站,,示范县财政局,,,,,\n"
                + "2,http://b.import.example/,乙网站,12-34,示范县财政局,,,,,\n"
                + "3,a.import.example,丙网站,,示范县财政局,,,,,\n"
                + "4,d.import.example,,,没有这个局,,,,,\n"
                + "5,e.import.example,戊网站,,,,,,,\n"
                + "6,f.import.example,己网站,,示范县民政局,91510000MA00000000,,,,\n"
                + "7,g.import.example,庚网站,,示范县财政局,," + "主".repeat(201) + ",,,\n"
                + "8,mzj.localhost,民政局网站,,示范县财政局,,,,,\n";
        assertThatThrownBy(() -> imports.importFile("sites.csv", csv(text)))
                .isInstanceOfSatisfying(SiteImports.Refused.class, e -> {
                    assertThat(e.getMessage()).contains("未导入任何网站");
                    assertThat(e.problems())
                            .anySatisfy(
                                    p -> assertThat(p).startsWith("第 3 行“域名”：").contains("格式不正确"))
                            .anySatisfy(p -> assertThat(p).startsWith("第 3 行“网站标识码”："))
                            .anySatisfy(
                                    p -> assertThat(p).startsWith("第 4 行“域名”：").contains("与第 2 行重复"))
                            .anySatisfy(p -> assertThat(p).startsWith("第 5 行“网站名称”："))
                            .anySatisfy(p ->
                                    assertThat(p).startsWith("第 5 行“所属单位”：").contains("没有名为“没有这个局”"))
                            .anySatisfy(p ->
                                    assertThat(p).startsWith("第 6 行“所属单位”：").contains("请填写"))
                            .anySatisfy(p -> assertThat(p).startsWith("第 7 行“所属单位统一社会信用代码”："))
                            .anySatisfy(p ->
                                    assertThat(p).startsWith("第 8 行“主办单位”：").contains("最多 200 个字符"));
                    assertThat(e.count()).isEqualTo(8);
                });
        assertThat(siteCount()).as("nothing imported").isEqualTo(before);
        assertThat(sites.forHost("a.import.example")).isEmpty();
        assertThat(sites.forHost("mzj.localhost").orElseThrow().name())
                .as("row 9 was right, but the list was refused as a whole")
                .isEqualTo("示范县民政局");

        assertThatThrownBy(() -> imports.importFile("sites.csv", csv("网站,单位\nx.import.example,财政局\n")))
                .isInstanceOfSatisfying(
                        SiteImports.Refused.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("没有找到表头"));
        assertThatThrownBy(() -> imports.importFile("sites.csv", csv("域名,所属单位\nx.import.example,示范县财政局\n")))
                .isInstanceOfSatisfying(
                        SiteImports.Refused.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("表头缺少“网站名称”列"));
        assertThatThrownBy(() -> imports.importFile("sites.csv", csv(HEADER)))
                .isInstanceOfSatisfying(
                        SiteImports.Refused.class,
                        e -> assertThat(e.problems()).singleElement().asString().contains("清单中没有网站"));
        assertThatThrownBy(() -> imports.importFile("sites.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> imports.importFile("sites.csv", new byte[SiteImports.MAX_BYTES + 1]))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("文件过大");
        assertThatThrownBy(() -> imports.importFile(
                        "sites.csv",
                        csv("域名,网站名称,所属单位\n" + "x.import.example,某网站,示范县财政局\n".repeat(SiteImports.MAX_ROWS))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("超过 " + SiteImports.MAX_ROWS + " 行");
        assertThat(siteCount()).isEqualTo(before);
    }

    @Test
    void aSupervisorOfOneUnitImportsForItOnly_andStaffWithoutTheRoleNotAtAll() {
        long unit = organizationId("示范县民政局");
        long staff = staffId("mz_editor");
        jdbc.sql("insert into role_grant (staff_id, role, organization_id, include_subtree, granted_at, granted_by) "
                        + "values (?, 'SUPERVISOR', ?, false, current_timestamp, 'test')")
                .params(staff, unit)
                .update();
        try {
            actAs("mz_editor");
            long before = siteCount();
            assertThatThrownBy(() -> imports.importFile(
                            "sites.csv",
                            csv("域名,网站名称,所属单位\n"
                                    + "mz.import.example,民政网站,示范县民政局\n"
                                    + "cz.import.example,财政网站,示范县财政局\n")))
                    .isInstanceOfSatisfying(
                            SiteImports.Refused.class,
                            e -> assertThat(e.problems())
                                    .singleElement()
                                    .asString()
                                    .startsWith("第 3 行“所属单位”：")
                                    .contains("不在您主管的范围内"));
            assertThat(siteCount()).isEqualTo(before);
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SITE_IMPORT' and outcome = 'DENIED'")
                            .query(Long.class)
                            .single())
                    .isPositive();
            assertThat(imports.importFile("sites.csv", csv("域名,网站名称,所属单位\nmz.import.example,民政网站,示范县民政局\n"))
                            .added())
                    .isEqualTo(1);
            assertThat(new String(imports.export(), StandardCharsets.UTF_8))
                    .contains("mz.import.example", "mzj.localhost")
                    .doesNotContain("jyj.localhost");
        } finally {
            jdbc.sql("delete from role_grant where staff_id = ? and role = 'SUPERVISOR'")
                    .param(staff)
                    .update();
        }
        actAs("mz_reviewer");
        assertThatThrownBy(() -> imports.importFile("sites.csv", csv(HEADER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.export()).isInstanceOf(AccessDeniedException.class);
    }
}
