package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site inspection of 国办秘函〔2019〕19号 run against the demo county (issue 14, Tests; RULES §5): a crawler walks the
 * public site from its home page, following every link on it, and counts what the inspection counts — broken links,
 * blank columns, undated items in the columns, columns not updated within RULES §5.4's periods (要闻动态 two weeks,
 * 通知公告 and 政策文件 six months), and pages missing a footer element. The demo county must pass with no veto and
 * no broken link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class SiteInspectionCrawlIntegrationTests extends IntegrationTest {

    /** Pages parsed at most (links beyond are still followed once for their status). */
    private static final int PAGES = 400;

    /** Record pages parsed at most: they all share one template. */
    private static final int RECORD_PAGES = 40;

    private static final List<String> FOOTER =
            List.of("主办单位", "网站标识码", "ICP备", "公网安备", "联系我们", "网站地图", "我为政府网站找错", "党政机关网站标识");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    record Fetched(int status, String contentType, String body) {}

    private Fetched fetch(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Fetched(
                r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Test
    void theDemoCountyPassesTheInspectionWithNoVetoAndNoBrokenLink() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        List<String> broken = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        List<String> footerMissing = new ArrayList<>();
        int parsed = 0;
        int records = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            Fetched f = fetch(path);
            if (f.status() != 200) {
                broken.add(path + " → " + f.status());
                continue;
            }
            boolean record = path.startsWith("/information/");
            if (!f.contentType().startsWith("text/html") || parsed >= PAGES || (record && records >= RECORD_PAGES)) {
                continue;
            }
            parsed++;
            if (record) {
                records++;
            }
            Document page = Jsoup.parse(f.body());
            String footer = page.select("footer.site-footer").text();
            for (String element : FOOTER) {
                if (!footer.contains(element)) {
                    footerMissing.add(path + " 缺少 " + element);
                }
            }
            // a column shown without anything in it: a list block with no item, or a 暂无 line in place of one
            for (Element column : page.select("main section.front-column, main section.column-block")) {
                if (column.select("li").isEmpty()
                        && column.select("a[href^=/organizations/]").isEmpty()) {
                    blank.add(path + " " + column.select("h2, h3").text());
                }
            }
            for (Element item : page.select("main section.front-column li")) {
                if (!item.select(".date").text().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    undated.add(path + " " + item.text());
                }
            }
            for (Element a : page.select("a[href]")) {
                String href = a.attr("href").replaceAll("#.*", "");
                if (href.startsWith("/") && !href.startsWith("//") && follow(href) && seen.add(href)) {
                    queue.add(href);
                }
            }
        }
        assertThat(broken)
                .as(
                        "no broken link but the one the demo county's old-site notice carries for the site self-inspection (DemoSite)")
                .containsExactly("/information/MB0001525/2024-09999 → 404");
        assertThat(footerMissing).as("footer elements").isEmpty();
        assertThat(blank).as("blank columns").isEmpty();
        assertThat(undated).as("undated items").isEmpty();
        assertThat(parsed).as("pages walked").isGreaterThan(100);

        // 首页不更新 / 栏目不更新 (RULES §5.2, §5.4): the home page's columns are fresh
        LocalDate today = LocalDate.now(clock);
        Document home = Jsoup.parse(fetch("/").body());
        List<String> stale = new ArrayList<>();
        stale(home, "news", today.minusWeeks(2), stale);
        stale(home, "notices", today.minusMonths(6), stale);
        stale(home, "policies", today.minusMonths(6), stale);
        assertThat(stale).as("columns not updated").isEmpty();
    }

    /** Whether the newest item of a home-page column is older than {@code since}. */
    private static void stale(Document home, String column, LocalDate since, List<String> stale) {
        Element first = home.selectFirst("section#" + column + " li .date");
        if (first == null || LocalDate.parse(first.text()).isBefore(since)) {
            stale.add(column);
        }
    }

    /** Links the crawler follows: the public site's pages, not the console, the display switch or downloads. */
    private static boolean follow(String href) {
        return !href.startsWith("/console")
                && !href.startsWith("/display")
                && !href.startsWith("/api/")
                && !href.contains("/attachments/")
                && !href.startsWith("/static/")
                && !href.startsWith("/css/")
                && !href.startsWith("/js/");
    }
}
