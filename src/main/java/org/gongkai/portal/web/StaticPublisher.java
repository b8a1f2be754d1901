package org.gongkai.portal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublicInformationChanged;
import org.gongkai.information.PublicInformationReloaded;
import org.gongkai.shared.ClusterChange;
import org.gongkai.shared.PublicContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriUtils;

/**
 * Static publication of record pages: after a change to a record commits, the pages showing it are dropped and
 * rendered again; after a change to what every page shows (the site's name, units, catalogs), and at start, every
 * public record's page that is missing or out of date is rendered, in the background, two at a time. A page is
 * rendered by requesting it from this node over HTTP with a token known only to this process, so it passes every
 * filter, Spring Security's headers included, exactly as a visitor's request would. Until its page is stored, a
 * record's page is rendered for each visitor as before.
 */
class StaticPublisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StaticPublisher.class);
    private static final int BATCH = 500;

    private final StaticPages pages;
    private final PublicInformation information;
    private final PublicationToken token;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ExecutorService renders = Executors.newFixedThreadPool(2, daemon("static-page"));
    private final ExecutorService walker = Executors.newSingleThreadExecutor(daemon("static-page-walk"));
    private final AtomicBoolean walkWanted = new AtomicBoolean();
    private volatile String base;

    StaticPublisher(StaticPages pages, PublicInformation information, PublicationToken token) {
        this.pages = pages;
        this.information = information;
        this.token = token;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getId() != null
                && event.getApplicationContext().getId().endsWith("-management")) {
            return;
        }
        var environment = event.getApplicationContext().getEnvironment();
        if (environment.getProperty("server.ssl.enabled", Boolean.class, false)) {
            return; // behind TLS of its own the node is not asked over plain HTTP; pages are rendered for each visitor
        }
        String address = environment.getProperty("server.address", "127.0.0.1");
        if (address.equals("0.0.0.0") || address.equals("::")) {
            address = "127.0.0.1";
        }
        String host = address.contains(":") ? "[" + address + "]" : address;
        base = "http://" + host + ":" + event.getWebServer().getPort()
                + environment.getProperty("server.servlet.context-path", "");
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        walk();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublicInformationChanged event) {
        republish(event.recordId());
    }

    /** The same as the changes of this node, for changes made on another node (their pages here are out of date). */
    @EventListener
    void on(ClusterChange change) {
        if (change.is(ClusterChange.INFORMATION)) {
            republish(change.subject());
        } else if (change.is(ClusterChange.RELOADED) || change.subject() == 1L) {
            pages.followGeneration();
            walk();
        }
    }

    private void republish(long recordId) {
        String own =
                information.indexNumber(recordId).map(StaticPublisher::path).orElse(null);
        Set<String> paths = new LinkedHashSet<>(pages.dropShowing(recordId, own));
        if (base != null) {
            paths.forEach(p -> renders.submit(() -> render(p)));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublicContentChanged event) {
        // a record page shows, beyond its records, the names of units and its unit's catalog items: guides,
        // negative lists, contact details and jurisdictions are not on it
        if (!event.showsOnRecordPages()) {
            return;
        }
        pages.newGeneration();
        walk();
    }

    @EventListener
    void on(PublicInformationReloaded event) {
        pages.newGeneration();
        walk();
    }

    /** Renders, in the background, every public record's page that is missing or out of date. */
    void walk() {
        if (base == null || !walkWanted.compareAndSet(false, true)) {
            return;
        }
        walker.submit(() -> {
            while (walkWanted.getAndSet(false)) {
                // a page rendered while a record changed is not stored: a second pass renders what the first missed
                for (int pass = 0; pass < 3 && walkOnce() > 0; pass++) {
                    walkWanted.set(false);
                }
            }
        });
    }

    /** One pass over the public records; returns how many pages it rendered. */
    private long walkOnce() {
        long start = System.nanoTime();
        long rendered = 0;
        long max = information.maxPublicId();
        for (long from = 0; from <= max; from += BATCH) {
            List<String> paths = information.sitemapEntries(from, from + BATCH).stream()
                    .map(e -> path(e.indexNumber()))
                    .toList();
            List<Future<?>> batch = new ArrayList<>();
            for (String p : paths) {
                if (!pages.current(p)) {
                    batch.add(renders.submit(() -> render(p)));
                }
            }
            for (Future<?> f : batch) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return rendered;
                } catch (java.util.concurrent.ExecutionException e) {
                    // render() logs and never throws
                }
            }
            rendered += batch.size();
        }
        log.info("记录页面静态发布完成：生成 {} 页，用时 {} 毫秒。", rendered, (System.nanoTime() - start) / 1_000_000);
        return rendered;
    }

    private void render(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header(PublicationToken.HEADER, token.value())
                    .GET()
                    .build();
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("记录页面静态发布失败：{}", e.getClass().getSimpleName());
        }
    }

    static String path(String indexNumber) {
        return StaticPageFilter.PREFIX + UriUtils.encodePath(indexNumber, StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() throws InterruptedException {
        walker.shutdownNow();
        renders.shutdownNow();
        renders.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
