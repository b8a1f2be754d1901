package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.information.TopicCategories;
import org.gongkai.information.TopicCategory;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14: what a government-website inspection (RULES §5) looks for — no empty column (a veto: the portal shows no
 * column without content, and the columns and topics it shows carry the number of their records, the same number
 * their listing says), breadcrumbs on every page, the footer's pages, and no broken link on the site map.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class PortalInspectionIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TopicCategories topics;

    private final HttpClient http = HttpClient.newHttpClient();

    private Document get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** What the 共 N 条 line of a listing says. */
    private long total(String listing) throws Exception {
        return Long.parseLong(get(listing).select("main p[role=status]").text().replaceAll("共 (\\d+) 条.*", "$1"));
    }

    @Test
    void aUnitPageShowsOnlyTheColumnsWithRecords_eachWithItsNumber() throws Exception {
        Document openness = get("/openness");
        int columnsShown = 0;
        for (Element link : openness.select("main a[href^=/openness/units/]")) {
            String unitPage = link.attr("href");
            long unit = Long.parseLong(unitPage.substring(unitPage.lastIndexOf('/') + 1));
            Document page = get(unitPage);
            assertThat(page.text()).as(unitPage).doesNotContain("暂无信息");
            for (Element block : page.select("#statutory .column-block")) {
                Element more = block.selectFirst("a[href*=column=]");
                if (more == null) {
                    assertThat(block.text()).as("only 机构职能 links elsewhere").contains("机构职能");
                    continue;
                }
                String column = more.attr("href").replaceAll(".*column=([A-Z0-9_]+).*", "$1");
                String count = block.select("h3 .muted").text();
                assertThat(count).as(unitPage + " " + column).matches("（共 \\d+ 条）");
                assertThat(Long.parseLong(count.replaceAll("\\D", "")))
                        .as("the listing of " + column + " says the same")
                        .isEqualTo(total("/openness/information?organizationId=" + unit + "&column=" + column))
                        .isPositive();
                columnsShown++;
            }
        }
        assertThat(columnsShown).as("the demo county has columns with records").isPositive();
    }

    @Test
    void theTopicsOfferedForBrowsingAreThoseWithRecords_eachWithItsNumber() throws Exception {
        Document openness = get("/openness");
        Set<String> shown = new HashSet<>();
        for (Element item : openness.select("main a[href*=topic=]")) {
            String code = item.attr("href").replaceAll(".*topic=(\\d+).*", "$1");
            shown.add(code);
            long count = Long.parseLong(item.parent().select(".muted").text().replaceAll("\\D", ""));
            assertThat(count).as(item.text()).isPositive().isEqualTo(total("/openness/information?topic=" + code));
        }
        assertThat(shown).isNotEmpty();
        for (TopicCategory t : topics.topLevel()) {
            if (!shown.contains(t.code())) {
                assertThat(total("/openness/information?topic=" + t.code()))
                        .as("a topic not offered has no records: " + t.name())
                        .isZero();
            }
        }
        assertThat(shown.size())
                .as("some topics have no demo records and are hidden")
                .isLessThan(topics.topLevel().size());
    }

    @Test
    void everyPageSaysWhereItIs_andTheSiteMapsLinksAllAnswer() throws Exception {
        Document sitemap = get("/sitemap");
        Set<String> links = new java.util.TreeSet<>();
        for (Element a : sitemap.select("main a[href]")) {
            links.add(a.attr("href").replaceAll("#.*", ""));
        }
        Document home = get("/");
        for (Element a : home.select(".site-footer a[href^=/]")) {
            links.add(a.attr("href"));
        }
        assertThat(links).contains("/contact", "/sitemap", "/accessibility", "/openness", "/organizations");
        for (String link : links) {
            Document page = get(link);
            if (!link.equals("/") && !link.startsWith("/feeds/")) {
                assertThat(page.select("nav.breadcrumb").text())
                        .as(link)
                        .startsWith("首页 >")
                        .endsWith(page.select("main h1").first().text());
            }
        }
        String record = get("/openness/information")
                .select("main a[href^=/information/]")
                .attr("href");
        Document recordPage = get(record);
        assertThat(recordPage.select("nav.breadcrumb").text()).startsWith("首页 > 政府信息公开 >");
        assertThat(recordPage.select(".page-tools a").text()).isEqualTo("【放大字号】");
        assertThat(recordPage.select(".page-tools button[hidden]").text())
                .as("printing needs the script; hidden until it runs")
                .isEqualTo("【打印本页】");
        assertThat(get("/contact").select("main").text()).contains("办公地址", "联系电话");

        // a search that finds nothing shows the way to ask for the information (第二十七条)
        Document nothing =
                get("/search?q=" + java.net.URLEncoder.encode("全然不存在的词语组合", java.nio.charset.StandardCharsets.UTF_8));
        String apply = nothing.select(".no-results a:containsOwn(在线申请政府信息公开)").attr("href");
        assertThat(apply).isEqualTo("/requests/apply");
        assertThat(get(apply).select("main h1").text()).isEqualTo("政府信息公开申请");
    }

    private static String q(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Issue 14 §1: a misspelling or a question still finds the record, and says the match is partial. */
    @Test
    void aMisspellingOrAQuestionFindsTheRecord_andThePageSaysTheMatchIsPartial() throws Exception {
        Document exact = get("/search?q=" + q("最低生活保障"));
        assertThat(exact.select("main p.notice")).isEmpty();
        for (String typed : new String[] {"最底生活保障", "我想了解一下最低生活保障怎么申请"}) {
            Document page = get("/search?q=" + q(typed));
            assertThat(page.select("main p.notice").text()).as(typed).contains("含全部检索词的结果很少");
            assertThat(page.select("ol.search-results li a.result-title")
                            .first()
                            .text())
                    .as(typed)
                    .contains("最低生活保障");
        }
    }

    /**
     * Issue 14 §3: the home page carries the columns inspections look for — 要闻动态, 通知公告 and 政策文件, each item
     * dated, newest first — and 政策解读 (the demo's 图解, issue 15), and the county's leaders; a unit's page carries its own news and notices and names its 负责人.
     */
    @Test
    void theHomePageShowsDatedNewsNoticesAndPolicies_andTheLeaders() throws Exception {
        Document home = get("/");
        for (String column : new String[] {"news", "notices", "policies", "interpretations"}) {
            var items = home.select("section#" + column + " ul.dated li");
            assertThat(items).as(column).isNotEmpty();
            List<String> dates = items.eachText().stream()
                    .map(t -> t.replaceAll(".*(\\d{4}-\\d{2}-\\d{2})$", "$1"))
                    .toList();
            assertThat(dates).as(column + " dated").allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
            assertThat(dates)
                    .as(column + " newest first")
                    .isSortedAccordingTo(
                            java.util.Comparator.<String>naturalOrder().reversed());
            String more = home.select("section#" + column + " p.more a").attr("href");
            assertThat(get(more).select("#information-list tbody tr")).as(more).isNotEmpty();
        }
        assertThat(home.select("section#news h2").text()).isEqualTo("要闻动态");
        assertThat(home.select("section#notices h2").text()).isEqualTo("通知公告");
        assertThat(home.select("section#interpretations li").text()).contains("一图读懂《示范县临时救助实施办法》");
        // the 图解 and its policy link to each other; the 图解's text alternative is on its page, nothing else with it
        Document graphic =
                get(home.select("section#interpretations li a").first().attr("href"));
        assertThat(graphic.select("#explains a").text()).isEqualTo("《示范县临时救助实施办法》");
        assertThat(graphic.select(".interpretation-text h2").text()).isEqualTo("图解文字说明");
        assertThat(graphic.select(".interpretation-text").text())
                .startsWith("图解文字说明 谁可以申请")
                .doesNotContain("th:");
        Document policy = get(graphic.select("#explains a").attr("href"));
        assertThat(policy.select("#interpretations").text()).contains("一图读懂《示范县临时救助实施办法》", "（图解）");
        assertThat(home.select("section.leaders li .leader-post").eachText()).contains("县长");
        assertThat(home.select("section#overview h2").text()).isEqualTo("概况信息");
        assertThat(home.select("section#overview p").first().text()).startsWith("示范县位于");

        long unit = organizationId("示范县民政局");
        Document page = get("/openness/units/" + unit);
        assertThat(page.select("section#notices ul.dated li")).isNotEmpty();
        assertThat(page.select("#statutory").text()).contains("负责人：局长");
        assertThat(get("/organizations/" + unit).select("section.leaders li")).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Issue 14 §1: a search that finds nothing suggests the nearest terms and the way to apply. */
    @Test
    void aSearchThatFindsNothingSuggestsTheNearestTerms() throws Exception {
        Document page = get("/search?q=" + q("婚咽登记"));
        assertThat(page.select("#search-status").text()).startsWith("找到 0 条结果");
        assertThat(page.select("p.nearest a").eachText()).contains("婚姻登记");
        String suggested = page.select("p.nearest a").first().attr("href");
        assertThat(get(suggested).select("ol.search-results li")).isNotEmpty();
        assertThat(page.select(".no-results a[href=/requests/apply]")).hasSize(1);
        assertThat(get("/search?q=" + q("婚姻登记")).select("p.nearest")).isEmpty();
    }

    /** Issue 14 §1: the hits divide by unit, year, topic and type; each count is what its link then finds. */
    @Test
    void searchResultsAreCountedByUnitYearTopicAndType_andEachCountIsWhatItsLinkFinds() throws Exception {
        Document page = get("/search?q=" + q("示范县"));
        var groups = page.select("section.search-groups div.search-group");
        assertThat(groups.select("h3").eachText()).contains("发布机构", "发布年份");
        int followed = 0;
        for (var group : groups) {
            var choice = group.select("li").first();
            long shown = Long.parseLong(choice.select("span").text());
            String href = choice.select("a").attr("href");
            String status = get(href).select("#search-status").text();
            assertThat(status).as(href).startsWith("找到 " + shown + " 条结果");
            followed++;
        }
        assertThat(followed).isGreaterThanOrEqualTo(3);
    }
}
