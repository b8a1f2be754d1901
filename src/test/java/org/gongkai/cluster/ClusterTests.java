package org.gongkai.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 13: the province cluster of {@code bin/cluster} on loopback — PostgreSQL, one OpenSearch node, two platform
 * nodes and nginx in front — used as staff and the public use it: what an editor's unit publishes on one node is on
 * the other node's portal and search within a second, and a node killed with {@code kill -9} signs nobody out.
 * The nodes run from this test's class path; the whole cluster is started once for the class and stopped after.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

    static Path dir;
    static int balancer;
    static int nodeA;
    static int nodeB;
    static int postgres;
    static int opensearch;
    static final String PASSWORD = "Demo@2026";

    @BeforeAll
    static void startTheCluster() throws Exception {
        dir = Files.createTempDirectory("gongkai-cluster");
        balancer = freePort();
        nodeA = freePort();
        nodeB = freePort();
        postgres = freePort();
        opensearch = freePort();
        Process start = cluster("start");
        assertThat(start.waitFor(8, TimeUnit.MINUTES))
                .as("bin/cluster start within 8 minutes")
                .isTrue();
        assertThat(start.exitValue())
                .as("bin/cluster start: " + log("cluster-start"))
                .isZero();
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (dir != null) {
            cluster("stop").waitFor(3, TimeUnit.MINUTES);
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor(1, TimeUnit.MINUTES);
        }
    }

    private static Process cluster(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bin/cluster"));
        command.addAll(List.of(args));
        command.add(dir.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("cluster-" + args[0] + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("GONGKAI_CLUSTER_PORT", Integer.toString(balancer));
        env.put("GONGKAI_CLUSTER_NODE_PORTS", nodeA + " " + nodeB);
        env.put("GONGKAI_CLUSTER_PG_PORT", Integer.toString(postgres));
        env.put("GONGKAI_CLUSTER_OS_PORT", Integer.toString(opensearch));
        env.put(
                "GONGKAI_CLUSTER_LAUNCH",
                "-cp " + System.getProperty("java.class.path") + " org.gongkai.GongkaiApplication");
        return builder.start();
    }

    private static String log(String name) {
        try {
            File file = dir.resolve(name + ".log").toFile();
            return file.exists() ? Files.readString(file.toPath()) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String at(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** Polls until the page answers as wanted; returns the milliseconds it took, or fails after {@code limitMillis}. */
    private static long until(ConsoleClient client, String path, Predicate<String> wanted, long limitMillis)
            throws Exception {
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> answer = client.get(path);
            if (answer.statusCode() == 200 && wanted.test(answer.body())) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            }
            if (System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(limitMillis)) {
                throw new AssertionError(path + " did not show it within " + limitMillis + " ms");
            }
            Thread.sleep(20);
        }
    }

    /**
     * A page of a site (网站群) of node B, asked with the site's Host header as a browser sends it (the JDK's client will
     * not set it), in HTTP/1.0 so that the body comes whole; null unless it answers 200.
     */
    private static String sitePage(int port, String host, String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.startsWith("HTTP/1.1 200") || response.startsWith("HTTP/1.0 200") ? response : null;
        }
    }

    /** Creates, submits, reviews and signs off a record of the 民政局 on node A, through its console. */
    private static long publishOnNodeA(String title) throws Exception {
        String path = awaitingSignOff(at(nodeA), title);
        HttpResponse<String> signed = new ConsoleClient(at(nodeA))
                .signIn("mz_signer", PASSWORD)
                .submit(path, path + "/sign-off", Map.of("decision", "approve"));
        assertThat(signed.body())
                .as(org.jsoup.Jsoup.parse(signed.body()).text())
                .contains("已签发");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Creates, submits and passes the secrecy review of a record of the 民政局; returns its console address. */
    private static String awaitingSignOff(String base, String title) throws Exception {
        return awaitingSignOff(
                new ConsoleClient(base).signIn("mz_editor", PASSWORD),
                new ConsoleClient(base).signIn("mz_reviewer", PASSWORD),
                title);
    }

    private static String awaitingSignOff(ConsoleClient editor, ConsoleClient reviewer, String title) throws Exception {
        HttpResponse<String> created = editor.submit(
                "/console/information/new?organizationId=" + civilAffairs(editor),
                "/console/information",
                Map.of(
                        "title",
                        title,
                        "writtenDate",
                        LocalDate.now().toString(),
                        "formedDate",
                        LocalDate.now().toString(),
                        "documentType",
                        "NOTICE",
                        "topicCode",
                        "1201",
                        "column",
                        "A20_1",
                        "attribute",
                        "PROACTIVE",
                        "body",
                        title + "：集群测试正文。"));
        String path = created.uri().getPath();
        assertThat(path).as(org.jsoup.Jsoup.parse(created.body()).text()).matches("/console/information/\\d+");
        editor.submit(path, path + "/submission", Map.of());
        HttpResponse<String> reviewed = reviewer.submit(path, path + "/secrecy-review", Map.of("decision", "approve"));
        assertThat(reviewed.body())
                .as(org.jsoup.Jsoup.parse(reviewed.body()).text())
                .contains("已送签发");
        return path;
    }

    private static long civilAffairs(ConsoleClient editor) throws Exception {
        String list = editor.get("/console/information").body();
        org.jsoup.nodes.Element option = org.jsoup.Jsoup.parse(list).selectFirst("#newUnit option:containsOwn(民政局)");
        assertThat(option).as("the editor's unit on the console").isNotNull();
        return Long.parseLong(option.attr("value"));
    }

    @Test
    @Order(1)
    void whatOneNodePublishesIsOnTheOtherNodesPortalAndSearchWithinASecond() throws Exception {
        ConsoleClient visitorOfB = new ConsoleClient(at(nodeB));
        String unitPage = "/openness/units/" + civilAffairs(new ConsoleClient(at(nodeA)).signIn("mz_editor", PASSWORD));
        // node B has the unit's page and the site listing in its render cache before the publication
        assertThat(visitorOfB.get(unitPage).statusCode()).isEqualTo(200);
        assertThat(visitorOfB.get("/openness/information").statusCode()).isEqualTo(200);
        // and the listing of the 民政局's own site (网站群)
        assertThat(sitePage(nodeB, "mzj.localhost", "/openness/information")).isNotNull();
        // and has answered a search, and one that finds nothing (the first of each on a node pays for loading its
        // classes and the vocabulary of the nearest terms; the loop below asks the second kind until the record shows)
        for (String q : List.of("工作", "集群预热" + System.nanoTime())) {
            assertThat(visitorOfB
                            .get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                            .statusCode())
                    .isEqualTo(200);
        }
        String title = "集群发布测试通知" + System.nanoTime();
        publishOnNodeA(title);
        String search = "/api/v1/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
        long searchMillis = until(visitorOfB, search, body -> body.contains(title), 1000);
        long unitMillis = until(visitorOfB, unitPage, body -> body.contains(title), 1000);
        long listingMillis = until(visitorOfB, "/openness/information", body -> body.contains(title), 1000);
        long siteStart = System.nanoTime();
        while (true) {
            String site = sitePage(nodeB, "mzj.localhost", "/openness/information");
            if (site != null && site.contains(title)) {
                break;
            }
            assertThat(System.nanoTime() - siteStart)
                    .as("the unit's site on node B within a second")
                    .isLessThan(TimeUnit.SECONDS.toNanos(1));
            Thread.sleep(20);
        }
        long siteMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - siteStart);
        assertThat(List.of(searchMillis, unitMillis, listingMillis))
                .allSatisfy(ms -> assertThat(ms).isLessThan(1000));
        System.out.printf(
                "published on node A, on node B after: search %d ms, unit page %d ms, listing %d ms, unit's site %d ms%n",
                searchMillis, unitMillis, listingMillis, siteMillis);
        // and through the balancer, whichever node answers
        for (int i = 0; i < 4; i++) {
            assertThat(new ConsoleClient(at(balancer)).get(search).body()).contains(title);
        }
    }

    @Test
    @Order(2)
    void aScheduledPublicationHappensOnceWithTwoNodesRunning() throws Exception {
        String title = "集群定时发布测试" + System.nanoTime();
        String path = awaitingSignOff(at(nodeA), title);
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        // the next full minute but one, in the platform's time zone (the form takes minutes)
        java.time.LocalDateTime at = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .plusMinutes(1);
        if (java.time.Duration.between(java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")), at)
                        .toSeconds()
                < 20) {
            at = at.plusMinutes(1);
        }
        HttpResponse<String> signed = new ConsoleClient(at(nodeB))
                .signIn("mz_signer", PASSWORD)
                .submit(path, path + "/sign-off", Map.of("decision", "approve", "publishAt", at.toString()));
        assertThat(signed.body())
                .as(org.jsoup.Jsoup.parse(signed.body()).text())
                .contains("将按时发布");
        String search = "/api/v1/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
        assertThat(new ConsoleClient(at(balancer)).get(search).body()).doesNotContain(title);
        until(new ConsoleClient(at(nodeA)), search, body -> body.contains(title), TimeUnit.MINUTES.toMillis(3));
        until(new ConsoleClient(at(nodeB)), search, body -> body.contains(title), 1000);
        Thread.sleep(TimeUnit.SECONDS.toMillis(20)); // another check on each node: nothing more happens
        assertThat(count("select count(*) from information_revision where record_id = ?", id))
                .as("published once: one revision")
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from audit_entry where action = 'INFORMATION_PUBLISH' and target = ?",
                        "information:" + id))
                .as("published once: one audit entry")
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void anEditorStaysSignedInWhenTheirNodeIsKilled() throws Exception {
        ConsoleClient editor = new ConsoleClient(at(balancer)).signIn("mz_editor", PASSWORD);
        assertThat(editor.signedIn()).isTrue();
        Process kill = cluster("kill", "1");
        assertThat(kill.waitFor(1, TimeUnit.MINUTES)).isTrue();
        // every request now reaches node B, which never saw this session start
        for (int i = 0; i < 4; i++) {
            assertThat(editor.signedIn()).as("request %d after kill -9", i).isTrue();
        }
        assertThat(editor.get("/console/information").body()).contains("新建信息");
    }

    /**
     * Signers sign off records through the balancer while node B is killed with {@code kill -9}: every sign-off that
     * was answered as done is published, a sign-off left without an answer is either done or can be done again, no
     * record is published twice, and after node B is back the search index holds exactly the published records.
     */
    @Test
    @Order(4)
    void killingANodeUnderALoadOfSignOffsLosesAndDuplicatesNothing() throws Exception {
        Process restart = cluster("start");
        assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(restart.exitValue()).as(log("cluster-start")).isZero();
        String batch = "集群负载签发" + System.nanoTime();
        ConsoleClient editor = new ConsoleClient(at(nodeA)).signIn("mz_editor", PASSWORD);
        ConsoleClient reviewer = new ConsoleClient(at(nodeA)).signIn("mz_reviewer", PASSWORD);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            paths.add(awaitingSignOff(editor, reviewer, batch + "第" + i + "号"));
        }
        int threads = 4;
        java.util.concurrent.ExecutorService signers = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.ConcurrentLinkedQueue<String> queue =
                new java.util.concurrent.ConcurrentLinkedQueue<>(paths);
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<String> unanswered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(signers.submit(() -> {
                ConsoleClient signer = new ConsoleClient(at(balancer)).signIn("mz_signer", PASSWORD);
                for (String path = queue.poll(); path != null; path = queue.poll()) {
                    try {
                        HttpResponse<String> answer =
                                signer.submit(path, path + "/sign-off", Map.of("decision", "approve"));
                        if (answer.statusCode() == 200 && answer.body().contains("已签发")) {
                            acknowledged.add(path);
                        } else {
                            unanswered.add(path);
                        }
                    } catch (IOException e) {
                        unanswered.add(path);
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        while (done.get() < paths.size() / 3) {
            Thread.sleep(10);
        }
        assertThat(cluster("kill", "2").waitFor(1, TimeUnit.MINUTES)).isTrue();
        int doneAtKill = done.get();
        assertThat(doneAtKill)
                .as("node B was killed while sign-offs were being made")
                .isLessThan(paths.size());
        for (java.util.concurrent.Future<?> w : work) {
            w.get(5, TimeUnit.MINUTES);
        }
        signers.shutdown();
        assertThat(acknowledged.size() + unanswered.size()).isEqualTo(paths.size());
        System.out.printf(
                "sign-offs: %d, done when node B was killed: %d, answered as done: %d, without answer: %d%n",
                paths.size(), doneAtKill, acknowledged.size(), unanswered.size());
        restart = cluster("start");
        assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
        // a sign-off without an answer is tried again: done already (refused as not awaiting sign-off) or done now
        ConsoleClient signer = new ConsoleClient(at(balancer)).signIn("mz_signer", PASSWORD);
        for (String path : unanswered) {
            if (count(
                            "select count(*) from information_record where id = ? and published_revision is not null",
                            idOf(path))
                    == 0) {
                assertThat(signer.submit(path, path + "/sign-off", Map.of("decision", "approve"))
                                .body())
                        .contains("已签发");
            }
        }
        for (String path : paths) {
            long id = idOf(path);
            assertThat(count("select count(*) from information_record where id = ? and published_revision = 1", id))
                    .as("published: " + path + (acknowledged.contains(path) ? " (acknowledged)" : ""))
                    .isEqualTo(1);
            assertThat(count("select count(*) from information_revision where record_id = ?", id))
                    .as("one revision: " + path)
                    .isEqualTo(1);
            assertThat(count(
                            "select count(*) from audit_entry where action = 'INFORMATION_PUBLISH' and target = ?",
                            "information:" + id))
                    .as("one publication: " + path)
                    .isEqualTo(1);
        }
        String search = "/api/v1/search?q=" + URLEncoder.encode(batch, StandardCharsets.UTF_8) + "&size=50";
        until(
                new ConsoleClient(at(nodeB)),
                search,
                body -> body.contains("\"total\":" + paths.size() + ","),
                TimeUnit.SECONDS.toMillis(30));
        until(new ConsoleClient(at(balancer)), "/actuator/health/readiness", body -> body.contains("UP"), 60_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("select count(*) from event_publication where completion_date is null") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(count("select count(*) from event_publication where completion_date is null"))
                .as("every follow-up of the publications handled")
                .isZero();
    }

    private static long idOf(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static long count(String sql, Object... params) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + postgres + "/gongkai", "gongkai", "gongkai");
                java.sql.PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
