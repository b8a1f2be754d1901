package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Catalog files in the layouts of RULES.md §3.3 and §3.6, rebuilt here as real workbooks and CSV. */
class CatalogFileReaderTests {

    private static byte[] xlsx(String sheetName, String[][] rows, int[]... merges) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            for (int[] m : merges) {
                sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final String[] TOP_B = {
        "序号", "公开事项", "", "公开内容(要素)", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", ""
    };
    private static final String[] BOTTOM_B = {
        "", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "县级", "乡、村级"
    };
    private static final String CHANNELS_B = "■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质载体 □公开查阅点 □政务服务中心 "
            + "□便民服务站 □入户/现场 ■社区/企事业单位/村公示栏(电子屏) □精准推送 □12345政务服务热线 □其他";

    @Test
    void theHousingLayoutWithAnEmptyFirstLevelAndLevelTags() throws IOException {
        byte[] file = xlsx(
                "保障性住房",
                new String[][] {
                    {"巩留县住房和城乡建设局保障性住房领域基层政务公开标准目录"},
                    TOP_B,
                    BOTTOM_B,
                    {
                        "1",
                        "",
                        "公租房租赁补贴资格确认",
                        "申请条件、审核结果",
                        "【条例】《住房城乡建设部财政部关于做好城镇住房保障家庭租赁补贴工作的指导意见》",
                        "20工作日",
                        "巩留县住房和城乡建设局",
                        CHANNELS_B,
                        "√",
                        "",
                        "√",
                        "",
                        "√",
                        ""
                    },
                    {"2", "", "公租房承租资格确认", "同上", "【规章】《公共租赁住房管理办法》", "同上", "同上", "同上", "√", "", "√", "", "√", ""}
                },
                new int[] {1, 1, 1, 2},
                new int[] {1, 1, 8, 9},
                new int[] {1, 1, 10, 11},
                new int[] {1, 1, 12, 13});
        ImportedCatalog read = CatalogFileReader.read("gongliu.xlsx", file, AdministrativeLevel.COUNTY);
        assertThat(read.problems()).isEmpty();
        assertThat(read.areaHint()).contains("保障性住房");
        assertThat(read.rows()).hasSize(2);
        CatalogItemDraft second = read.rows().get(1).item();
        assertThat(second.firstLevel()).isNull();
        assertThat(second.secondLevel()).isEqualTo("公租房承租资格确认");
        assertThat(second.contentElements()).isEqualTo("申请条件、审核结果");
        assertThat(second.legalBasis()).startsWith("【规章】");
        assertThat(second.timeLimit()).isEqualTo("20工作日");
        assertThat(second.channels()).containsExactlyInAnyOrder(Channel.GOVERNMENT_WEBSITE, Channel.NOTICE_BOARD);
        assertThat(second.levels()).containsExactly(AdministrativeLevel.COUNTY);
        assertThat(read.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void mergedFirstLevelCellsAndTheLegalServiceRemarkAndAThirdLevelColumn() throws IOException {
        String[] top = {
            "序号",
            "一级事项",
            "二级事项",
            "三级事项",
            "公开内容（要素）",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            "全社会",
            "特定群众",
            "主动",
            "依申请公开",
            "县级",
            "乡级",
            "网址"
        };
        String channels = "■政府网站 ■广播电视 ■纸质媒体 ■入户/现场 ■社区/企事业单位/村公示栏(电子屏) ■其他法律服务网 注:有关公开信息可推送或归集至本省级法律服务网。";
        byte[] file = xlsx(
                "公共法律服务",
                new String[][] {
                    top,
                    {
                        "1",
                        "法治宣传教育",
                        "法治宣传教育",
                        "法律知识普及服务",
                        "法律法规资讯;普法动态资讯",
                        "《七五普法规划》",
                        "自制作或获取该信息之日起20个工作日内公开",
                        "司法行政部门",
                        channels,
                        "√",
                        "",
                        "√",
                        "",
                        "√",
                        "√",
                        "http://x"
                    },
                    {"2", "", "推广法治文化服务", "", "辖区内法治文化阵地信息", "同上", "同上", "同上", "同上", "√", "", "√", "", "√", "", ""}
                },
                new int[] {1, 2, 1, 1});
        ImportedCatalog read = CatalogFileReader.read("meixian.xlsx", file, AdministrativeLevel.COUNTY);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows().get(1).item().firstLevel()).isEqualTo("法治宣传教育");
        assertThat(read.rows().get(0).item().thirdLevel()).isEqualTo("法律知识普及服务");
        CatalogItemDraft first = read.rows().get(0).item();
        assertThat(first.channels()).contains(Channel.GOVERNMENT_WEBSITE, Channel.BROADCAST, Channel.PRINT_MEDIA);
        assertThat(first.localChannels()).isEqualTo("其他法律服务网");
        assertThat(first.levels()).containsExactlyInAnyOrder(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP);
        assertThat(read.rows().get(1).item().legalBasis()).isEqualTo("《七五普法规划》");
        assertThat(read.recognizedColumns()).noneMatch(c -> c.contains("网址"));
    }

    @Test
    void csvWithOneHeaderRowAndPlainChannelLists() {
        String csv = "\uFEFF序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群众,主动,依申请公开,乡级\n"
                + "1,征收土地信息,征收土地信息,征地告知书,《条例》,信息形成20个工作日内公开,九龙街道办事处,\"政府网站、公示栏\",√,,√,,√\n";
        ImportedCatalog read = CatalogFileReader.read(
                "tonghai.csv", csv.getBytes(StandardCharsets.UTF_8), AdministrativeLevel.TOWNSHIP);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).singleElement().satisfies(r -> {
            assertThat(r.item().channels()).containsExactlyInAnyOrder(Channel.GOVERNMENT_WEBSITE, Channel.NOTICE_BOARD);
            assertThat(r.item().levels()).containsExactly(AdministrativeLevel.TOWNSHIP);
        });
    }

    @Test
    void exportThenImportGivesBackTheSameCatalog() {
        CatalogItem a = new CatalogItem(
                1,
                "k1",
                1,
                "政策文件",
                "法律法规",
                null,
                "与救灾有关的法律、法规",
                "《条例》",
                TimeLimit.parse("信息形成或变更之日起20个工作日内"),
                "示范县应急管理局",
                EnumSet.of(Channel.GOVERNMENT_WEBSITE),
                null,
                Audience.PUBLIC,
                DisclosureMode.PROACTIVE,
                EnumSet.of(AdministrativeLevel.COUNTY),
                null,
                null);
        CatalogItem b = new CatalogItem(
                2,
                "k2",
                2,
                "救灾",
                "受灾人员救助",
                "过渡期生活救助",
                "救助对象、标准",
                "《自然灾害救助条例》",
                TimeLimit.parse("视情况而定"),
                "乡镇人民政府",
                EnumSet.of(Channel.NOTICE_BOARD, Channel.DOOR_TO_DOOR),
                "村务公开栏",
                Audience.SPECIFIC_GROUP,
                DisclosureMode.ON_REQUEST,
                EnumSet.of(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.VILLAGE),
                "仅限受灾人员",
                null);
        StandardCatalog catalog = new StandardCatalog(
                1,
                1,
                "示范县应急管理局",
                new CatalogArea(14, "救灾", 14, true, null, 1, 0),
                1,
                CatalogStatus.PUBLISHED,
                1,
                Instant.EPOCH,
                "x",
                null,
                Instant.EPOCH,
                "x",
                1,
                0,
                List.of(a, b),
                List.of());
        ImportedCatalog read =
                CatalogFileReader.read("export.xlsx", CatalogWorkbook.write(catalog), AdministrativeLevel.COUNTY);
        assertThat(read.problems()).isEmpty();
        assertThat(read.areaHint()).contains("救灾");
        assertThat(read.rows())
                .extracting(ImportedCatalog.Row::item)
                .containsExactly(
                        new CatalogItemDraft(
                                a.firstLevel(),
                                a.secondLevel(),
                                null,
                                a.contentElements(),
                                a.legalBasis(),
                                a.timeLimit().phrase(),
                                a.responsibleBody(),
                                a.channels(),
                                null,
                                a.audience(),
                                a.mode(),
                                a.levels()),
                        new CatalogItemDraft(
                                b.firstLevel(),
                                b.secondLevel(),
                                b.thirdLevel(),
                                b.contentElements(),
                                b.legalBasis(),
                                b.timeLimit().phrase(),
                                b.responsibleBody(),
                                b.channels(),
                                b.localChannels(),
                                b.audience(),
                                b.mode(),
                                b.levels(),
                                "仅限受灾人员",
                                null));
    }

    @Test
    void everyRowProblemIsNamedWithRowAndColumn() throws IOException {
        byte[] file = xlsx(
                "救灾",
                new String[][] {
                    TOP_B,
                    BOTTOM_B,
                    {"1", "", "", "内容", "依据", "20工作日", "主体", CHANNELS_B, "√", "", "√", "", "√", ""},
                    {"2", "政策文件", "法规", "内容", "依据", "20工作日", "主体", CHANNELS_B, "√", "", "√", "√", "√", ""},
                    {"3", "政策文件", "规章", "内容", "依据", "20工作日", "主体", "□政府网站", "√", "", "√", "", "√", ""},
                    {"4", "政策文件", "标准", "内容", "依据", "20工作日", "主体", CHANNELS_B, "√", "", "x", "", "", ""}
                },
                new int[] {0, 0, 1, 2});
        ImportedCatalog read = CatalogFileReader.read("bad.xlsx", file, AdministrativeLevel.COUNTY);
        assertThat(read.importable()).isFalse();
        assertThat(String.join("\n", read.problems()))
                .contains("第 3 行", "事项名称为空")
                .contains("第 4 行 L 列（依申请公开）", "同时打了勾")
                .contains("第 5 行 H 列（公开渠道和载体）")
                .contains("第 6 行 K 列（主动）", "不是勾选标记")
                .contains("公开层级没有打勾");
    }

    @Test
    void filesThatAreNotCatalogsAreRefusedPlainly() throws IOException {
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "x.xlsx",
                        xlsx("Sheet1", new String[][] {{"姓名", "电话"}, {"张三", "1"}}),
                        AdministrativeLevel.COUNTY))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("找不到目录的表头");
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "x.csv",
                        "二级事项,公开内容,公开时限\n事项,内容,及时\n".getBytes(StandardCharsets.UTF_8),
                        AdministrativeLevel.COUNTY))
                .hasMessageContaining("缺少必需的列")
                .hasMessageContaining("公开依据")
                .hasMessageContaining("公开方式");
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "x.xlsx", new byte[] {'P', 'K', 3, 4, 9, 9, 9}, AdministrativeLevel.COUNTY))
                .hasMessageContaining("无法读取该 xlsx");
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "x.csv",
                        new byte[] {(byte) 0xB9, (byte) 0xAB, (byte) 0xBF, (byte) 0xAA},
                        AdministrativeLevel.COUNTY))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "x.xlsx", new byte[CatalogFileReader.MAX_BYTES + 1], AdministrativeLevel.COUNTY))
                .hasMessageContaining("文件过大");
        assertThatThrownBy(() -> CatalogFileReader.read("x.xlsx", new byte[0], AdministrativeLevel.COUNTY))
                .hasMessageContaining("请选择");
    }

    /** A workbook of {@code rows} rows, each with one cell in the given column; written as a stream. */
    private static byte[] oneCellPerRow(int rows, int column) throws IOException {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int r = 0; r < rows; r++) {
                sheet.createRow(r).createCell(column).setCellValue(r);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Issue 9 §1: 20,000 rows each with one cell in column XFD (a ~100 KB file) made the reader pad 20,000 × 16,384
     * cells; two such uploads at once killed the node with OutOfMemoryError. Now the first such cell is refused.
     */
    @Test
    void aCellFarToTheRightIsRefusedBeforeAnythingIsPaddedForIt() throws Exception {
        byte[] wide = oneCellPerRow(20_000, 16_383);
        assertThat(wide.length).isLessThan(400_000);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Throwable>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                try {
                    CatalogFileReader.read("wide.xlsx", wide, AdministrativeLevel.COUNTY);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            }));
        }
        for (java.util.concurrent.Future<Throwable> r : results) {
            assertThat(r.get())
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("第 1 行 XFD 列有内容")
                    .hasMessageContaining("最多 64 列");
        }
        pool.shutdown();
        // the 64th column is still read
        assertThatThrownBy(() -> CatalogFileReader.read("x.xlsx", oneCellPerRow(3, 63), AdministrativeLevel.COUNTY))
                .hasMessageContaining("找不到目录的表头");
    }

    /** Issue 9 §3: one row limit for xlsx and CSV, checked while reading. */
    @Test
    void xlsxAndCsvShareOneRowLimit() throws IOException {
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "long.xlsx", oneCellPerRow(CatalogFileReader.MAX_ROWS + 1, 0), AdministrativeLevel.COUNTY))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("行数超过 20000 行");
        StringBuilder csv = new StringBuilder();
        for (int r = 0; r <= CatalogFileReader.MAX_ROWS; r++) {
            csv.append(r).append(",x\n");
        }
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "long.csv", csv.toString().getBytes(StandardCharsets.UTF_8), AdministrativeLevel.COUNTY))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("行数超过 20000 行");
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "wide.csv",
                        ("a" + ",".repeat(100) + "b\n").getBytes(StandardCharsets.UTF_8),
                        AdministrativeLevel.COUNTY))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("最多 64 列");
        // a spreadsheet's empty padding columns are dropped, not refused
        assertThatThrownBy(() -> CatalogFileReader.read(
                        "padded.csv",
                        ("a" + ",".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8),
                        AdministrativeLevel.COUNTY))
                .hasMessageContaining("找不到目录的表头");
    }

    @Test
    void mergedRangesCoveringWholeColumnsAreRefused() throws IOException {
        String[][] rows = new String[40][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new String[] {"x" + r, "y"};
        }
        int[][] merges = new int[1000][];
        for (int i = 0; i < merges.length; i++) {
            merges[i] = new int[] {i * 1000, i * 1000 + 999, 0, 63};
        }
        // 1,000 ranges of 1,000 rows × 64 columns each: only the 40 rows read are filled
        assertThatThrownBy(() ->
                        CatalogFileReader.read("m.xlsx", xlsx("Sheet1", rows, merges), AdministrativeLevel.COUNTY))
                .hasMessageContaining("找不到目录的表头");
    }

    /** Issue 9 §30: real layouts write a note after the tick, √（仅限本人）; the tick counts and the note is kept. */
    @Test
    void aTickWithANoteInBracketsIsATickAndKeepsItsNote() {
        String csv = "序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群众,主动,依申请公开,乡级\n"
                + "1,最低生活保障,审核确认,名单,《条例》,10个工作日,民政部门,■政府网站,,√（仅限本人）,√(本村公示),,√\n";
        ImportedCatalog read =
                CatalogFileReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8), AdministrativeLevel.TOWNSHIP);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).singleElement().satisfies(r -> {
            assertThat(r.item().audience()).isEqualTo(Audience.SPECIFIC_GROUP);
            assertThat(r.item().audienceNote()).isEqualTo("仅限本人");
            assertThat(r.item().mode()).isEqualTo(DisclosureMode.PROACTIVE);
            assertThat(r.item().modeNote()).isEqualTo("本村公示");
        });
        assertThat(CatalogFileReader.tickNote("√（）")).isNull();
        assertThat(CatalogFileReader.tickNote("好（仅限本人）")).isNull();
    }
}
