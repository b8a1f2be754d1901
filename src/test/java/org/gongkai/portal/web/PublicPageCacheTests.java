package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The render cache with a chain that stands for the controllers: pages rendered once for a burst, served stale
 * while one request renders them again, and evicted by the tags of what they show, nothing else.
 */
class PublicPageCacheTests {

    private final ExecutorService pool = Executors.newFixedThreadPool(64);
    private final AtomicInteger rendered = new AtomicInteger();
    private volatile CountDownLatch hold = new CountDownLatch(0);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Renders "<path> #<n>" and tags the page as the request's "tags" parameter says. */
    private final FilterChain chain = (req, res) -> {
        HttpServletRequest request = (HttpServletRequest) req;
        try {
            hold.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String tags = request.getParameter("tags");
        if (tags != null) {
            for (String tag : tags.split(",")) {
                PageTags.record(request, Long.parseLong(tag));
            }
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write((request.getRequestURI() + " #" + rendered.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
    };

    private static PublicPageCache cache(Duration ttl) {
        return new PublicPageCache(
                8 * 1024 * 1024,
                ttl,
                Duration.ofMinutes(10),
                Clock.systemUTC(),
                request -> false,
                request -> SiteChrome.of(null, "县", MAIN),
                path -> true);
    }

    private String get(PublicPageCache cache, String path, String tags) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (tags != null) {
            request.setQueryString("tags=" + tags);
            request.setParameter("tags", tags);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> burst(PublicPageCache cache, String path) throws Exception {
        CountDownLatch started = new CountDownLatch(64);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            answers.add(pool.submit(() -> {
                started.countDown();
                return get(cache, path, null);
            }));
        }
        started.await(10, TimeUnit.SECONDS);
        Thread.sleep(300); // every request has reached the cache by now; the first one is held in its rendering
        hold.countDown();
        List<String> bodies = new ArrayList<>();
        for (Future<String> f : answers) {
            bodies.add(f.get(20, TimeUnit.SECONDS));
        }
        return bodies;
    }

    @Test
    void aBurstForAMissingPageRendersItOnce() throws Exception {
        PublicPageCache cache = cache(Duration.ofMinutes(1));
        hold = new CountDownLatch(1);
        List<String> bodies = burst(cache, "/openness/units/7");
        assertThat(cache.renders()).isEqualTo(1);
        assertThat(bodies).containsOnly("/openness/units/7 #1");
    }

    @Test
    void aBurstForAnExpiredPageIsServedStaleWhileOneRequestRendersItAgain() throws Exception {
        PublicPageCache cache = cache(Duration.ofMillis(50));
        assertThat(get(cache, "/openness/units/7", null)).isEqualTo("/openness/units/7 #1");
        Thread.sleep(80);
        hold = new CountDownLatch(1);
        List<String> bodies = burst(cache, "/openness/units/7");
        assertThat(cache.renders()).isEqualTo(2);
        assertThat(bodies).contains("/openness/units/7 #2");
        assertThat(bodies.stream().filter(b -> b.endsWith("#1")).count()).isEqualTo(63);
        assertThat(get(cache, "/openness/units/7", null)).isEqualTo("/openness/units/7 #2");
    }

    @Test
    void aChangeEvictsOnlyThePagesTaggedWithIt() throws Exception {
        PublicPageCache cache = cache(Duration.ofMinutes(1));
        get(cache, "/information/a", "1");
        get(cache, "/information/b", "2");
        get(cache, "/openness/information", "1,2,3");
        assertThat(cache.size()).isEqualTo(3);
        cache.evict(Set.of(PageTags.record(2)));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(get(cache, "/information/a", "1")).isEqualTo("/information/a #1");
        assertThat(get(cache, "/information/b", "2")).isEqualTo("/information/b #4");
        assertThat(get(cache, "/openness/information", "1,2,3")).isEqualTo("/openness/information #5");
        cache.invalidate();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aPageRenderedWhileItsRecordChangedIsNotStored() throws Exception {
        PublicPageCache cache = cache(Duration.ofMinutes(1));
        hold = new CountDownLatch(1);
        Future<String> slow = pool.submit(() -> get(cache, "/information/a", "1"));
        Thread.sleep(200);
        cache.evict(Set.of(PageTags.record(1)));
        hold.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("/information/a #1");
        assertThat(get(cache, "/information/a", "1")).isEqualTo("/information/a #2");
    }

    @Test
    void pagesOutsideThePublicPathsAndNonGetRequestsPassThrough() throws Exception {
        PublicPageCache cache = cache(Duration.ofMinutes(1));
        get(cache, "/console", null);
        get(cache, "/console", null);
        assertThat(rendered.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    private static final org.gongkai.portal.MainPortal MAIN =
            new org.gongkai.portal.MainPortal(null, null, null, null, null, null, null, 0);

    /** A page laid out as the portal's, with this site's chrome around the content. */
    private static byte[] page(SiteChrome chrome, String content) {
        return ("<html><head><title>财政局 - " + chrome.nameHtml() + "</title></head><body><header>"
                        + "<a class=\"site-title\" href=\"/\">" + chrome.nameHtml() + "</a></header><main>" + content
                        + "</main><footer class=\"site-footer\">" + chrome.footerHtml() + "</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPageForEverySiteTakesEachSitesChromeAndOnlyWhereTheLayoutPutsIt() {
        org.gongkai.portal.Site county = new org.gongkai.portal.Site(
                7, "x.gov.cn", "县 & <政府>", "5107990001", 1, null, "某局", null, null, null, null, 0);
        SiteChrome main = SiteChrome.of(null, "示范县人民政府", MAIN);
        SiteChrome site = SiteChrome.of(county, "示范县人民政府", MAIN);
        String content = "&lt;footer class=&quot;site-footer&quot;&gt; 示范县人民政府 正文";
        byte[] body = page(main, content);
        int[] cuts = PublicPageCache.cuts(body, main);
        assertThat(cuts).isNotNull();
        assertThat(new String(PublicPageCache.splice(body, cuts, site), StandardCharsets.UTF_8))
                .isEqualTo(new String(page(site, content), StandardCharsets.UTF_8))
                .contains("<title>财政局 - 县 &amp; &lt;政府&gt;</title>", "<span>网站标识码：<span>5107990001</span></span>");
        assertThat(PublicPageCache.cuts(body, site))
                .as("another site's chrome is not found")
                .isNull();
        assertThat(PublicPageCache.cuts("<title>x</title>".getBytes(StandardCharsets.UTF_8), main))
                .isNull();
    }
}
