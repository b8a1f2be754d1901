package org.gongkai.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.report.AnnualReporting;
import org.gongkai.report.EnteredCell;
import org.gongkai.request.StatisticsRow;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 §9: a published report as JSON with the format's labels verbatim, and a year's figures of every unit as CSV
 * and xlsx (read back with POI); a unit without a published report is a 404 problem, an unknown format a 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class ReportApiIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AnnualReporting reporting;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** 民政局's 2025 report, published once for this class through the services. */
    private long published() {
        long unit = organizationId("示范县民政局");
        Long existing = jdbc.sql("select id from annual_report where organization_id = ? and report_year = 2025 "
                        + "and status = 'PUBLISHED'")
                .param(unit)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return unit;
        }
        actAs("mz_editor");
        long id = reporting.start(unit, 2025);
        reporting.enter(id, 0, EnteredCell.FEE_AMOUNT, "2.5", "县财政局非税收入台账");
        reporting.saveSections(id, 1, "（一）主动公开\n全年主动公开。", "解读不够。", "本年未收取信息处理费。");
        reporting.submit(id, 2);
        actAs("mz_signer");
        reporting.approve(id, 3);
        reporting.publish(id, 4);
        SecurityContextHolder.clearContext();
        return unit;
    }

    @Test
    void aPublishedReportAsJsonWithTheLabelsVerbatim() throws Exception {
        long unit = published();
        HttpResponse<byte[]> r = get("/api/v1/annual-reports/" + unit + "/2025");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = JsonMapper.builder().build().readTree(r.body());
        assertThat(doc.get("organizationName").asString()).isEqualTo("示范县民政局");
        assertThat(doc.get("edition").asInt()).isEqualTo(1);
        assertThat(doc.get("sections").get(0).get("heading").asString()).isEqualTo("一、总体情况");
        assertThat(doc.get("tableTwo").get(0).get("article").asString()).isEqualTo("第二十条第（一）项");
        assertThat(doc.get("tableTwo")
                        .get(5)
                        .get("figures")
                        .get("本年收费金额（单位：万元）")
                        .asString())
                .isEqualTo("2.5");
        JsonNode three = doc.get("tableThree");
        assertThat(three.get("columns").size()).isEqualTo(7);
        assertThat(three.get("rows").size()).isEqualTo(25);
        assertThat(three.get("rows").get(0).get("label").asString()).isEqualTo(StatisticsRow.NEW_THIS_YEAR.label());
        assertThat(three.get("rows").get(4).get("group").asString()).isEqualTo("（三）不予公开");
        assertThat(doc.get("tableFour").get(2).get("name").asString()).isEqualTo("行政诉讼 复议后起诉");

        HttpResponse<byte[]> missing = get("/api/v1/annual-reports/" + unit + "/2022");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aYearsFiguresAsCsvAndXlsx() throws Exception {
        long unit = published();
        HttpResponse<byte[]> csv = get("/api/v1/annual-reports/figures?year=2025");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF单位编号,单位,报告年度,版本,发布时间,表二 规章 本年制发件数");
        assertThat(text).contains("表三 一、本年新收政府信息公开申请数量 自然人", "表三 （三）不予公开 1.属于国家秘密 总计");
        assertThat(text.lines().filter(l -> l.startsWith(unit + ",示范县民政局,2025,1,")))
                .hasSize(1);

        HttpResponse<byte[]> xlsx = get("/api/v1/annual-reports/figures?year=2025&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("单位");
            int fee = -1;
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                if (sheet.getRow(0).getCell(c).getStringCellValue().equals("表二 行政事业性收费 本年收费金额（单位：万元）")) {
                    fee = c;
                }
            }
            assertThat(fee).isPositive();
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().equals("示范县民政局")) {
                    assertThat(sheet.getRow(r).getCell(fee).getNumericCellValue())
                            .isEqualTo(2.5);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        assertThat(get("/api/v1/annual-reports/figures?year=2025&format=pdf").statusCode())
                .isEqualTo(400);
    }

    /** Issue 12 §7: the portal serves the published report's files; a report not published has none. */
    @Test
    void thePortalServesThePublishedReportsFiles() throws Exception {
        long unit = published();
        long id = jdbc.sql("select id from annual_report where organization_id = ? and report_year = 2025 "
                        + "and status = 'PUBLISHED'")
                .param(unit)
                .query(Long.class)
                .single();
        HttpResponse<byte[]> docx = get("/openness/reports/" + id + ".docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("示范县民政局2025年政府信息公开工作年度报告");
        }
        HttpResponse<byte[]> pdf = get("/openness/reports/" + id + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(get("/openness/reports/" + id + ".xlsx").statusCode()).isEqualTo(200);

        actAs("gkb");
        long draft = reporting.start(organizationId("示范县教育局"), 2025);
        SecurityContextHolder.clearContext();
        assertThat(get("/openness/reports/" + draft + ".docx").statusCode()).isEqualTo(404);
        assertThat(get("/openness/reports/" + draft).statusCode()).isEqualTo(404);
    }
}
