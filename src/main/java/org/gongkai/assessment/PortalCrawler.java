package org.gongkai.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.util.Timeout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The part of the site self-inspection that visits the portal as a visitor and an inspector's crawler do (issue 16 §4,
 * 国办秘函〔2019〕19号): from the home page, breadth first, every page of the portal it can reach up to a bound, each
 * timed; every link on them — pages, files, feeds, images — opened; the links to other sites opened once each with a
 * timeout. Pages that do not open, links that lead nowhere, columns the portal shows empty (the templates mark them
 * {@code data-empty-column}) and listed items without a date are what it reports. Never follows the console, the
 * sign-in, the API or a form; never opens an address of this network (a published link cannot make the server call
 * inside it).
 */
@Component
class PortalCrawler {

    /** A page or link as the crawl found it. */
    enum Problem {
        HOME_DOWN,
        PAGE_DOWN,
        BROKEN_INTERNAL,
        BROKEN_EXTERNAL,
        EMPTY_COLUMN,
        UNDATED
    }

    /** One problem: what, on which page (the one that links, for links), the address concerned and a detail. */
    record Found(Problem problem, String page, String target, String detail) {}

    /** What one crawl saw. {@code note} says what it could not check, or is null. */
    record Result(int pages, long links, Long p95Millis, Long slowestMillis, String note, List<Found> found) {}

    private static final List<String> NOT_FOLLOWED = List.of(
            "/console", "/login", "/logout", "/api/", "/actuator", "/account", "/v3/api-docs", "/error", "/display");
    private static final List<String> CHECKED_ONLY =
            List.of("/files/", "/feeds/", "/sitemap", "/css/", "/js/", "/images/");
    private static final int MAX_BODY = 4 * 1024 * 1024;
    private static final int MAX_KNOWN_FACTOR = 5;

    private final Environment environment;
    private final String configuredRoot;
    private final int maxPages;
    private final Duration pageTimeout;
    private final int threads;
    private final boolean external;
    private final Duration externalTimeout;
    private final int maxExternal;
    /** Whether links to this network's own addresses are opened (an intranet portal); never, by default. */
    private final boolean internalAddresses;
    /** How other sites' names are looked up: the system's resolver but in tests. */
    private final DnsResolver names;

    @org.springframework.beans.factory.annotation.Autowired
    PortalCrawler(
            Environment environment,
            @Value("${gongkai.inspection.portal-url:}") String configuredRoot,
            @Value("${gongkai.inspection.max-pages:20000}") int maxPages,
            @Value("${gongkai.inspection.page-timeout:15s}") Duration pageTimeout,
            @Value("${gongkai.inspection.crawl-threads:4}") int threads,
            @Value("${gongkai.inspection.external-links:true}") boolean external,
            @Value("${gongkai.inspection.external-timeout:10s}") Duration externalTimeout,
            @Value("${gongkai.inspection.max-external-links:500}") int maxExternal,
            @Value("${gongkai.inspection.external-internal-addresses:false}") boolean internalAddresses) {
        this(
                environment,
                configuredRoot,
                maxPages,
                pageTimeout,
                threads,
                external,
                externalTimeout,
                maxExternal,
                internalAddresses,
                SystemDefaultDnsResolver.INSTANCE);
    }

    /** The same, looking other sites' names up with {@code names} (a test's own answers). */
    PortalCrawler(
            Environment environment,
            String configuredRoot,
            int maxPages,
            Duration pageTimeout,
            int threads,
            boolean external,
            Duration externalTimeout,
            int maxExternal,
            boolean internalAddresses,
            DnsResolver names) {
        this.names = names;
        this.environment = environment;
        this.configuredRoot = configuredRoot;
        this.maxPages = Math.max(1, maxPages);
        this.pageTimeout = pageTimeout;
        this.threads = Math.max(1, Math.min(threads, 16));
        this.external = external;
        this.externalTimeout = externalTimeout;
        this.maxExternal = Math.max(0, maxExternal);
        this.internalAddresses = internalAddresses;
    }

    /** The portal's address: the configured one, or this server's own port on the loopback; null when neither. */
    URI root() {
        if (configuredRoot != null && !configuredRoot.isBlank()) {
            return URI.create(configuredRoot.endsWith("/") ? configuredRoot : configuredRoot + "/");
        }
        String port = environment.getProperty("local.server.port");
        return port == null || port.equals("-1") ? null : URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * The client for links to other sites: it connects only to the addresses {@link PublicAddresses} vetted, in the same
     * lookup (no second lookup that a hostile name server could answer with an address inside this network), never
     * follows their redirects (a 3xx answers: a redirect cannot lead the server inside) and never retries.
     */
    private CloseableHttpClient outside() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(internalAddresses ? names : new PublicAddresses(names))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.of(externalTimeout))
                                .build())
                        .setMaxConnTotal(threads * 2)
                        .setMaxConnPerRoute(2)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(externalTimeout))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setUserAgent("gongkai-site-inspection")
                .build();
    }

    /** Looks a name up and refuses it when any of its addresses is this network's own (loopback, private, link-local). */
    static final class PublicAddresses extends SystemDefaultDnsResolver {
        private final DnsResolver names;

        PublicAddresses(DnsResolver names) {
            this.names = names;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] all = names.resolve(host);
            for (InetAddress a : all) {
                if (a.isLoopbackAddress()
                        || a.isSiteLocalAddress()
                        || a.isLinkLocalAddress()
                        || a.isAnyLocalAddress()
                        || (a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc)) {
                    throw new InsideThisNetwork(host);
                }
            }
            return all;
        }
    }

    /** A name that leads inside this network: never opened. */
    static final class InsideThisNetwork extends UnknownHostException {
        InsideThisNetwork(String host) {
            super(host);
        }
    }

    /** Crawls the portal at {@code root}. */
    Result crawl(URI root) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "site-inspection-crawl");
            t.setDaemon(true);
            return t;
        });
        try (CloseableHttpClient outside = outside()) {
            return new Run(root, client, outside, pool).go();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The state of one crawl. */
    private final class Run {
        private final URI root;
        private final HttpClient client;
        private final CloseableHttpClient outside;
        private final ExecutorService pool;
        /** Every address seen, with the page that first linked it ("" for the home page). */
        private final Map<String, String> known = new LinkedHashMap<>();

        private final Map<String, String> externals = new LinkedHashMap<>();
        private final List<Found> found = new ArrayList<>();
        private final List<Long> times = new ArrayList<>();
        private long links;
        private int pages;
        private boolean bounded;

        Run(URI root, HttpClient client, CloseableHttpClient outside, ExecutorService pool) {
            this.root = root;
            this.client = client;
            this.outside = outside;
            this.pool = pool;
        }

        Result go() {
            List<String> level = new ArrayList<>(List.of("/"));
            known.put("/", "");
            while (!level.isEmpty()) {
                List<String> next = new ArrayList<>();
                List<Callable<Visit>> work = new ArrayList<>();
                for (String path : level) {
                    if (pages >= maxPages) {
                        bounded = true;
                        break;
                    }
                    pages++;
                    work.add(() -> visit(path));
                }
                for (Visit v : all(work)) {
                    record(v, next);
                }
                level = next;
            }
            checkExternal();
            List<Long> sorted = times.stream().sorted().toList();
            Long p95 = sorted.isEmpty() ? null : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.95)));
            Long slowest = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
            List<String> notes = new ArrayList<>();
            if (bounded) {
                notes.add("页面数达到上限 " + maxPages + "（gongkai.inspection.max-pages），其余页面未访问；已发布信息的正文仍全部检查");
            }
            if (!external) {
                notes.add("外部链接检查已关闭（gongkai.inspection.external-links）");
            }
            return new Result(pages, links, p95, slowest, notes.isEmpty() ? null : String.join("；", notes), found);
        }

        private <T> List<T> all(List<Callable<T>> work) {
            List<T> out = new ArrayList<>();
            try {
                for (Future<T> f : pool.invokeAll(work)) {
                    out.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("网站自查被中断", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("网站自查访问页面时出错", e.getCause());
            }
            return out;
        }

        private void record(Visit v, List<String> next) {
            String from = known.get(v.path);
            if (v.millis >= 0) {
                times.add(v.millis);
            }
            if (v.status == 404 || v.status == 410) {
                found.add(new Found(Problem.BROKEN_INTERNAL, from, v.path, "HTTP " + v.status));
                return;
            }
            if (v.status < 0 || v.status >= 500) {
                String why = v.status < 0 ? v.error : "HTTP " + v.status;
                found.add(new Found(v.path.equals("/") ? Problem.HOME_DOWN : Problem.PAGE_DOWN, from, v.path, why));
                return;
            }
            v.emptyColumns.forEach(label -> found.add(new Found(Problem.EMPTY_COLUMN, v.path, v.path, label)));
            v.undated.forEach(title -> found.add(new Found(Problem.UNDATED, v.path, v.path, title)));
            for (String link : v.links) {
                links++;
                URI target;
                try {
                    target = new URI(link);
                } catch (URISyntaxException e) {
                    continue;
                }
                if (sameSite(target)) {
                    String path = pathOf(target);
                    if (path == null || skipped(path) || known.containsKey(path)) {
                        continue;
                    }
                    if (known.size() >= (long) maxPages * MAX_KNOWN_FACTOR) {
                        bounded = true;
                        continue;
                    }
                    known.put(path, v.path);
                    next.add(path);
                } else if (isWeb(target) && externals.size() < maxExternal) {
                    externals.putIfAbsent(withoutFragment(target), v.path);
                }
            }
        }

        private boolean sameSite(URI target) {
            return target.getHost() == null
                    || (target.getHost().equalsIgnoreCase(root.getHost())
                            && port(target) == port(root)
                            && root.getScheme().equalsIgnoreCase(target.getScheme()));
        }

        private String pathOf(URI target) {
            String path = target.getRawPath();
            if (path == null || path.isEmpty()) {
                return null;
            }
            String query = target.getRawQuery();
            if (query == null) {
                return path;
            }
            // the same listing with its parameters in another order is one page
            String[] parts = query.split("&");
            Arrays.sort(parts);
            return path + "?" + String.join("&", parts);
        }

        private Visit visit(String path) {
            boolean checkOnly = CHECKED_ONLY.stream().anyMatch(path::startsWith);
            URI uri = root.resolve(path.substring(1));
            long started = System.nanoTime();
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                        .timeout(pageTimeout)
                        .header("User-Agent", "gongkai-site-inspection")
                        .header("Accept-Language", "zh-CN");
                if (checkOnly) {
                    HttpResponse<Void> response = client.send(
                            request.method("HEAD", HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    return new Visit(
                            path, response.statusCode(), millis(started), null, List.of(), List.of(), List.of());
                }
                HttpResponse<InputStream> response =
                        client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                byte[] body;
                try (InputStream in = response.body()) {
                    body = in.readNBytes(MAX_BODY);
                }
                long took = millis(started);
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (response.statusCode() != 200 || !type.startsWith("text/html")) {
                    return new Visit(path, response.statusCode(), took, null, List.of(), List.of(), List.of());
                }
                Document page = Jsoup.parse(new String(body, StandardCharsets.UTF_8), uri.toString());
                // a record's own page lists its relations (versions, the files it amends), not a column's items
                List<String> undated = path.startsWith("/information/") ? List.of() : undated(page);
                return new Visit(path, 200, took, null, links(page), emptyColumns(page), undated);
            } catch (HttpTimeoutException e) {
                return new Visit(
                        path,
                        -1,
                        millis(started),
                        "超过 " + pageTimeout.toSeconds() + " 秒仍未打开",
                        List.of(),
                        List.of(),
                        List.of());
            } catch (IOException e) {
                return new Visit(path, -1, -1, "无法连接", List.of(), List.of(), List.of());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Visit(path, -1, -1, "检查被中断", List.of(), List.of(), List.of());
            }
        }

        /** The links to other sites, each opened once: those that do not answer, or answer 4xx/5xx, are broken. */
        private void checkExternal() {
            if (!external || externals.isEmpty()) {
                return;
            }
            List<Callable<Found>> work = new ArrayList<>();
            int[] unreachable = {0};
            externals.forEach((url, from) -> work.add(() -> checkExternal(url, from)));
            List<Found> problems = new ArrayList<>();
            for (Found f : all(work)) {
                if (f != null) {
                    problems.add(f);
                    if (f.detail().equals(NO_NETWORK)) {
                        unreachable[0]++;
                    }
                }
            }
            links += externals.size();
            if (unreachable[0] == externals.size()) {
                // not one other site answered: this server has no way out, which says nothing of the links
                found.add(new Found(
                        Problem.BROKEN_EXTERNAL, null, null, "本服务器无法访问其他网站，" + externals.size() + " 个外部链接未能检查"));
                return;
            }
            found.addAll(problems);
        }

        private static final String NO_NETWORK = "无法连接";

        private Found checkExternal(String url, String from) {
            URI uri = URI.create(url);
            try {
                int status = outside.execute(new HttpHead(uri), ClassicHttpResponse::getCode);
                if (status == 405 || status == 501) {
                    // the body is not read: the answer's status is all the check needs
                    try (ClassicHttpResponse answer = outside.executeOpen(null, new HttpGet(uri), null)) {
                        status = answer.getCode();
                    }
                }
                return status >= 400 ? new Found(Problem.BROKEN_EXTERNAL, from, url, "HTTP " + status) : null;
            } catch (InsideThisNetwork e) {
                return new Found(Problem.BROKEN_EXTERNAL, from, url, "指向内部网络地址，公众无法打开");
            } catch (UnknownHostException e) {
                return new Found(Problem.BROKEN_EXTERNAL, from, url, NO_NETWORK);
            } catch (InterruptedIOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return null;
                }
                return new Found(Problem.BROKEN_EXTERNAL, from, url, "超过 " + externalTimeout.toSeconds() + " 秒仍未打开");
            } catch (IOException | IllegalArgumentException e) {
                return new Found(Problem.BROKEN_EXTERNAL, from, url, NO_NETWORK);
            }
        }
    }

    private record Visit(
            String path,
            int status,
            long millis,
            String error,
            List<String> links,
            List<String> emptyColumns,
            List<String> undated) {}

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    static boolean skipped(String path) {
        return NOT_FOLLOWED.stream().anyMatch(path::startsWith) || (path.startsWith("/search") && path.contains("?"));
    }

    private static boolean isWeb(URI u) {
        return u.getHost() != null
                && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
    }

    private static String withoutFragment(URI u) {
        String s = u.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** The absolute addresses of a page's links and of the images, styles and scripts it loads. */
    static List<String> links(Document page) {
        List<String> out = new ArrayList<>();
        for (Element a : page.select("a[href], link[href][rel=stylesheet]")) {
            String href = a.absUrl("href");
            if (!href.isEmpty()) {
                out.add(href);
            }
        }
        for (Element e : page.select("img[src], script[src]")) {
            String src = e.absUrl("src");
            if (!src.isEmpty()) {
                out.add(src);
            }
        }
        return out;
    }

    /** The columns a page shows without anything in them, by the name the template gives. */
    static List<String> emptyColumns(Document page) {
        return page.select("[data-empty-column]").stream()
                .map(e -> e.attr("data-empty-column"))
                .toList();
    }

    /**
     * The items a page lists — a list entry or table row leading to a record — without a publication date beside them
     * (an item without its date counts as not updated, RULES §5.2). Links inside a record's own text are the author's,
     * not a listing.
     */
    static List<String> undated(Document page) {
        List<String> out = new ArrayList<>();
        for (Element item : page.select("li, tr")) {
            Element link = item.selectFirst("a[href^=/information/]");
            if (link == null || item.parents().stream().anyMatch(p -> p.is(".body-text, nav, header, footer"))) {
                continue;
            }
            if (!hasDate(item.text())) {
                out.add(link.text());
            }
        }
        return out;
    }

    /** Whether the text holds a date as yyyy-mm-dd or yyyy年m月d日, read without a regular expression. */
    static boolean hasDate(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            if (!digits(text, i, 4)) {
                continue;
            }
            int j = i + 4;
            if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '年')) {
                int k = j + 1;
                int m = 0;
                while (k < text.length() && m < 2 && Character.isDigit(text.charAt(k))) {
                    k++;
                    m++;
                }
                if (m > 0 && k < text.length() && (text.charAt(k) == '-' || text.charAt(k) == '月')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean digits(String text, int from, int n) {
        for (int i = from; i < from + n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
