package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 13: a catalog file waits for its confirmation in the database, not in the HTTP session — seen only by the
 * person who uploaded it, kept for two hours, kept when its import is refused, and imported once even when confirmed
 * twice at the same moment.
 */
class CatalogUploadsIntegrationTests extends IntegrationTest {

    @Autowired
    CatalogUploads uploads;

    private static final byte[] GOOD = (CatalogImportIntegrationTests.HEADER
                    + "1,户口登记,出生登记,办理条件、材料、流程,《户口登记条例》,20工作日,城关镇,■政府网站,√,,√,,√\n")
            .getBytes(StandardCharsets.UTF_8);

    private long drafts(long unit, long area) {
        return jdbc.sql("select count(*) from standard_catalog where organization_id = ? and area_id = ?")
                .params(unit, area)
                .query(Long.class)
                .single();
    }

    @Test
    void anUploadIsTheUploadersOnly_keptWhenRefused_andImportedOnceUnderARace() throws Exception {
        long unit = organizationId("示范县城关镇人民政府");
        // an area in which the unit has no catalog yet (other tests of this context compile some)
        long area = jdbc.sql("select min(a.id) from catalog_area a where not exists (select 1 from standard_catalog c "
                        + "where c.organization_id = ? and c.area_id = a.id)")
                .param(unit)
                .query(Long.class)
                .single();
        long before = drafts(unit, area);
        actAs("cg_editor");
        assertThatThrownBy(() -> uploads.hold(unit, "bad.csv", "不是目录".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class);
        String token = uploads.hold(unit, "户籍管理.csv", GOOD);
        assertThat(uploads.find(token))
                .get()
                .satisfies(u -> assertThat(u.content()).isEqualTo(GOOD));
        assertThat(uploads.find("not-a-token")).isEmpty();

        actAs("hd_editor");
        assertThat(uploads.find(token)).as("another person's upload").isEmpty();
        assertThatThrownBy(() -> uploads.hold(unit, "户籍管理.csv", GOOD)).isInstanceOf(AccessDeniedException.class);

        actAs("cg_editor");
        assertThatThrownBy(() -> uploads.importUpload(token, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("没有可识别的领域");
        assertThat(uploads.find(token)).as("kept for another try").isPresent();

        // two confirmations at once: one imports, the other finds the upload gone
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> results = new ArrayList<>();
        List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < 2; i++) {
                Callable<Long> confirm = () -> {
                    actAs("cg_editor");
                    try {
                        return uploads.importUpload(token, area);
                    } catch (RuntimeException e) {
                        refusals.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        return -1L;
                    }
                };
                results.add(pool.submit(confirm));
            }
            long imported = 0;
            for (Future<Long> r : results) {
                imported += r.get() > 0 ? 1 : 0;
            }
            assertThat(imported).as("refusals: %s", refusals).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(drafts(unit, area)).isEqualTo(before + 1);
        assertThat(uploads.find(token)).isEmpty();
        assertThatThrownBy(() -> uploads.importUpload(token, area)).hasMessageContaining("导入已过期或已完成");
    }

    @Test
    void anUploadWaitsTwoHours() {
        long unit = organizationId("示范县城关镇人民政府");
        actAs("cg_editor");
        String token = uploads.hold(unit, "户籍管理.csv", GOOD);
        java.time.Instant start = clock.instant();
        advance(CatalogUploads.KEPT.plusMinutes(1));
        assertThat(uploads.find(token)).isEmpty();
        assertThatThrownBy(() -> uploads.importUpload(token, areaId("户籍管理"))).hasMessageContaining("导入已过期或已完成");
        clock.set(start);
    }
}
