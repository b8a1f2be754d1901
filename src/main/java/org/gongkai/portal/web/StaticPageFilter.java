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
import java.util.Optional;
import java.util.Set;
import org.gongkai.portal.Sites;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a record page ({@code /information/…}, standard display, no query) from its static publication, in front
 * of security and Spring MVC: one indexed read and the bytes. A page not (yet) published statically is rendered as
 * usual. The {@link StaticPublisher}'s own requests (carrying the {@link PublicationToken}) render the page through the whole chain
 * and store it.
 */
final class StaticPageFilter implements Filter {

    static final String PREFIX = "/information/";

    private final StaticPages pages;
    private final PublicationToken token;
    private final Clock clock;

    private final Sites sites;

    StaticPageFilter(StaticPages pages, PublicationToken token, Clock clock, Sites sites) {
        this.pages = pages;
        this.token = token;
        this.clock = clock;
        this.sites = sites;
    }

    /** Whether the request asks for a page that static publication serves. */
    static boolean eligible(HttpServletRequest request) {
        String method = request.getMethod();
        String path = path(request);
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getQueryString() == null
                && path.startsWith(PREFIX)
                && path.length() > PREFIX.length()
                && path.length() <= 200
                && DisplayMode.of(request).cssClasses() == null;
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!eligible(request) || sites.forHost(request.getServerName()).isPresent()) {
            // the static pages are the main portal's; a unit's site (网站群) renders its own, with its name and footer
            chain.doFilter(req, res);
            return;
        }
        if (token.matches(request)) {
            publish(request, response, chain);
            return;
        }
        Optional<StaticPages.Stored> stored = pages.find(path(request));
        if (stored.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        StaticPages.Stored page = stored.get();
        page.recordIds()
                .forEach(id -> PageTags.record(request, id)); // for the render cache in front, if it stores this
        PublicPageCache.serve(
                PublicPageCache.page(
                        page.body(), page.contentType(), page.headers(), page.etag(), page.renderedAt(), Set.of()),
                request,
                response,
                "HEAD".equals(request.getMethod()));
    }

    private void publish(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        StaticPages.State state = pages.state();
        PageTags.start(request);
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        Set<String> tags = PageTags.of(request);
        Long subject = PageTags.subject(request);
        PublicPageCache.Page page = subject == null ? null : PublicPageCache.storable(capture, tags, clock);
        if (page != null) {
            pages.store(
                    path(request),
                    state,
                    page.body(),
                    page.contentType(),
                    page.headers(),
                    page.etag(),
                    clock.instant(),
                    subject,
                    PageTags.recordIds(tags));
        }
        capture.copyBodyToResponse();
    }
}
