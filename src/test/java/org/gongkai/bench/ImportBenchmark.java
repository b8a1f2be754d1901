package org.gongkai.bench;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gongkai.catalog.AreaGuidelines;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.CatalogImports;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test (surefire does not pick up *Benchmark): bench/import.sh runs it. Builds a 5,000-row
 * catalog workbook in the standard layout (imports a generated CSV once and exports it), then times, in the
 * same run, (a) Apache POI merely reading every cell of the file and (b) the platform importing it into
 * a new draft (reading, checking, writing to H2), and prints the ratio b/a.
 */
class ImportBenchmark extends IntegrationTest {

    static final int ROWS = 5_000;
    static final int ROUNDS = 5;

    @Autowired
    CatalogCompilation compilation;

    @Autowired
    CatalogImports imports;

    @Autowired
    AreaGuidelines guidelines;

    @Test
    void import5000Rows() throws Exception {
        long unit = organizationId("示范县教育局");
        long area = guidelines.areas().stream()
                .filter(s -> s.area().name().equals("义务教育"))
                .findFirst()
                .orElseThrow()
                .area()
                .id();
        actAs("edu_editor");
        // a 5,000-row CSV imported once, then exported: the workbook offices would receive
        StringBuilder csv = new StringBuilder("序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群众,主动,依申请公开,县级\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(i + 1)
                    .append(",一级事项")
                    .append(i / 20)
                    .append(",二级事项第")
                    .append(i)
                    .append("项,")
                    .append("公开内容要素：名称、依据、条件、程序、时限、结果等第")
                    .append(i)
                    .append("项,")
                    .append("《中华人民共和国政府信息公开条例》《中华人民共和国义务教育法》,信息形成或者变更之日起20个工作日内,示范县教育局,")
                    .append("■政府网站 ■社区/企事业单位/村公示栏(电子屏),√,,√,,√\n");
        }
        long source = imports.importFile(
                unit, area, "seed.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] file = compilation.workbook(source);
        System.out.printf("file: %d rows, %d KB%n", ROWS, file.length / 1024);
        jdbc.sql("delete from catalog_item where catalog_id = ?").param(source).update();
        jdbc.sql("delete from standard_catalog where id = ?").param(source).update();

        List<Long> poi = new ArrayList<>();
        List<Long> platform = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long t = System.nanoTime();
            long cells = poiRead(file);
            poi.add(System.nanoTime() - t);
            t = System.nanoTime();
            long id = imports.importFile(unit, area, "bench.xlsx", file);
            platform.add(System.nanoTime() - t);
            if (round == 0) {
                System.out.printf(
                        "POI read %d cells; imported %d items%n",
                        cells, compilation.catalog(id).items().size());
            }
            jdbc.sql("delete from catalog_item where catalog_id = ?").param(id).update();
            jdbc.sql("delete from standard_catalog where id = ?").param(id).update();
        }
        long poiMs = median(poi);
        long platformMs = median(platform);
        System.out.printf(
                "BENCH import %d rows: platform median %d ms, POI read median %d ms, ratio %.2f (rounds %d, at %s)%n",
                ROWS,
                platformMs,
                poiMs,
                (double) platformMs / poiMs,
                ROUNDS,
                Instant.ofEpochMilli(System.currentTimeMillis()));
    }

    private static long poiRead(byte[] file) throws Exception {
        long cells = 0;
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (var cell : row) {
                    if (!formatter.formatCellValue(cell).isEmpty()) {
                        cells++;
                    }
                }
            }
        }
        return cells;
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }
}
