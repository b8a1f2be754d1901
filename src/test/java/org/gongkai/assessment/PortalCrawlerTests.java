package org.gongkai.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The crawl of the site self-inspection against a small site served on the loopback: it walks every page from the home
 * page, opens files with HEAD, and reports pages that fail, links that lead nowhere (on the site and off it), columns
 * marked empty and listed items without a date — each once, with the page it was found on.
 */
class PortalCrawlerTests {

    HttpServer server;
    final Map<String, String> pages = new ConcurrentHashMap<>();
    final AtomicInteger heads = new AtomicInteger();
    final List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
    URI root;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            requested.add(path);
            if (exchange.getRequestMethod().equals("HEAD")) {
                heads.incrementAndGet();
            }
            int status;
            String body;
            if (path.equals("/boom")) {
                status = 500;
                body = "error";
            } else if (path.equals("/files/1") || path.equals("/elsewhere/ok")) {
                status = 200;
                body = "file";
            } else if (pages.containsKey(path)) {
                status = 200;
                body = pages.get(path);
            } else {
                status = 404;
                body = "not found";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            exchange.close();
        });
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PortalCrawler crawler(int maxPages, boolean internalAddresses) {
        return new PortalCrawler(
                new MockEnvironment(),
                root.toString(),
                maxPages,
                Duration.ofSeconds(5),
                2,
                true,
                Duration.ofSeconds(2),
                100,
                internalAddresses);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><title>t</title></head><body><header><a href=\"/\">首页</a></header><main>"
                + body + "</main></body></html>";
    }

    @Test
    void walksThePortalAndReportsEachProblemWithWhereItIs() {
        String other = "http://localhost:" + server.getAddress().getPort();
        pages.put(
                "/",
                page(
                        "<ul class=\"dated\"><li><a href=\"/information/A\">甲</a> <span class=\"date\">2026-11-30</span></li>"
                                + "<li><a href=\"/information/B\">乙</a></li></ul>"
                                + "<a href=\"/reports\">年报</a> <a href=\"/missing\">坏链</a> <a href=\"/boom\">出错</a>"
                                + "<a href=\"/console/x\">后台</a> <a href=\"/files/1\">附件</a> <a href=\"/files/2\">坏附件</a>"
                                + "<a href=\"/list?b=2&a=1\">列表</a> <a href=\"/list?a=1&b=2#top\">列表同页</a>"
                                + "<a href=\"" + other + "/elsewhere/ok\">外链</a> <a href=\"" + other
                                + "/elsewhere/gone\">坏外链</a>"));
        pages.put(
                "/information/A",
                page("<div class=\"body-text\"><ul><li><a href=\"/information/B\">正文中的链接</a></li></ul></div>"));
        pages.put("/information/B", page("<p>乙</p>"));
        pages.put("/reports", page("<p data-empty-column=\"某局·政府信息公开年报\">暂无已发布的年度报告。</p>"));
        pages.put(
                "/list?a=1&b=2",
                page("<table><tr><td><a href=\"/information/A\">甲</a></td><td>2026年11月30日</td></tr></table>"));

        PortalCrawler.Result r = crawler(1000, true).crawl(root);

        assertThat(r.found())
                .extracting(PortalCrawler.Found::problem, PortalCrawler.Found::page, PortalCrawler.Found::target)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(PortalCrawler.Problem.BROKEN_INTERNAL, "/", "/missing"),
                        org.assertj.core.groups.Tuple.tuple(PortalCrawler.Problem.PAGE_DOWN, "/", "/boom"),
                        org.assertj.core.groups.Tuple.tuple(PortalCrawler.Problem.BROKEN_INTERNAL, "/", "/files/2"),
                        org.assertj.core.groups.Tuple.tuple(
                                PortalCrawler.Problem.BROKEN_EXTERNAL, "/", other + "/elsewhere/gone"),
                        org.assertj.core.groups.Tuple.tuple(PortalCrawler.Problem.EMPTY_COLUMN, "/reports", "/reports"),
                        org.assertj.core.groups.Tuple.tuple(PortalCrawler.Problem.UNDATED, "/", "/"));
        assertThat(r.found())
                .filteredOn(f -> f.problem() == PortalCrawler.Problem.EMPTY_COLUMN)
                .extracting(PortalCrawler.Found::detail)
                .containsExactly("某局·政府信息公开年报");
        assertThat(r.found())
                .filteredOn(f -> f.problem() == PortalCrawler.Problem.UNDATED)
                .extracting(PortalCrawler.Found::detail)
                .containsExactly("乙");
        // home, A, B, reports, missing, boom, files 1 and 2, the list once whatever the order of its parameters
        assertThat(r.pages()).isEqualTo(9);
        assertThat(heads.get()).as("files are opened with HEAD, not downloaded").isGreaterThanOrEqualTo(2);
        assertThat(r.p95Millis()).isNotNull();
        assertThat(r.note()).isNull();
    }

    @Test
    void stopsAtTheBoundAndSaysSo() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            many.append("<a href=\"/p").append(i).append("\">").append(i).append("</a>");
            pages.put("/p" + i, page("<p>" + i + "</p>"));
        }
        pages.put("/", page(many.toString()));
        PortalCrawler.Result r = crawler(10, true).crawl(root);
        assertThat(r.pages()).isEqualTo(10);
        assertThat(r.note()).contains("上限 10");
    }

    @Test
    void neverOpensAnAddressInsideThisNetworkFromAPublishedLink() {
        pages.put("/", page("<a href=\"http://10.0.0.1/secret\">内网</a>"));
        PortalCrawler.Result r = crawler(10, false).crawl(root);
        assertThat(r.found()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(PortalCrawler.Problem.BROKEN_EXTERNAL);
            assertThat(f.detail()).contains("内部网络");
        });
    }

    @Test
    void aNameThatLeadsInsideIsRefusedInTheLookupTheConnectionUses() {
        // a hostile name server answers the other county's name with this server's own loopback
        String name = "portal.other-county.example";
        pages.put(
                "/", page("<a href=\"http://" + name + ":" + server.getAddress().getPort() + "/secret\">外县</a>"));
        DnsResolver hostile = new SystemDefaultDnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return host.equals(name) ? new InetAddress[] {InetAddress.getLoopbackAddress()} : super.resolve(host);
            }
        };
        PortalCrawler.Result r = new PortalCrawler(
                        new MockEnvironment(),
                        root.toString(),
                        10,
                        Duration.ofSeconds(5),
                        2,
                        true,
                        Duration.ofSeconds(2),
                        100,
                        false,
                        hostile)
                .crawl(root);
        assertThat(r.found()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(PortalCrawler.Problem.BROKEN_EXTERNAL);
            assertThat(f.detail()).contains("内部网络");
        });
        assertThat(requested).as("never opened").doesNotContain("/secret");
    }

    @Test
    void readsDatesAndEmptyColumnsWithoutARegex() {
        assertThat(PortalCrawler.hasDate("发布于 2026-03-02")).isTrue();
        assertThat(PortalCrawler.hasDate("2026年3月2日")).isTrue();
        assertThat(PortalCrawler.hasDate("第 2026 号")).isFalse();
        assertThat(PortalCrawler.hasDate("1".repeat(200_000))).isFalse();
        assertThat(PortalCrawler.emptyColumns(Jsoup.parse("<p data-empty-column=\"留言答复\">暂无</p>")))
                .isEqualTo(List.of("留言答复"));
    }
}
