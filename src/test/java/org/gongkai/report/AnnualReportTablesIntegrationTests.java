package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.information.AnnualFigures;
import org.gongkai.information.DocumentType;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.RequestStatistics;
import org.gongkai.request.StatisticsRow;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12 §1, §3: table 二 counted from the demo county's records equals a count made row by row here; tables 三 and 四
 * come from the request module; a year without activity is all zeros; the checks of RULES §2.5 name the cells of a
 * table that does not balance; only the unit's signer and the supervising office read it.
 */
class AnnualReportTablesIntegrationTests extends IntegrationTest {

    @Autowired
    AnnualReports reports;

    @Autowired
    AnnualFigures figures;

    private record Row(
            long organizationId,
            String type,
            LocalDate date,
            LocalDate formed,
            String validity,
            LocalDate validityDate,
            Instant withdrawnAt) {}

    @Test
    void tableTwoEqualsACountMadeRowByRow() {
        List<Row> rows = jdbc.sql(
                        "select organization_id, document_type, coalesce(written_date, formed_date), formed_date, "
                                + "validity, validity_date, withdrawn_at from information_record "
                                + "where status in ('PUBLISHED', 'FILED', 'WITHDRAWN')")
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
        assertThat(rows).anyMatch(r -> r.type().equals("NORMATIVE_DOCUMENT"));
        assertThat(rows).anyMatch(r -> r.validity().equals("REPEALED"));
        int checked = 0;
        for (long unit : rows.stream().map(Row::organizationId).distinct().toList()) {
            for (int year = 2023; year <= 2026; year++) {
                LocalDate first = LocalDate.of(year, 1, 1);
                LocalDate last = LocalDate.of(year, 12, 31);
                Instant end = first.plusYears(1)
                        .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                        .toInstant();
                Map<DocumentType, AnnualFigures.DocumentCounts> counted = figures.normativeDocuments(unit, year);
                for (DocumentType type : List.of(DocumentType.REGULATION, DocumentType.NORMATIVE_DOCUMENT)) {
                    List<Row> mine = rows.stream()
                            .filter(r -> r.organizationId() == unit && r.type().equals(type.name()))
                            .toList();
                    long issued = mine.stream()
                            .filter(r -> !r.date().isBefore(first) && !r.date().isAfter(last))
                            .count();
                    long repealed = mine.stream()
                            .filter(r -> r.validity().equals("REPEALED") && r.validityDate() != null)
                            .filter(r -> !r.validityDate().isBefore(first)
                                    && !r.validityDate().isAfter(last))
                            .count();
                    long effective = mine.stream()
                            .filter(r -> !r.date().isAfter(last))
                            .filter(r -> !((r.validity().equals("REPEALED")
                                            || r.validity().equals("EXPIRED"))
                                    && (r.validityDate() == null
                                            || !r.validityDate().isAfter(last))))
                            .filter(r ->
                                    r.withdrawnAt() == null || !r.withdrawnAt().isBefore(end))
                            .count();
                    assertThat(counted.get(type))
                            .as(unit + " " + year + " " + type)
                            .isEqualTo(new AnnualFigures.DocumentCounts(issued, repealed, effective));
                    checked += issued + repealed + effective > 0 ? 1 : 0;
                }
                Map<DocumentType, Long> decisions = new EnumMap<>(DocumentType.class);
                for (DocumentType type : List.of(
                        DocumentType.LICENSING_DECISION,
                        DocumentType.PENALTY_DECISION,
                        DocumentType.ENFORCEMENT_DECISION)) {
                    decisions.put(
                            type,
                            rows.stream()
                                    .filter(r -> r.organizationId() == unit
                                            && r.type().equals(type.name()))
                                    .filter(r -> !r.formed().isBefore(first)
                                            && !r.formed().isAfter(last))
                                    .count());
                }
                assertThat(figures.decisions(unit, year)).as(unit + " " + year).isEqualTo(decisions);
            }
        }
        assertThat(checked).as("some unit-years have normative documents").isPositive();
    }

    @Test
    void aDepartmentsTablesBalance_andAYearWithoutActivityIsZeros() {
        long unit = organizationId("示范县民政局");
        actAs("mz_signer");
        ReportTables tables = reports.tables(unit, 2025);
        assertThat(tables.problems()).isEmpty();
        assertThat(tables.three().total(StatisticsRow.NEW_THIS_YEAR)).isPositive();
        assertThat(tables.two().feeAmount())
                .as("the platform holds no fee figures")
                .isNull();

        ReportTables quiet = reports.tables(unit, 2010);
        assertThat(quiet.problems()).isEmpty();
        assertThat(quiet.two().counts()).containsOnly(0L);
        assertThat(quiet.four()).containsOnly(0L);

        assertThatThrownBy(() -> reports.tables(organizationId("示范县城关镇人民政府"), 2025))
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_handler");
        assertThatThrownBy(() -> reports.tables(unit, 2025)).isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        assertThat(reports.units()).extracting(o -> o.name()).contains("示范县民政局", "示范县城关镇人民政府");
    }

    @Test
    void theChecksNameTheCellsThatDoNotBalance() {
        int kinds = ApplicantKind.values().length;
        Map<StatisticsRow, long[]> cells = new EnumMap<>(StatisticsRow.class);
        for (StatisticsRow row : StatisticsRow.values()) {
            cells.put(row, new long[kinds + 1]);
        }
        // one natural person received and answered, but the 总计 column of 予以公开 left at 0
        cells.get(StatisticsRow.NEW_THIS_YEAR)[0] = 1;
        cells.get(StatisticsRow.NEW_THIS_YEAR)[kinds] = 1;
        cells.get(StatisticsRow.DISCLOSED)[0] = 1;
        cells.get(StatisticsRow.TOTAL)[0] = 1;
        cells.get(StatisticsRow.TOTAL)[kinds] = 1;
        long[] four = new long[15];
        four[0] = 2;
        four[4] = 1;
        ReportTables wrong = new ReportTables(
                1,
                "某单位",
                2025,
                new TableTwo(
                        new AnnualFigures.DocumentCounts(0, 0, 0),
                        new AnnualFigures.DocumentCounts(0, 0, 0),
                        0,
                        0,
                        0,
                        new java.math.BigDecimal("-0.5")),
                new RequestStatistics.Grid(1, "某单位", 2025, cells),
                four);
        assertThat(wrong.problems())
                .anySatisfy(p -> assertThat(p).contains("“（一）予以公开”").contains("总计（0）不等于各类申请人之和（1）"))
                .anySatisfy(p -> assertThat(p).contains("“总计”列").contains("（七）总计（1）不等于（一）至（六）之和（0）"))
                .anySatisfy(p -> assertThat(p).contains("表四行政复议").contains("总计（1）"))
                .anySatisfy(p -> assertThat(p).contains("收费金额不能为负数"));
    }

    /** Issue 12 §1: every cell lists exactly what it counts — the cases of table 三, the records of table 二. */
    @Test
    void everyCellListsWhatItCounts() {
        actAs("gkb");
        for (String name : List.of("示范县民政局", "示范县人民政府")) {
            long unit = organizationId(name);
            ReportTables tables = reports.tables(unit, 2025);
            for (StatisticsRow row : StatisticsRow.values()) {
                for (ApplicantKind kind : ApplicantKind.values()) {
                    assertThat((long) reports.casesIn(unit, 2025, row, kind).size())
                            .as(name + " " + row + " " + kind)
                            .isEqualTo(Math.min(
                                    AnnualReports.DRILL_LIMIT, tables.three().cell(row, kind)));
                }
                assertThat((long) reports.casesIn(unit, 2025, row, null).size())
                        .as(name + " " + row + " 总计")
                        .isEqualTo(Math.min(
                                AnnualReports.DRILL_LIMIT, tables.three().total(row)));
            }
            long[] counts = tables.two().counts();
            int i = 0;
            for (DocumentType type : List.of(DocumentType.REGULATION, DocumentType.NORMATIVE_DOCUMENT)) {
                for (AnnualFigures.Figure figure : List.of(
                        AnnualFigures.Figure.ISSUED, AnnualFigures.Figure.REPEALED, AnnualFigures.Figure.EFFECTIVE)) {
                    assertThat((long)
                                    reports.recordsIn(unit, 2025, type, figure).size())
                            .as(name + " " + type + " " + figure)
                            .isEqualTo(counts[i++]);
                }
            }
            for (DocumentType type : List.of(
                    DocumentType.LICENSING_DECISION,
                    DocumentType.PENALTY_DECISION,
                    DocumentType.ENFORCEMENT_DECISION)) {
                assertThat((long) reports.recordsIn(unit, 2025, type, AnnualFigures.Figure.DECISIONS)
                                .size())
                        .as(name + " " + type)
                        .isEqualTo(counts[i++]);
            }
        }
        assertThatThrownBy(() -> reports.recordsIn(
                        organizationId("示范县民政局"), 2025, DocumentType.NOTICE, AnnualFigures.Figure.ISSUED))
                .isInstanceOf(org.gongkai.shared.RuleViolation.class);
    }
}
