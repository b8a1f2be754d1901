package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.gongkai.portal.Site;
import org.gongkai.portal.SiteForm;
import org.gongkai.portal.Sites;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * 网站群 (issue 13): the host name of a request picks its site — a unit's site opens on the unit's page, with its own
 * name, 网站标识码 and footer on every page (record pages included), and searches the unit's records by default; any
 * other host is the main portal. The supervising office manages the sites, with every fault named in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class SitesIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Sites sites;

    @Autowired
    PublicPageCache cache;

    @Autowired
    org.gongkai.organization.CountyAdministration county;

    /**
     * A GET with the Host header a visitor's browser sends for that name (the JDK's client will not set it), in
     * HTTP/1.0 so that the body comes whole, up to the end of the connection.
     */
    private Document get(String host, String path) throws Exception {
        return Jsoup.parse(body(host, path));
    }

    private Document xml(String host, String path) throws Exception {
        return Jsoup.parse(body(host, path), "", org.jsoup.parser.Parser.xmlParser());
    }

    private String body(String host, String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + ":" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String response = bytes.toString(StandardCharsets.UTF_8);
            assertThat(response).as(host + path).matches("(?s)HTTP/1\\.[01] 200.*");
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }

    /** Registers, as the supervising office, a site of the county government under this host name. */
    private long countySite(String host) {
        actAs("gkb");
        return sites.save(
                null, new SiteForm(host, "示范县人民政府门户", null, organizationId("示范县人民政府"), null, null, null, null, null));
    }

    /** What the 共 N 条 line of a listing says. */
    private static long total(Document listing) {
        return Long.parseLong(listing.select("main p[role=status]").text().replaceAll("共 (\\d+) 条.*", "$1"));
    }

    @Test
    void aUnitsSiteListsFeedsAndMapsTheRecordsOfItsUnitAndTheUnitsBelowIt() throws Exception {
        Document portal = get("localhost", "/openness/information");
        Document own = get("mzj.localhost", "/openness/information");
        assertThat(total(own)).isPositive().isLessThan(total(portal));
        assertThat(own.select("main tbody tr td:nth-child(2)").eachText())
                .isNotEmpty()
                .allSatisfy(unit -> assertThat(unit).isEqualTo("示范县民政局"));
        assertThat(own.select("select[name=organizationId] option").eachText())
                .as("the units of the site only")
                .contains("示范县民政局")
                .doesNotContain("示范县教育局");

        Document feed = xml("mzj.localhost", "/feeds/information.atom");
        assertThat(feed.select("feed > title").text()).isEqualTo("示范县民政局 · 政府信息");
        assertThat(feed.select("entry author name").eachText())
                .isNotEmpty()
                .allSatisfy(unit -> assertThat(unit).isEqualTo("示范县民政局"));
        assertThat(feed.select("entry link").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).matches("http://mzj\\.localhost(:\\d+)?/information/.+"));

        Document map = xml("mzj.localhost", "/sitemap.xml");
        assertThat(map.select("url > loc").eachText())
                .allSatisfy(loc -> assertThat(loc).matches("http://mzj\\.localhost(:\\d+)?/.*"))
                .filteredOn(loc -> loc.contains("/information/"))
                .hasSize((int) total(own));
        assertThat(xml("localhost", "/sitemap.xml").select("url > loc").eachText())
                .filteredOn(loc -> loc.contains("/information/"))
                .hasSize((int) total(portal));

        // the county government's site lists every unit of the county, as the main portal does
        long countySite = countySite("county.example.gov.cn");
        assertThat(total(get("county.example.gov.cn", "/openness/information"))).isEqualTo(total(portal));
        sites.delete(countySite, sites.find(countySite).version());
    }

    @Test
    void aUnitMovedUnderASitesUnitIsListedAndSearchedThereAndBackAgain() throws Exception {
        long before = total(get("mzj.localhost", "/openness/information"));
        long education = organizationId("示范县教育局");
        long educationRecords = total(get("localhost", "/openness/information?organizationId=" + education));
        assertThat(educationRecords).isPositive();
        String searchAll = "/search?q=%E6%95%99%E8%82%B2";
        assertThat(get("mzj.localhost", searchAll)
                        .select(".search-results li p.muted")
                        .eachText())
                .noneSatisfy(source -> assertThat(source).startsWith("示范县教育局 · "));

        actAs("sysadmin");
        org.gongkai.organization.Organization unit = county.organization(education);
        county.updateOrganization(
                education,
                unit.version(),
                org.gongkai.organization.OrganizationDraft.of(unit).withParent(organizationId("示范县民政局")));
        assertThat(total(get("mzj.localhost", "/openness/information"))).isEqualTo(before + educationRecords);
        assertThat(get("mzj.localhost", searchAll)
                        .select(".search-results li p.muted")
                        .eachText())
                .anySatisfy(source -> assertThat(source).startsWith("示范县教育局 · "));

        org.gongkai.organization.Organization moved = county.organization(education);
        county.updateOrganization(
                education,
                moved.version(),
                org.gongkai.organization.OrganizationDraft.of(moved).withParent(unit.parentId()));
        assertThat(total(get("mzj.localhost", "/openness/information"))).isEqualTo(before);
        assertThat(get("mzj.localhost", searchAll)
                        .select(".search-results li p.muted")
                        .eachText())
                .noneSatisfy(source -> assertThat(source).startsWith("示范县教育局 · "));
    }

    @Test
    void aPageTheSameOnEverySiteIsRenderedOnceAndShownWithEachSitesChrome() throws Exception {
        String unitPage = "/openness/units/" + organizationId("示范县财政局") + "?shared";
        long renders = cache.renders();
        Document mzj = get("mzj.localhost", unitPage);
        Document jyj = get("jyj.localhost", unitPage);
        Document portal = get("localhost", unitPage);
        Document again = get("mzj.localhost", unitPage);
        assertThat(cache.renders()).as("rendered once for every site").isEqualTo(renders + 1);
        assertThat(mzj.title()).isEqualTo("示范县财政局 · 政府信息公开 - 示范县民政局");
        assertThat(jyj.title()).endsWith(" - 示范县教育局");
        assertThat(portal.title()).endsWith(" - 示范县人民政府");
        assertThat(jyj.select("a.site-title").text()).isEqualTo("示范县教育局");
        assertThat(jyj.select(".site-footer").text()).contains("示范县教育局").doesNotContain("5107990003");
        assertThat(portal.select(".site-footer").text())
                .startsWith("主办单位：示范县人民政府办公室")
                .doesNotContain("示范县教育局");
        assertThat(again.outerHtml()).isEqualTo(mzj.outerHtml());
        assertThat(jyj.select("main").outerHtml())
                .as("the same content")
                .isEqualTo(mzj.select("main").outerHtml());

        // a page whose content is the site's own is kept per site
        renders = cache.renders();
        get("mzj.localhost", "/openness/information?per-site");
        get("jyj.localhost", "/openness/information?per-site");
        assertThat(cache.renders()).isEqualTo(renders + 2);
    }

    @Test
    void aMadeUpHostNameIsTheMainPortalAndAddsNothingToTheCache() throws Exception {
        get("localhost", "/openness");
        long renders = cache.renders();
        for (int i = 0; i < 5; i++) {
            assertThat(get("made-up-" + i + ".example", "/openness").title()).contains("示范县人民政府");
        }
        assertThat(cache.renders()).as("the main portal's page, rendered once").isEqualTo(renders);
    }

    @Test
    void aUnitsSiteOpensOnTheUnitWithItsOwnNameAndFooter() throws Exception {
        Document unitSite = get("mzj.localhost", "/");
        assertThat(unitSite.title()).endsWith("示范县民政局");
        assertThat(unitSite.select(".site-footer").text()).contains("网站标识码：5107990003", "承办单位：示范县民政局");
        assertThat(unitSite.select("main h1").text()).contains("示范县民政局");

        Document portal = get("localhost", "/");
        assertThat(portal.title()).contains("示范县人民政府");
        assertThat(portal.select(".site-footer").text())
                .as("the main portal's own footer, set by the office")
                .contains("主办单位：示范县人民政府办公室", "网站标识码：5107990001")
                .doesNotContain("5107990003");

        // record pages too: the main portal's static pages are not served under a unit's host
        String record = portal.select("a[href^=/information/]").attr("href");
        if (record.isEmpty()) {
            record = get("localhost", "/openness/information")
                    .select("a[href^=/information/]")
                    .attr("href");
        }
        assertThat(get("localhost", record).select(".site-footer").text()).doesNotContain("5107990003");
        assertThat(get("mzj.localhost", record).select(".site-footer").text()).contains("网站标识码：5107990003");
        assertThat(get("MZJ.localhost", record).select(".site-footer").text())
                .as("host names compare without case")
                .contains("网站标识码：5107990003");
    }

    @Test
    void aUnitsSiteSearchesItsOwnRecordsUnlessTheVisitorChoosesAll() throws Exception {
        long mzj = sites.forHost("mzj.localhost").orElseThrow().id();
        Document own = get("mzj.localhost", "/search?q=%E5%B7%A5%E4%BD%9C");
        assertThat(own.select("#site option[selected]").attr("value")).isEqualTo(Long.toString(mzj));
        assertThat(own.select("#site option").eachText()).containsExactly("全部网站", "示范县民政局");
        assertThat(own.select(".search-results li p.muted").eachText())
                .isNotEmpty()
                .allSatisfy(source -> assertThat(source).startsWith("示范县民政局 · "));
        Document all = get("mzj.localhost", "/search?q=%E5%B7%A5%E4%BD%9C&site=");
        assertThat(all.select("#site option[selected]").attr("value")).isEmpty();
        assertThat(all.select(".search-results li p.muted").eachText())
                .as("全部网站")
                .anySatisfy(source -> assertThat(source).doesNotStartWith("示范县民政局 · "));
        Document portal = get("localhost", "/search?q=%E5%B7%A5%E4%BD%9C");
        assertThat(portal.select("#site option[selected]").attr("value")).isEmpty();
        assertThat(portal.select("#site option").eachText()).contains("全部网站", "示范县民政局", "示范县教育局");
        // the province (here: county) portal searches within one site when asked
        Document oneSite = get("localhost", "/search?q=%E5%B7%A5%E4%BD%9C&site=" + mzj);
        assertThat(oneSite.select(".search-results li p.muted").eachText())
                .isNotEmpty()
                .allSatisfy(source -> assertThat(source).startsWith("示范县民政局 · "));
        // a site covering a unit and the units under it: the county government's finds every unit's records
        long county = countySite("xian.example.gov.cn");
        assertThat(get("xian.example.gov.cn", "/search?q=%E5%B7%A5%E4%BD%9C")
                        .select("#search-status")
                        .text())
                .isEqualTo(portal.select("#search-status").text());
        sites.delete(county, sites.find(county).version());
    }

    @Test
    void theSupervisingOfficeManagesSitesAndEveryFaultIsNamed() throws Exception {
        actAs("gkb");
        long unit = organizationId("示范县财政局");
        assertThatThrownBy(() -> sites.save(
                        null,
                        new SiteForm(
                                "http://czj.example.gov.cn:8080/", " ", "12-34", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidFields.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("host", "name", "siteCode", "organizationId")
                                .hasEntrySatisfying("host", m -> assertThat(m).contains("格式不正确", "http://")));
        assertThatThrownBy(() ->
                        sites.save(null, new SiteForm("mzj.localhost", "重复", null, unit, null, null, null, null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已用于另一个网站");
        long id = sites.save(
                null,
                new SiteForm(
                        " CZJ.Example.gov.cn ",
                        "示范县财政局网站",
                        "5107990004",
                        unit,
                        null,
                        null,
                        "蜀ICP备00000000号",
                        null,
                        null));
        Site saved = sites.find(id);
        assertThat(saved.host()).isEqualTo("czj.example.gov.cn");
        assertThat(sites.forHost("czj.example.gov.cn")).contains(saved);
        assertThat(get("czj.example.gov.cn", "/").title()).endsWith("示范县财政局网站");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SITE_SAVE' and target = ?")
                        .param("site:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a change is shown at once (the page cached under the host is dropped), a stale form is refused
        sites.save(
                id,
                new SiteForm(
                        "czj.example.gov.cn", "示范县财政局门户", "5107990004", unit, null, null, null, null, saved.version()));
        assertThat(get("czj.example.gov.cn", "/").title()).endsWith("示范县财政局门户");
        assertThatThrownBy(() -> sites.save(id, SiteForm.of(saved)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");
        assertThatThrownBy(() -> sites.delete(id, saved.version()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");

        actAs("mz_editor");
        assertThatThrownBy(() -> sites.save(
                        null,
                        new SiteForm(
                                "x.example.gov.cn",
                                "某网站",
                                null,
                                organizationId("示范县民政局"),
                                null,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.delete(id, sites.find(id).version())).isInstanceOf(AccessDeniedException.class);

        actAs("gkb");
        sites.delete(id, sites.find(id).version());
        assertThat(sites.forHost("czj.example.gov.cn")).isEmpty();
        assertThat(get("czj.example.gov.cn", "/").title()).contains("示范县人民政府");
    }
}
