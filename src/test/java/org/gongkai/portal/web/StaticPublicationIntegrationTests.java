package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationDraft;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationReview;
import org.gongkai.information.PublicInformation;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDraft;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Static publication of record pages: every public record's page is rendered and stored after start; a visitor
 * gets the stored bytes; a correction, a withdrawal or a change to the site is seen at once (the pages showing it
 * are dropped in the change's after-commit step, before the editor's request returns), and the page is stored
 * again. The render cache is off, so every answer below comes from the store or from a rendering.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--demo",
        properties = "gongkai.portal.page-cache-mb=0")
class StaticPublicationIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    StaticPages pages;

    @Autowired
    PublicInformation information;

    @Autowired
    StaticPublisher publisher;

    @Autowired
    CountyAdministration county;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @BeforeEach
    void everyPagePublished() throws InterruptedException {
        List<String> paths = information.sitemapEntries(0, Long.MAX_VALUE).stream()
                .map(e -> StaticPublisher.path(e.indexNumber()))
                .toList();
        assertThat(paths).hasSizeGreaterThan(100);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!paths.stream().allMatch(pages::current) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(paths).allMatch(pages::current);
    }

    @Test
    void aVisitorGetsTheStoredPageWithTheHeadersOfItsRendering() throws Exception {
        String path = StaticPublisher.path(
                information.sitemapEntries(0, Long.MAX_VALUE).get(0).indexNumber());
        HttpResponse<String> rendered = get(path);
        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(rendered.headers().firstValue("Content-Security-Policy")).isPresent();

        // the bytes served are the stored ones
        String marker = "<!DOCTYPE html><html lang=\"zh-CN\"><title>已静态发布</title></html>";
        StaticPages.Stored before = pages.find(path).orElseThrow();
        assertThat(pages.store(
                        path,
                        pages.state(),
                        marker.getBytes(StandardCharsets.UTF_8),
                        before.contentType(),
                        before.headers(),
                        before.etag(),
                        before.renderedAt(),
                        1L,
                        Set.of(1L)))
                .isTrue();
        HttpResponse<String> stored = get(path);
        assertThat(stored.body()).isEqualTo(marker);
        assertThat(stored.headers().firstValue("Content-Security-Policy"))
                .isEqualTo(rendered.headers().firstValue("Content-Security-Policy"));
        assertThat(stored.headers().firstValue("ETag")).isPresent();
        HttpResponse<String> revalidated = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "If-None-Match",
                                stored.headers().firstValue("ETag").orElseThrow())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revalidated.statusCode()).isEqualTo(304);

        // a display mode other than the standard one, or a query, is rendered
        HttpResponse<String> large = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", "gk-display=large")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(large.body()).doesNotContain("已静态发布").contains("large-print");
    }

    @Test
    void aCorrectionAndAWithdrawalAreSeenAtOnceAndTheCorrectedPageIsStoredAgain() throws Exception {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(
                unit,
                InformationDrafts.draft("关于发放高龄津贴的通知（静态）")
                        .type(DocumentType.NOTICE)
                        .keywords("高龄津贴")
                        .summary("高龄津贴")
                        .body("正文")
                        .build());
        publish(id);
        String path = StaticPublisher.path(editing.record(id).indexNumber());
        assertThat(get(path).body()).contains("关于发放高龄津贴的通知（静态）");
        awaitStored(path, "关于发放高龄津贴的通知（静态）");

        actAs("mz_editor");
        editing.startCorrection(id, editing.record(id).lockVersion());
        InformationDraft corrected = InformationDrafts.draft("关于发放八十周岁以上高龄津贴的通知（静态）")
                .type(DocumentType.NOTICE)
                .keywords("高龄津贴")
                .summary("高龄津贴")
                .body("正文")
                .correctionNote("标题补充发放对象")
                .build();
        editing.update(id, editing.record(id).lockVersion(), corrected);
        publish(id);
        assertThat(get(path).body()).contains("八十周岁以上");
        awaitStored(path, "八十周岁以上");

        actAs("mz_signer");
        review.withdraw(id, editing.record(id).lockVersion(), "依法撤回");
        assertThat(get(path).statusCode()).isEqualTo(404);
        Thread.sleep(500);
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void aPageRenderedWhileAChangeRanIsNotStoredAndANewGenerationRetiresEveryPage() throws Exception {
        byte[] html = "<html></html>".getBytes(StandardCharsets.UTF_8);
        StaticPages.State before = pages.state();
        pages.dropShowing(-1, null);
        assertThat(pages.store(
                        "/information/race",
                        before,
                        html,
                        "text/html",
                        List.of(),
                        "\"x\"",
                        clock.instant(),
                        7L,
                        Set.of(7L, 8L)))
                .isFalse();
        assertThat(pages.store(
                        "/information/race",
                        pages.state(),
                        html,
                        "text/html",
                        List.of(),
                        "\"x\"",
                        clock.instant(),
                        7L,
                        Set.of(7L, 8L)))
                .isTrue();
        assertThat(pages.find("/information/race")).isPresent();
        // a change to record 8, shown on the page, drops it
        assertThat(pages.dropShowing(8, null)).contains("/information/race");
        assertThat(pages.find("/information/race")).isEmpty();

        String path = StaticPublisher.path(
                information.sitemapEntries(0, Long.MAX_VALUE).get(1).indexNumber());
        assertThat(pages.current(path)).isTrue();
        pages.newGeneration();
        assertThat(pages.current(path)).isFalse();
        assertThat(get(path).statusCode()).isEqualTo(200); // rendered for the visitor meanwhile
        publisher.walk();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!pages.current(path) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pages.current(path)).isTrue();
    }

    @Test
    void aRenamedUnitIsOnItsRecordsPagesAtOnce() throws Exception {
        actAs("sysadmin");
        long unitId = organizationId("示范县财政局");
        Organization unit = county.organization(unitId);
        String path = StaticPublisher.path(information
                .list(new org.gongkai.information.InformationQuery(unitId, null, null, null, null, null, null, 1, 1))
                .items()
                .get(0)
                .indexNumber());
        assertThat(get(path).body()).contains("示范县财政局");
        county.updateOrganization(
                unitId, unit.version(), OrganizationDraft.of(unit).withName("示范县财政局（更名）"));
        assertThat(get(path).body()).contains("示范县财政局（更名）");
        Organization renamed = county.organization(unitId);
        county.updateOrganization(
                unitId, renamed.version(), OrganizationDraft.of(unit).withName("示范县财政局"));
        assertThat(get(path).body()).doesNotContain("（更名）");
    }

    @Test
    void aTornFileIsNoPage() throws Exception {
        String path = StaticPublisher.path(
                information.sitemapEntries(0, Long.MAX_VALUE).get(2).indexNumber());
        byte[] bytes = java.nio.file.Files.readAllBytes(pages.file(path));
        java.nio.file.Files.write(pages.file(path), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(pages.find(path)).isEmpty();
        assertThat(get(path).statusCode()).isEqualTo(200);
    }

    private void publish(long id) {
        actAs("mz_editor");
        editing.submit(id, editing.record(id).lockVersion());
        actAs("mz_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("mz_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, "同意", null);
    }

    private void awaitStored(String path, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            var stored = pages.find(path);
            if (stored.isPresent() && new String(stored.get().body(), StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not stored again: " + path);
    }
}
