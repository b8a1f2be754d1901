package org.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.xml.sax.InputSource;

/** Atom feeds, the sitemap, and the large-print and high-contrast views, as a visitor and a feed reader get them. */
class PortalFeedsBrowserTests extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void feedsAndTheSitemapListPublishedInformation() throws Exception {
        HttpResponse<String> feed = get("/feeds/information.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        var atom = parse(feed.body());
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        int entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                .getLength();
        assertThat(entries).isBetween(1, 50);
        String firstLink = ((org.w3c.dom.Element)
                        ((org.w3c.dom.Element) atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                                        .item(0))
                                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
                                .item(0))
                .getAttribute("href");
        assertThat(get(URI.create(firstLink).getPath()).statusCode()).isEqualTo(200);

        assertThat(get("/feeds/units/999999.atom").statusCode()).isEqualTo(404);
        assertThat(get("/feeds/units/5/NOT_A_COLUMN.atom").statusCode()).isEqualTo(404);

        var sitemap = parse(get("/sitemap.xml").body());
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url")
                        .getLength())
                .isGreaterThan(100);
    }

    @Test
    void publicPagesAreServedFromTheRenderCacheWithTheirSecurityHeadersAndRevalidate() throws Exception {
        HttpResponse<String> first = get("/openness/information?sort=WRITTEN");
        HttpResponse<String> second = get("/openness/information?sort=WRITTEN");
        assertThat(second.body()).isEqualTo(first.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("ETag")).contains(etag);
        assertThat(second.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'");
        assertThat(second.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(second.headers().firstValue("Cache-Control")).contains("no-cache");

        HttpResponse<String> byTag = http.send(
                HttpRequest.newBuilder(URI.create(url("/openness/information?sort=WRITTEN")))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        String lastModified = second.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> byDate = http.send(
                HttpRequest.newBuilder(URI.create(url("/openness/information?sort=WRITTEN")))
                        .header("If-Modified-Since", lastModified)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(byDate.statusCode()).isEqualTo(304);
        HttpResponse<String> otherTag = http.send(
                HttpRequest.newBuilder(URI.create(url("/openness/information?sort=WRITTEN")))
                        .header("If-None-Match", "\"stale\"")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(otherTag.statusCode()).isEqualTo(200);

        // The display mode is part of the key: a large-print visitor never gets the standard page.
        HttpResponse<String> large = http.send(
                HttpRequest.newBuilder(URI.create(url("/openness/information?sort=WRITTEN")))
                        .header("Cookie", "gk-display=large")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(large.body()).contains("large-print");
        assertThat(get("/openness/information?sort=WRITTEN").body()).doesNotContain("large-print");
    }

    @Test
    void hostileAddressesAndQueriesGetAnAnswerNeverAServerError() throws Exception {
        String longQuery = java.net.URLEncoder.encode("政务公开".repeat(2500), java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("/search?q=" + longQuery, 200);
        expected.put("/search?q=%E3%80%82%EF%BC%8C%E3%80%81", 200);
        expected.put("/search?q=%00%01", 200);
        expected.put("/search?q=title%3A%28x+AND", 200);
        expected.put("/search?q=x&page=-3&sort=NOPE", 400);
        expected.put("/api/v1/search?q=%5B1+TO+*%5D", 200);
        expected.put("/openness/information?year=abc", 400);
        expected.put("/openness/information?page=-5&year=99999", 200);
        expected.put("/openness/information?area=1&item=" + "x".repeat(300), 200);
        expected.put("/information/no-such/2026-00001", 404);
        expected.put("/information/", 404);
        expected.put("/api/v1/information/no-such", 404);
        expected.put("/files/999999999", 404);
        expected.put("/openness/units/999999999", 404);
        expected.put("/openness/cleanup/999999999", 404);
        for (var e : expected.entrySet()) {
            HttpResponse<String> response = get(e.getKey());
            assertThat(response.statusCode()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(response.body())
                    .as(e.getKey())
                    .doesNotContain("Exception")
                    .doesNotContain("系统繁忙");
        }
    }

    @Test
    void largePrintAndHighContrastAreChosenByLinksWithoutScript() {
        open("/openness");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("大字版")));
        assertThat(driver.getCurrentUrl()).endsWith("/openness");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("large-print");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("高对比度")));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class"))
                .contains("large-print", "high-contrast");
        open("/openness/information");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("high-contrast");
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("标准字号")));
        FormPage.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("标准配色")));
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).isNullOrEmpty();

        open("/display?large=true&back=//evil.example/");
        assertThat(driver.getCurrentUrl()).startsWith(url("/"));
    }
}
