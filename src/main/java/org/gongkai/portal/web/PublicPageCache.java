package org.gongkai.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public read path's render cache (Caffeine), in front of every other filter (security included). It
 * answers repeated GETs of public pages with bytes rendered before, with the headers the full chain set on
 * that rendering (CSP and the other security headers) replayed. Pages are keyed by path, query and display mode (read
 * as DisplayMode reads the cookie, so odd cookie values add no keys) and, for the pages whose content depends on the
 * site (网站群: the site of the host name, or the main portal for any other host, so made-up Host headers add no keys),
 * by site; a page that shows the same under every site (a record, a unit's page) is kept once and served with the
 * chrome of the site asked for in place of the one it was rendered with ({@link SiteChrome}: name and footer, found
 * and checked when the page is stored). Anything personal (a response setting a cookie) is never stored. Browsers and crawlers revalidate with ETag / Last-Modified.
 *
 * <ul>
 * <li><b>Precise eviction.</b> Controllers tag what a page shows ({@link PageTags}): the records on it and the
 * front of the listings it belongs to. A change to a record evicts the pages tagged with it and the fronts of
 * the site and of its issuing units; every other page stays. A page rendered while an eviction touching its
 * tags ran is not stored.</li>
 * <li><b>No stampede.</b> Concurrent requests for a missing page wait for the one rendering it.</li>
 * <li><b>Stale while revalidate.</b> A page older than the time to live is served as it is while one request
 * renders it again; pages unused for {@code staleFor} leave.</li>
 * </ul>
 * Memory is bounded by the bytes of the stored bodies.
 */
final class PublicPageCache implements Filter {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final List<String> PREFIXES = List.of(
            "/openness", "/information/", "/organizations", "/catalogs", "/negative-lists", "/feeds/", "/sitemap");
    /** How long a request waits for another one rendering the same page before rendering it itself. */
    private static final long WAIT_SECONDS = 10;

    record Page(
            byte[] body,
            String contentType,
            List<String[]> headers,
            String etag,
            String lastModified,
            long lastModifiedSeconds,
            long renderedAtNanos,
            Set<String> tags,
            String chromeKey,
            int[] cuts) {

        /**
         * The same page rendered with this site's chrome, and where that chrome is in it (site name in the title,
         * in the header, footer) when each was found where the layout puts it; else the page is for that site only.
         */
        Page withChrome(SiteChrome chrome) {
            return new Page(
                    body,
                    contentType,
                    headers,
                    etag,
                    lastModified,
                    lastModifiedSeconds,
                    renderedAtNanos,
                    tags,
                    chrome.key(),
                    PublicPageCache.cuts(body, chrome));
        }

        /** Whether this page may be served for the site of this chrome. */
        boolean servesFor(SiteChrome chrome) {
            return cuts != null || chromeKey.equals(chrome.key());
        }
    }

    private static final byte[] TITLE_END = bytes("</title>");
    private static final byte[] SITE_TITLE = bytes("class=\"site-title\"");
    private static final byte[] LINK_END = bytes("</a>");
    private static final byte[] FOOTER = bytes("<footer class=\"site-footer\">");
    private static final byte[] FOOTER_END = bytes("</footer>");

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Start and end of the site's name at the end of the title, of its name in the header's site link, and of the
     * footer's content — each checked to hold exactly this chrome — or null when one is not where the layout puts it
     * (not a portal page, or text the cache cannot tell from the chrome). The title and the header come before any
     * content, the footer after all of it; content cannot hold these tags unescaped.
     */
    static int[] cuts(byte[] body, SiteChrome chrome) {
        int titleEnd = indexOf(body, TITLE_END, 0);
        if (titleEnd < 0) {
            return null;
        }
        int titleName = titleEnd - chrome.name().length;
        int link = indexOf(body, SITE_TITLE, titleEnd);
        int nameStart = link < 0 ? -1 : indexOf(body, new byte[] {'>'}, link) + 1;
        int nameEnd = nameStart <= 0 ? -1 : indexOf(body, LINK_END, nameStart);
        int footer = lastIndexOf(body, FOOTER);
        int footerStart = footer < 0 ? -1 : footer + FOOTER.length;
        int footerEnd = footer < 0 ? -1 : indexOf(body, FOOTER_END, footerStart);
        if (titleName < 0
                || nameEnd < 0
                || footerEnd < 0
                || footerStart < nameEnd
                || !holds(body, titleName, titleEnd, chrome.name())
                || !holds(body, nameStart, nameEnd, chrome.name())
                || !holds(body, footerStart, footerEnd, chrome.footer())) {
            return null;
        }
        return new int[] {titleName, titleEnd, nameStart, nameEnd, footerStart, footerEnd};
    }

    /** The body with another site's chrome in place of the one it was rendered with. */
    static byte[] splice(byte[] body, int[] cuts, SiteChrome chrome) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(splicedLength(body, cuts, chrome));
        try {
            writeSpliced(out, body, cuts, chrome);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int splicedLength(byte[] body, int[] cuts, SiteChrome chrome) {
        return body.length
                + 2 * chrome.name().length
                + chrome.footer().length
                - (cuts[1] - cuts[0])
                - (cuts[3] - cuts[2])
                - (cuts[5] - cuts[4]);
    }

    /** Writes the spliced body straight from the kept one and the chrome, copying nothing. */
    private static void writeSpliced(java.io.OutputStream out, byte[] body, int[] cuts, SiteChrome chrome)
            throws IOException {
        byte[][] parts = {chrome.name(), chrome.name(), chrome.footer()};
        int from = 0;
        for (int i = 0; i < 3; i++) {
            out.write(body, from, cuts[2 * i] - from);
            out.write(parts[i]);
            from = cuts[2 * i + 1];
        }
        out.write(body, from, body.length - from);
    }

    private static boolean holds(byte[] body, int from, int to, byte[] expected) {
        return to - from == expected.length && java.util.Arrays.equals(body, from, to, expected, 0, expected.length);
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] body, byte[] needle) {
        outer:
        for (int i = body.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private final boolean enabled;
    private final long maxBytes;
    private final long ttlNanos;
    private final Clock clock;
    private final Cache<String, Page> pages;
    private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    /** The keys of the stored pages carrying each tag; kept under {@code this}. */
    private final Map<String, Set<String>> keysByTag = new HashMap<>();
    /** The eviction sequence number at which each tag was last evicted; kept under {@code this}. */
    private final Map<String, Long> evictedAt = new HashMap<>();

    private long evictions;
    private long everythingEvictedAt;
    private final AtomicLong renders = new AtomicLong();

    private final java.util.function.Predicate<HttpServletRequest> bypass;
    private final java.util.function.Function<HttpServletRequest, SiteChrome> chromes;
    private final java.util.function.Predicate<String> shared;

    /**
     * @param bypass  requests that go past the cache, neither served from it nor stored in it (the static
     *                publisher's own renderings, which must see the records as they are now)
     * @param chromes the chrome of the site a request is for
     * @param shared  the paths whose pages show the same content under every site
     */
    PublicPageCache(
            long maxBytes,
            Duration ttl,
            Duration staleFor,
            Clock clock,
            java.util.function.Predicate<HttpServletRequest> bypass,
            java.util.function.Function<HttpServletRequest, SiteChrome> chromes,
            java.util.function.Predicate<String> shared) {
        this.bypass = bypass;
        this.chromes = chromes;
        this.shared = shared;
        this.enabled = maxBytes > 0;
        this.maxBytes = maxBytes;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, maxBytes))
                .weigher((String key, Page page) -> page.body().length + key.length() * 2 + 200)
                .expireAfterAccess(ttl.plus(staleFor))
                .removalListener((String key, Page page, RemovalCause cause) -> {
                    if (key != null && page != null) {
                        untag(key, page);
                    }
                })
                .build();
    }

    /** Drops every page; pages rendering at this moment are not stored either. */
    void invalidate() {
        synchronized (this) {
            everythingEvictedAt = ++evictions;
            keysByTag.clear();
            evictedAt.clear();
        }
        pages.invalidateAll();
    }

    /** Drops the pages carrying any of these tags; pages with them rendering at this moment are not stored. */
    void evict(Collection<String> tags) {
        List<String> keys = new ArrayList<>();
        synchronized (this) {
            long at = ++evictions;
            for (String tag : tags) {
                evictedAt.put(tag, at);
                Set<String> tagged = keysByTag.remove(tag);
                if (tagged != null) {
                    keys.addAll(tagged);
                }
            }
        }
        pages.invalidateAll(keys);
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** How many times a cacheable page was rendered (not served from the cache); for tests and metrics. */
    long renders() {
        return renders.get();
    }

    static boolean cacheable(String path) {
        if (path.equals("/")) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (!enabled
                || !(head || "GET".equals(method))
                || !cacheable(path)
                || (query != null && query.length() > 1000)
                || bypass.test(request)) {
            chain.doFilter(req, res);
            return;
        }
        SiteChrome chrome = chromes.apply(request);
        String rest = path
                + '?'
                + (query == null ? "" : query)
                + '|'
                + DisplayMode.of(request).cookieValue();
        String siteKey = chrome.key() + '|' + rest;
        String sharedKey = shared.test(path) ? "*|" + rest : null;
        Page page = sharedKey == null ? null : pages.getIfPresent(sharedKey);
        if (page == null) {
            page = pages.getIfPresent(siteKey);
        }
        if (page != null && System.nanoTime() - page.renderedAtNanos() < ttlNanos) {
            serve(page, chrome, request, response, head);
            return;
        }
        String key = sharedKey != null ? sharedKey : siteKey;
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            if (page != null) {
                serve(page, chrome, request, response, head); // stale while another request renders it again
                return;
            }
            Page awaited = await(theirs);
            if (awaited != null && awaited.servesFor(chrome)) {
                serve(awaited, chrome, request, response, head);
                return;
            }
            // the other rendering could not be stored (an error, a cookie) or is another site's: render alike
            chain.doFilter(req, res);
            return;
        }
        Page rendered = null;
        try {
            rendered = render(sharedKey, siteKey, chrome, request, response, chain);
        } finally {
            rendering.remove(key, mine);
            mine.complete(rendered);
        }
    }

    private static Page await(CompletableFuture<Page> other) throws IOException {
        try {
            return other.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a page", e);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /**
     * Renders the page and keeps it: under the shared key when it may be served for every site, else under the
     * site's.
     */
    private Page render(
            String sharedKey,
            String siteKey,
            SiteChrome chrome,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws IOException, ServletException {
        long startedAt;
        synchronized (this) {
            startedAt = evictions;
        }
        renders.incrementAndGet();
        PageTags.start(request);
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        Page stored = storable(capture, PageTags.of(request), clock);
        if (stored == null) {
            capture.copyBodyToResponse();
            return null;
        }
        Page rendered = stored.withChrome(chrome);
        store(sharedKey != null && rendered.cuts() != null ? sharedKey : siteKey, rendered, startedAt);
        capture.setHeader("ETag", etag(rendered, chrome));
        capture.setHeader("Last-Modified", rendered.lastModified());
        capture.setHeader("Cache-Control", "no-cache");
        capture.setHeader("Vary", "Cookie");
        capture.copyBodyToResponse();
        return rendered;
    }

    /**
     * The captured response as a page to keep, or null when it must not be kept: not a 200 HTML or XML page, or
     * anything personal about it (a cookie set, a download).
     */
    static Page storable(ContentCachingResponseWrapper capture, Set<String> tags, Clock clock) {
        String type = capture.getContentType();
        if (capture.getStatus() != 200
                || type == null
                || capture.containsHeader("Set-Cookie")
                || capture.containsHeader("Content-Disposition")
                || !(type.startsWith("text/html") || type.contains("xml"))) {
            return null;
        }
        byte[] body = capture.getContentAsByteArray();
        List<String[]> headers = new ArrayList<>();
        for (String name : capture.getHeaderNames()) {
            String lower = name.toLowerCase();
            if (lower.equals("cache-control")
                    || lower.equals("pragma")
                    || lower.equals("expires")
                    || lower.equals("date")
                    || lower.equals("content-length")
                    || lower.equals("content-type")
                    || lower.equals("set-cookie")) {
                continue;
            }
            for (String value : capture.getHeaders(name)) {
                headers.add(new String[] {name, value});
            }
        }
        headers.add(new String[] {"Cache-Control", "no-cache"});
        headers.add(new String[] {"Vary", "Cookie"});
        CRC32 crc = new CRC32();
        crc.update(body);
        Instant now = clock.instant();
        String etag = "\"" + Long.toHexString(crc.getValue()) + '-' + Integer.toHexString(body.length) + '-'
                + Long.toHexString(now.toEpochMilli()) + "\"";
        return page(body, type, headers, etag, now, tags);
    }

    static Page page(
            byte[] body,
            String contentType,
            List<String[]> headers,
            String etag,
            Instant renderedAt,
            Set<String> tags) {
        return new Page(
                body,
                contentType,
                List.copyOf(headers),
                etag,
                HTTP_DATE.format(renderedAt),
                renderedAt.getEpochSecond(),
                System.nanoTime(),
                Set.copyOf(tags),
                "",
                null);
    }

    /** Stores the page unless an eviction touching it ran while it was rendered (then it may show old data). */
    private void store(String key, Page page, long startedAt) {
        if (page.body().length > maxBytes / 16) {
            return;
        }
        synchronized (this) {
            if (everythingEvictedAt > startedAt) {
                return;
            }
            for (String tag : page.tags()) {
                Long at = evictedAt.get(tag);
                if (at != null && at > startedAt) {
                    return;
                }
            }
            for (String tag : page.tags()) {
                keysByTag.computeIfAbsent(tag, t -> new java.util.HashSet<>()).add(key);
            }
            // evictions older than every rendering in progress can be forgotten
            if (evictedAt.size() > 10_000 && rendering.isEmpty()) {
                evictedAt.clear();
            }
            pages.put(key, page);
        }
    }

    /**
     * Forgets a removed page's tags (the removal listener runs later, on Caffeine's executor); a page stored
     * again under the key since then keeps them.
     */
    private synchronized void untag(String key, Page page) {
        if (pages.policy().getIfPresentQuietly(key) != null) {
            return;
        }
        for (String tag : page.tags()) {
            Set<String> keys = keysByTag.get(tag);
            if (keys != null) {
                keys.remove(key);
                if (keys.isEmpty()) {
                    keysByTag.remove(tag);
                }
            }
        }
    }

    static void serve(Page page, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        serve(page, page.etag(), null, request, response, head);
    }

    /** Serves the page with the chrome of the site asked for. */
    private static void serve(
            Page page, SiteChrome chrome, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        boolean asRendered = page.cuts() == null || chrome.key().equals(page.chromeKey());
        serve(page, etag(page, chrome), asRendered ? null : chrome, request, response, head);
    }

    /** A page kept for every site has one entity tag per site, as its bytes differ by the chrome. */
    private static String etag(Page page, SiteChrome chrome) {
        return page.cuts() == null
                ? page.etag()
                : page.etag().substring(0, page.etag().length() - 1) + "-s" + chrome.key() + '"';
    }

    /** Serves the page as kept ({@code chrome} null) or with this chrome in place of the one it was rendered with. */
    private static void serve(
            Page page,
            String etag,
            SiteChrome chrome,
            HttpServletRequest request,
            HttpServletResponse response,
            boolean head)
            throws IOException {
        for (String[] h : page.headers()) {
            response.addHeader(h[0], h[1]);
        }
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", page.lastModified());
        if (notModified(etag, page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        byte[] body = page.body();
        response.setContentLength(chrome == null ? body.length : splicedLength(body, page.cuts(), chrome));
        if (head) {
            return;
        }
        if (chrome == null) {
            response.getOutputStream().write(body);
        } else {
            writeSpliced(response.getOutputStream(), body, page.cuts(), chrome);
        }
    }

    private static boolean notModified(String etag, Page page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeader("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                return ZonedDateTime.parse(ifModifiedSince, HTTP_DATE).toEpochSecond() >= page.lastModifiedSeconds();
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }
}
