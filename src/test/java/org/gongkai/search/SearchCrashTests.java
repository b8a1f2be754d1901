package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is derived data that survives a crash: the platform is killed (halt, no shutdown hooks) right
 * after published information commits and before the index hears of it; after a restart the records are
 * searchable, and the event publication registry shows every publication completed.
 */
class SearchCrashTests {

    @TempDir
    Path dataDir;

    @Test
    void publishedInformationIsSearchableAfterACrashRightAfterItsCommit() throws Exception {
        int port = freePort();
        Process first = start(port, "--demo", "--gongkai.test.crash-after-publication=true");
        assertThat(first.waitFor(180, TimeUnit.SECONDS))
                .as("the first run should die at the first publication")
                .isTrue();
        assertThat(first.exitValue()).isEqualTo(137);
        assertThat(count("select count(*) from event_publication where completion_date is null "
                        + "and listener_id like '%SearchIndexing%'"))
                .as("the index's publications recorded but not handled")
                .isPositive();

        Process second = start(port);
        String body;
        try {
            body = awaitSearch(port, "工作总结");
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(body).contains("\"total\":").doesNotContain("\"total\":0,");
        assertThat(publicRecords()).isPositive();
        assertThat(count("select count(*) from event_publication where completion_date is null "
                        + "and listener_id like '%SearchIndexing%'"))
                .as("the index's publications handled again after the restart")
                .isZero();
        assertThat(count("select count(*) from event_publication where listener_id like '%CrashAfterPublication%'"))
                .as("the crash listener, absent after the restart, leaves its publications unhandled")
                .isPositive();
    }

    private Process start(int port, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.gongkai.GongkaiApplication",
                "--server.port=" + port,
                "--gongkai.data-dir=" + dataDir));
        command.addAll(List.of(args));
        File log = dataDir.resolve("run-" + System.nanoTime() + ".log").toFile();
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    private String jdbcUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("db/gongkai") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    private long publicRecords() throws Exception {
        return count("select count(*) from information_record where published_revision is not null");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "sa", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String awaitSearch(int port, String q) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/search?q="
                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            try {
                HttpResponse<String> response =
                        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notUpYet) {
                // retry until the deadline
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the restarted platform did not answer");
            }
            Thread.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
