package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Importing a catalog file: all rows or none; a re-import of the published catalog changes nothing. */
class CatalogImportIntegrationTests extends IntegrationTest {

    static final String HEADER = "序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群众,主动,依申请公开,乡级\n";

    @Autowired
    CatalogCompilation compilation;

    @Autowired
    CatalogImports imports;

    private long versions(long unit, long area) {
        return jdbc.sql("select count(*) from standard_catalog where organization_id = ? and area_id = ?")
                .params(unit, area)
                .query(Long.class)
                .single();
    }

    @Test
    void aGoodFileBecomesADraft_aBadOneLeavesNothing() {
        long unit = organizationId("示范县城关镇人民政府");
        long area = areaId("农村危房改造");
        byte[] bad = (HEADER + "1,危房改造,补助对象认定,对象名单,《条例》,20工作日,城关镇,■政府网站,√,,√,,√\n"
                        + "2,危房改造,补助标准,标准,《条例》,20工作日,城关镇,■政府网站,√,,√,√,√\n")
                .getBytes(StandardCharsets.UTF_8);
        actAs("cg_editor");
        assertThatThrownBy(() -> imports.importFile(unit, area, "bad.csv", bad))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("未导入任何内容")
                .hasMessageContaining("第 3 行");
        assertThat(versions(unit, area)).isZero();
        byte[] good = (HEADER + "1,危房改造,补助对象认定,对象名单,《条例》,20工作日,城关镇,■政府网站 ■社区/企事业单位/村公示栏(电子屏),√,,√,,√\n"
                        + "2,同上,补助标准,标准,同上,同上,同上,同上,√,,√,,√\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile(unit, null, "good.csv", good))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("没有可识别的领域");
        long id = imports.importFile(unit, area, "good.csv", good);
        StandardCatalog draft = compilation.catalog(id);
        assertThat(draft.status()).isEqualTo(CatalogStatus.DRAFT);
        assertThat(draft.items()).extracting(CatalogItem::secondLevel).containsExactly("补助对象认定", "补助标准");
        assertThat(draft.items().get(1).firstLevel()).isEqualTo("危房改造");
        assertThatThrownBy(() -> imports.importFile(unit, area, "good.csv", good))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("未发布的目录");

        actAs("hd_editor");
        assertThatThrownBy(() -> imports.importFile(unit, area, "good.csv", good))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reimportingThePublishedWorkbookKeepsEveryItem() {
        long unit = organizationId("示范县城关镇人民政府");
        long area = areaId("公共文化服务");
        actAs("cg_editor");
        long first = compilation.startDraft(unit, area);
        compilation.submit(first, compilation.catalog(first).lockVersion());
        actAs("gkb");
        compilation.decide(first, compilation.catalog(first).lockVersion(), true, null);
        actAs("cg_editor");
        compilation.publish(first, compilation.catalog(first).lockVersion());

        byte[] exported = compilation.workbook(first);
        assertThat(imports.areaNamedIn(
                        imports.readFile(unit, "x.xlsx", exported).areaHint()))
                .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("公共文化服务"));
        long second = imports.importFile(unit, area, "exported.xlsx", exported);
        assertThat(compilation.catalog(second).versionNumber()).isEqualTo(2);
        assertThat(compilation.proposedAdjustments(second))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.kind()).isEqualTo(AdjustmentKind.RETAINED));
    }

    /**
     * Issue 9 §1: one file is read at a time per unit and at most two on the node, so that concurrent uploads cannot
     * together exhaust memory; the others are refused at once with a message, and the guard is free again afterwards.
     */
    @Test
    void concurrentReadsAreLimitedPerUnitAndPerNode() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 19_000; i++) {
            csv.append(i).append(",危房改造,补助对象认定").append(i).append(",对象名单,《条例》,20工作日,城关镇,■政府网站,√,,√,,√\n");
        }
        byte[] big = csv.toString().getBytes(StandardCharsets.UTF_8);
        long cg = organizationId("示范县城关镇人民政府");
        long edu = organizationId("示范县教育局");
        long mz = organizationId("示范县民政局");

        List<Object> sameUnit = readTogether(big, List.of(Map.entry("cg_editor", cg), Map.entry("cg_editor", cg)));
        assertThat(sameUnit).filteredOn(ImportedCatalog.class::isInstance).hasSize(1);
        assertThat(sameUnit)
                .filteredOn(RuleViolation.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((RuleViolation) e).getMessage()).contains("本单位有一个目录文件正在读取"));

        List<Object> threeUnits = readTogether(
                big, List.of(Map.entry("cg_editor", cg), Map.entry("edu_editor", edu), Map.entry("mz_editor", mz)));
        assertThat(threeUnits).filteredOn(ImportedCatalog.class::isInstance).hasSize(2);
        assertThat(threeUnits)
                .filteredOn(RuleViolation.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((RuleViolation) e).getMessage()).contains("系统正在读取其他单位的目录文件"));

        actAs("cg_editor");
        assertThat(imports.readFile(cg, "big.csv", big).rows()).hasSize(19_000);
    }

    /** Starts one read per (account, unit) at the same moment; each gives the file read or the exception it threw. */
    private List<Object> readTogether(byte[] file, List<Map.Entry<String, Long>> readers) throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(readers.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers.size());
        try {
            List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
            for (Map.Entry<String, Long> reader : readers) {
                actAs(reader.getKey());
                org.springframework.security.core.context.SecurityContext context =
                        org.springframework.security.core.context.SecurityContextHolder.getContext();
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
                results.add(pool.submit(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                    start.await();
                    try {
                        return imports.readFile(reader.getValue(), "big.csv", file);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> out = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Object> r : results) {
                out.add(r.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
