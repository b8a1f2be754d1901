package org.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationReview;
import org.gongkai.organization.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * bench/publication.sh: publication to visibility on the benchmark county (100,000 records). For each of 40
 * records the clock starts when the signer signs off and stops when the record's portal page answers 200 with
 * its title and the search API lists it — both over HTTP, like a visitor. Prints p50/p95; no assertion on time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationBenchmark {

    @DynamicPropertySource
    static void benchCounty(DynamicPropertyRegistry registry) {
        registry.add("gongkai.data-dir", () -> System.getProperty("gongkai.bench.dir", "/tmp/gongkai-bench-100k"));
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void publicationToVisibility() throws Exception {
        long unit = jdbc.sql("select id from organization where name = '示范县民政局'")
                .query(Long.class)
                .single();
        int count = 40;
        double[] millis = new double[count];
        String run = Long.toString(System.currentTimeMillis() % 100000);
        for (int i = 0; i < count; i++) {
            String title = "关于发布可见性测试第" + run + "批第" + (i + 1) + "件的通知";
            actAs("mz_editor");
            long id = editing.create(
                    unit,
                    InformationDrafts.draft(title)
                            .writtenDate(LocalDate.now())
                            .formedDate(LocalDate.now())
                            .type(DocumentType.NOTICE)
                            .keywords(null)
                            .summary(null)
                            .body("测试正文。")
                            .build());
            editing.submit(id, editing.record(id).lockVersion());
            actAs("mz_reviewer");
            review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
            actAs("mz_signer");
            int lock = editing.record(id).lockVersion();
            long t0 = System.nanoTime();
            review.signOff(id, lock, true, null, null);
            String indexNumber = editing.record(id).indexNumber();
            while (true) {
                HttpResponse<String> page = get("/information/" + indexNumber);
                HttpResponse<String> search =
                        get("/api/v1/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
                if (page.statusCode() == 200
                        && page.body().contains(title)
                        && search.body().contains(indexNumber)) {
                    break;
                }
                assertThat(System.nanoTime() - t0).as("visible within 30 s").isLessThan(30_000_000_000L);
            }
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                "BENCH publication to visibility (%d records, %s published in the county): p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms; aim p95 <= 1000 ms%n",
                count,
                jdbc.sql("select count(*) from information_record " + "where published_revision is not null")
                        .query(Long.class)
                        .single(),
                millis[count / 2],
                millis[(int) Math.ceil(0.95 * count) - 1],
                millis[count - 1]);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void actAs(String username) {
        var row = jdbc.sql("select id, display_name, organization_id from staff_member where username = ?")
                .param(username)
                .query()
                .singleRow();
        StaffPrincipal principal = new StaffPrincipal(
                ((Number) row.get("id")).longValue(),
                username,
                (String) row.get("display_name"),
                ((Number) row.get("organization_id")).longValue());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, AuthorityUtils.NO_AUTHORITIES));
    }
}
