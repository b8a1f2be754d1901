package org.gongkai.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationMigration;
import org.gongkai.information.InformationReview;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The site self-inspection (issue 16 §4) against faults planted in the published text through the old-site import: an
 * exposed ID number, a link to a record that does not exist, an erroneous wording and a sensitive one from the
 * 错敏词库. The run finds each of them, and nothing else that was not there before; only the office runs and reads it.
 */
class SiteInspectionIntegrationTests extends IntegrationTest {

    @Autowired
    SiteInspections inspections;

    @Autowired
    InformationMigration migration;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    SiteInspectionRepository repository;

    /** Starts a run as the office and waits for it to finish in the background. */
    private SiteInspection run() {
        long id = inspections.runNow();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> inspections.find(id).status() != SiteInspection.Status.RUNNING);
        return inspections.find(id);
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A record published through the workflow with a file in which the editor accepted an ID number. */
    private long publishWithFile(String title, String fileText) throws IOException {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(
                unit, InformationDrafts.draft(title).body("<p>名单见附件。</p>").build());
        long file = editing.attach(id, editing.record(id).lockVersion(), "名单.docx", docx(fileText));
        editing.findings(id).forEach(f -> editing.accept(id, f.id(), "自查测试：当时认为可以公开"));
        editing.submit(id, editing.record(id).lockVersion());
        actAs("mz_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("mz_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, "同意发布", null);
        return file;
    }

    private record Seen(InspectionCheck check, SiteInspection.Kind kind, String href, String title) {}

    private Set<Seen> textFindings(SiteInspection x) {
        Set<Seen> out = new HashSet<>();
        x.findings().stream()
                .filter(f -> f.check() == InspectionCheck.PERSONAL_INFORMATION
                        || f.check() == InspectionCheck.BROKEN_LINKS
                        || f.check() == InspectionCheck.WRONG_WORDING
                        || f.check() == InspectionCheck.SERIOUS_ERRORS)
                .forEach(f -> out.add(new Seen(f.check(), f.kind(), f.href(), f.title())));
        return out;
    }

    private String publishOld(long unit, String title, String body) {
        long id = migration
                .importPublished(
                        unit,
                        List.of(new InformationMigration.PublishedBefore(
                                InformationDrafts.draft(title)
                                        .body(body)
                                        .formedDate(LocalDate.now(clock).minusDays(40))
                                        .build(),
                                null,
                                clock.instant().minusSeconds(86_400 * 30L))),
                        true)
                .get(0);
        return jdbc.sql("select index_number from information_record where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void theInspectionFindsEachPlantedFaultAndOnlyThose() throws IOException {
        actAs("mz_editor");
        assertThatThrownBy(() -> inspections.runNow()).isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        SiteInspection before = run();
        assertThat(before.status()).isEqualTo(SiteInspection.Status.DONE);
        assertThat(before.crawlNote()).as("no portal to visit without a server").contains("未访问门户页面");

        long unit = organizationId("示范县民政局");
        String exposed = publishOld(unit, "自查测试：低保名单", "<p>张某，身份证号 11010519491231002X，住城关镇。</p>");
        String linked = publishOld(
                unit, "自查测试：转发通知", "<p>详见<a href=\"/information/NOPE-0000/2025-99999\">原通知</a>。示范县人民政俯。</p>");
        String sensitive = publishOld(unit, "自查测试：工作手册", "<p>本手册为内部资料。</p>");
        String serious = publishOld(unit, "自查测试：合作项目", "<p>积极参与一路一带建设。</p>");
        long file = publishWithFile("自查测试：救助名单", "李某 身份证号 11010519491231002X 救助 500 元");

        actAs("gkb");
        SiteInspection after = run();
        Set<Seen> added = textFindings(after);
        added.removeAll(textFindings(before));
        assertThat(added)
                .containsExactlyInAnyOrder(
                        new Seen(
                                InspectionCheck.PERSONAL_INFORMATION,
                                SiteInspection.Kind.DEDUCTION,
                                "/information/" + exposed,
                                "《自查测试：低保名单》公开了个人信息"),
                        new Seen(
                                InspectionCheck.BROKEN_LINKS,
                                SiteInspection.Kind.DEDUCTION,
                                "/information/" + linked,
                                "《自查测试：转发通知》中的链接打不开"),
                        new Seen(
                                InspectionCheck.WRONG_WORDING,
                                SiteInspection.Kind.DEDUCTION,
                                "/information/" + linked,
                                "《自查测试：转发通知》中有“人民政俯”"),
                        new Seen(
                                InspectionCheck.WRONG_WORDING,
                                SiteInspection.Kind.NOTICE,
                                "/information/" + sensitive,
                                "《自查测试：工作手册》中有“内部资料”"),
                        new Seen(
                                InspectionCheck.SERIOUS_ERRORS,
                                SiteInspection.Kind.VETO,
                                "/information/" + serious,
                                "《自查测试：合作项目》中有“一路一带”"),
                        new Seen(
                                InspectionCheck.PERSONAL_INFORMATION,
                                SiteInspection.Kind.DEDUCTION,
                                "/files/" + file,
                                "《自查测试：救助名单》的附件“名单.docx”公开了个人信息"));
        assertThat(after.passed()).as("a serious wording fails the site").isFalse();
        assertThat(after.of(InspectionCheck.PERSONAL_INFORMATION))
                .anySatisfy(f -> assertThat(f.detail()).contains("居民身份证号码").doesNotContain("11010519491231002X"));
        assertThat(after.deducted())
                .as("an exposed ID number, a broken link and a wrong wording, within their caps")
                .isGreaterThan(before.deducted());
        assertThat(after.recordsRead()).isEqualTo(before.recordsRead() + 5);
        assertThat(inspections.recent()).extracting(SiteInspection::id).contains(before.id(), after.id());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SITE_INSPECTION_RUN' and target = ?")
                        .param("site-inspection:" + after.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void oneRunAtATimeAndARunCutShortDoesNotHoldTheNextBack() {
        Instant now = clock.instant();
        long first = repository.start(now, "测试");
        assertThatThrownBy(() -> repository.start(now, "测试"))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        actAs("gkb");
        assertThat(inspections.running()).isTrue();
        assertThatThrownBy(() -> inspections.runNow())
                .isInstanceOf(org.gongkai.shared.RuleViolation.class)
                .hasMessageContaining("正在进行");
        repository.interruptStale(now.plusSeconds(1));
        assertThat(inspections.find(first).status()).isEqualTo(SiteInspection.Status.INTERRUPTED);
        assertThat(inspections.running()).isFalse();
        assertThat(run().status()).isEqualTo(SiteInspection.Status.DONE);
    }

    @Autowired
    SiteProbes probes;

    /** RULES §5.2 站点无法访问: a week of visits every 72 minutes, the share not answered within 15 s (or missed). */
    @Test
    void aWeekOfVisitsOfTheHomePageDecidesTheAvailabilityVeto() {
        Instant now = clock.instant();
        Duration every = probes.every();
        try {
            // monitored for more than a week; in the last week 6 of 140 visits not answered (4.2%): noted, not a veto
            probes.record(now.minus(Duration.ofDays(8)), true, 40, null);
            for (int i = 140; i >= 1; i--) {
                probes.record(
                        now.minus(every.multipliedBy(i)).plusSeconds(60), i > 6, 40, i > 6 ? null : "超过 15 秒仍未打开");
            }
            actAs("gkb");
            SiteInspection fine = run();
            assertThat(fine.of(InspectionCheck.AVAILABILITY)).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(SiteInspection.Kind.NOTICE);
                assertThat(f.title()).isEqualTo("首页打不开的次数占 4.2%");
                assertThat(f.detail()).contains("近 7 天应访问首页 140 次", "打不开 6 次", "错过 0 次");
            });
            // the platform was not running for a day: 20 visits missed besides the 6 failed, 18.5%: a veto
            jdbc.sql("delete from site_probe where probed_at > ? and probed_at < ?")
                    .params(
                            org.gongkai.shared.SqlTimes.utc(now.minus(Duration.ofDays(3))),
                            org.gongkai.shared.SqlTimes.utc(now.minus(Duration.ofDays(2))))
                    .update();
            SiteInspection down = run();
            assertThat(down.of(InspectionCheck.AVAILABILITY)).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(SiteInspection.Kind.VETO);
                assertThat(f.title()).contains("（5% 及以上单项否决）");
                assertThat(f.detail()).contains("打不开 6 次", "平台未运行错过 20 次");
            });
            assertThat(down.passed()).isFalse();
        } finally {
            jdbc.sql("delete from site_probe").update();
        }
    }

    @Test
    void aBodysLinksToRecordsAreReadWithoutARegex() {
        assertThat(
                        SiteInspections.recordLinks(
                                "<a href=\"/information/A/2025-1?x=1\">a</a> <a href=\"https://x.cn\">b</a>"
                                        + "<a href=\"/information/B/2025-2#top\">c</a><a href=\"/information/\">d</a><a href=\""))
                .containsExactly("A/2025-1", "B/2025-2");
        assertThat(SiteInspections.recordLinks(null)).isEmpty();
        assertThat(SiteInspections.recordLinks("href=\"".repeat(100_000))).isEmpty();
    }

    @Test
    void theWeeklyRunWaitsSevenDaysAfterTheLastOne() {
        actAs("gkb");
        run();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(inspections.runWeekly()).isFalse();
        Instant now = clock.instant();
        assertThat(now).isNotNull();
    }
}
