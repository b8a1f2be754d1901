package org.gongkai.portal.web;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public read path's render cache. It sits in front of every other filter (security included) and
 * answers repeated GETs of public pages with bytes rendered before, with the headers the full chain set
 * on that first rendering (CSP and the other security headers) replayed as they were. Pages are keyed by
 * host, path, query and display mode (read as DisplayMode reads the cookie, so odd cookie values add no
 * keys); anything personal (a response setting a cookie, a signed-in console) is never stored. Browsers and crawlers revalidate with ETag / Last-Modified and get 304. The cache is
 * emptied when published information changes (after the commit) and entries expire after a minute, so
 * other public edits (contacts, catalogs) show within that time. Memory is bounded (least recently used
 * pages leave first).
 */
final class PublicPageCache implements Filter {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final List<String> PREFIXES = List.of("/openness", "/information/", "/organizations", "/catalogs",
            "/negative-lists", "/feeds/", "/sitemap");

    record Page(byte[] body, String contentType, List<String[]> headers, String etag, String lastModified,
            long lastModifiedSeconds, long generation, long expiresAtNanos) {
    }

    private final long maxBytes;
    private final Duration ttl;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PublicPageCache(long maxBytes, Duration ttl, Clock clock) {
        this.maxBytes = maxBytes;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Drops every page; pages rendering at this moment are not stored either. */
    void invalidate() {
        generation.incrementAndGet();
        synchronized (pages) {
            pages.clear();
            bytes = 0;
        }
    }

    int size() {
        synchronized (pages) {
            return pages.size();
        }
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
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (!(head || "GET".equals(method)) || !cacheable(path) || (query != null && query.length() > 1000)) {
            chain.doFilter(req, res);
            return;
        }
        String key = request.getServerName() + ':' + request.getServerPort() + path + '?' + (query == null ? "" : query)
                + '|' + DisplayMode.of(request).cookieValue();
        Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null && page.generation() == generation.get() && System.nanoTime() < page.expiresAtNanos()) {
            serve(page, request, response, head);
            return;
        }
        long renderedIn = generation.get();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(req, capture);
        Page rendered = storable(capture, renderedIn);
        if (rendered == null) {
            capture.copyBodyToResponse();
            return;
        }
        store(key, rendered);
        capture.setHeader("ETag", rendered.etag());
        capture.setHeader("Last-Modified", rendered.lastModified());
        capture.setHeader("Cache-Control", "no-cache");
        capture.setHeader("Vary", "Cookie");
        capture.copyBodyToResponse();
    }

    private Page storable(ContentCachingResponseWrapper capture, long renderedIn) {
        String type = capture.getContentType();
        if (capture.getStatus() != 200 || type == null || capture.containsHeader("Set-Cookie")
                || capture.containsHeader("Content-Disposition")
                || !(type.startsWith("text/html") || type.contains("xml"))) {
            return null;
        }
        byte[] body = capture.getContentAsByteArray();
        List<String[]> headers = new ArrayList<>();
        for (String name : capture.getHeaderNames()) {
            String lower = name.toLowerCase();
            if (lower.equals("cache-control") || lower.equals("pragma") || lower.equals("expires") || lower.equals("date")
                    || lower.equals("content-length") || lower.equals("content-type") || lower.equals("set-cookie")) {
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
                + Long.toHexString(renderedIn) + "\"";
        return new Page(body, type, List.copyOf(headers), etag, HTTP_DATE.format(now), now.getEpochSecond(), renderedIn,
                System.nanoTime() + ttl.toNanos());
    }

    private void store(String key, Page page) {
        if (page.body().length > maxBytes / 16) {
            return;
        }
        synchronized (pages) {
            if (page.generation() != generation.get()) {
                return;
            }
            Page old = pages.put(key, page);
            bytes += page.body().length - (old == null ? 0 : old.body().length);
            var it = pages.entrySet().iterator();
            while (bytes > maxBytes && it.hasNext()) {
                bytes -= it.next().getValue().body().length;
                it.remove();
            }
        }
    }

    private static void serve(Page page, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        for (String[] h : page.headers()) {
            response.addHeader(h[0], h[1]);
        }
        response.setHeader("ETag", page.etag());
        response.setHeader("Last-Modified", page.lastModified());
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (!head) {
            response.getOutputStream().write(page.body());
        }
    }

    private static boolean notModified(Page page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(page.etag()) || t.equals("W/" + page.etag())) {
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
