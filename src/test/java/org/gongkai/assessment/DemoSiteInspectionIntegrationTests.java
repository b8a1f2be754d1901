package org.gongkai.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationMigration;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.OrganizationDraft;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site self-inspection of the demo county as its office runs it, the visit of the portal on a real port included
 * (issue 16 §4 and its test): it finds the four faults the demo county was seeded with (DemoSite) and nothing else;
 * then faults planted the way they happen — a new unit that has published no annual report (an
 * empty column), one notice published seven months ago (a stale column) whose text exposes an ID number and links to a
 * file that does not exist (a broken link found only by visiting the page) — are each found, and nothing else changes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--demo",
        properties = "gongkai.inspection.first-check=1d")
class DemoSiteInspectionIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    SiteInspections inspections;

    @Autowired
    CountyAdministration county;

    @Autowired
    InformationMigration migration;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private SiteInspection run() {
        IntegrationTest.authenticate(jdbc, "gkb");
        long id = inspections.runNow();
        await().pollInSameThread()
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> inspections.find(id).status() != SiteInspection.Status.RUNNING);
        return inspections.find(id);
    }

    private long unitId(String name) {
        return jdbc.sql("select id from organization where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private String recordPath(String titleLike) {
        return "/information/"
                + jdbc.sql("select r.index_number from information_record r join information_revision v "
                                + "on v.record_id = r.id where v.title like ?")
                        .param(titleLike)
                        .query(String.class)
                        .single();
    }

    private record Seen(InspectionCheck check, SiteInspection.Kind kind, String title, String href) {}

    /** The findings about one place each (the totals of a check, with no place, change with them). */
    private static Set<Seen> placed(SiteInspection x) {
        Set<Seen> out = new HashSet<>();
        x.findings().stream()
                .filter(f -> f.href() != null)
                .forEach(f -> out.add(new Seen(f.check(), f.kind(), f.title(), f.href())));
        return out;
    }

    @Test
    void findsThePlantedFaultsAndNothingElseChanges() {
        SiteInspection before = run();
        long noReport = unitId("示范县白果乡人民政府");
        long stale = unitId("示范县应急管理局");
        String broken = recordPath("关于转发《示范县最低生活保障工作规程》的通知");
        String exposed = recordPath("城关镇%年第三季度临时救助对象公示");
        assertThat(placed(before))
                .as("the demo county's seeded faults, and only those")
                .containsExactlyInAnyOrder(
                        new Seen(
                                InspectionCheck.EMPTY_COLUMNS,
                                SiteInspection.Kind.NOTICE,
                                "空白栏目：示范县白果乡人民政府·政府信息公开年报",
                                "/openness/units/" + noReport + "/reports"),
                        new Seen(
                                InspectionCheck.COLUMN_UPDATE,
                                SiteInspection.Kind.NOTICE,
                                "示范县应急管理局“政策解读”栏目超过 6 个月未更新",
                                "/openness/units/" + stale),
                        new Seen(InspectionCheck.BROKEN_LINKS, SiteInspection.Kind.DEDUCTION, "页面上的链接打不开", broken),
                        new Seen(
                                InspectionCheck.PERSONAL_INFORMATION,
                                SiteInspection.Kind.DEDUCTION,
                                "《"
                                        + jdbc.sql(
                                                        "select v.title from information_record r join information_revision v "
                                                                + "on v.record_id = r.id where r.index_number = ?")
                                                .param(exposed.substring("/information/".length()))
                                                .query(String.class)
                                                .single()
                                        + "》公开了个人信息",
                                exposed));
        assertThat(before.vetoes()).isZero();
        assertThat(before.passed()).isTrue();
        assertThat(before.status()).isEqualTo(SiteInspection.Status.DONE);
        assertThat(before.crawlNote()).isNull();
        assertThat(before.pagesVisited()).as("every page of the demo portal").isGreaterThan(300);
        assertThat(before.of(InspectionCheck.AVAILABILITY)).isEmpty();
        assertThat(before.p95Millis()).isNotNull();

        IntegrationTest.authenticate(jdbc, "sysadmin");
        var government = jdbc.sql("select id, jurisdiction_id from organization where name = '示范县人民政府'")
                .query()
                .singleRow();
        String first17 = "11510799MB0009901";
        long unit = county.createOrganization(new OrganizationDraft(
                "示范县统计局",
                OrganizationKind.DEPARTMENT,
                ((Number) government.get("id")).longValue(),
                ((Number) government.get("jurisdiction_id")).longValue(),
                first17 + org.gongkai.organization.UnifiedSocialCreditCode.checkCharacter(first17),
                "负责统计调查和统计信息发布。",
                "示范县政务中心 20 楼",
                null,
                null,
                null,
                null,
                null,
                99));
        IntegrationTest.authenticate(jdbc, "gkb");
        LocalDate formed = LocalDate.now().minusDays(215);
        long record = migration
                .importPublished(
                        unit,
                        List.of(new InformationMigration.PublishedBefore(
                                InformationDrafts.draft("关于开展统计调查的通知")
                                        .type(DocumentType.NOTICE)
                                        .formedDate(formed)
                                        .writtenDate(formed)
                                        .body("<p>联系人王某，身份证号 11010519491231002X。调查表见"
                                                + "<a href=\"/files/99999999\">附件</a>。</p>")
                                        .build(),
                                null,
                                java.time.Instant.now().minus(Duration.ofDays(210)))),
                        true)
                .get(0);
        String path = "/information/"
                + jdbc.sql("select index_number from information_record where id = ?")
                        .param(record)
                        .query(String.class)
                        .single();

        SiteInspection after = run();
        Set<Seen> added = placed(after);
        added.removeAll(placed(before));
        Set<Seen> gone = placed(before);
        gone.removeAll(placed(after));
        assertThat(added)
                .containsExactlyInAnyOrder(
                        new Seen(
                                InspectionCheck.EMPTY_COLUMNS,
                                SiteInspection.Kind.NOTICE,
                                "空白栏目：示范县统计局·政府信息公开年报",
                                "/openness/units/" + unit + "/reports"),
                        new Seen(
                                InspectionCheck.COLUMN_UPDATE,
                                SiteInspection.Kind.NOTICE,
                                "示范县统计局“通知公告”栏目超过 6 个月未更新",
                                "/openness/units/" + unit),
                        new Seen(InspectionCheck.BROKEN_LINKS, SiteInspection.Kind.DEDUCTION, "页面上的链接打不开", path),
                        new Seen(
                                InspectionCheck.PERSONAL_INFORMATION,
                                SiteInspection.Kind.DEDUCTION,
                                "《关于开展统计调查的通知》公开了个人信息",
                                path));
        assertThat(gone).isEmpty();
        assertThat(after.of(InspectionCheck.BROKEN_LINKS))
                .filteredOn(f -> path.equals(f.href()))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.detail()).contains("/files/99999999").contains("404"));
        assertThat(after.pagesVisited()).isGreaterThan(before.pagesVisited());
    }
}
