package org.gongkai.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 政府信息公开年报 column of the portal (国办公开办函〔2019〕61号, the fourth fixed column): published reports for
 * anyone to read, each with its frozen tables; a corrected report names its correction and keeps the edition before
 * it readable. No sign-in: what is published is public by law.
 */
@Service
public class PublishedReports {

    private final ReportRepository reports;
    private final OrganizationDirectory directory;

    PublishedReports(ReportRepository reports, OrganizationDirectory directory) {
        this.reports = reports;
        this.directory = directory;
    }

    /** A published report as lists show it. */
    public record Listed(AnnualReport report, String unitName) {
        public String title() {
            return report.title(unitName);
        }
    }

    /** One public edition with its tables, the unit's other public editions of the year, and the current one. */
    public record ReportPage(
            AnnualReport report,
            Organization unit,
            ReportTables tables,
            List<AnnualReport> editions,
            AnnualReport current) {

        public String title() {
            return report.title(unit.name());
        }

        /** Whether this edition was replaced by a published correction. */
        public boolean superseded() {
            return report.status() == ReportStatus.SUPERSEDED;
        }
    }

    /** The current published reports, of one unit or all, of one year or all; newest year first. */
    @Transactional(readOnly = true)
    public List<Listed> list(Long organizationId, Integer year) {
        Map<Long, String> names = directory.names();
        return reports.publicEditions(organizationId, year).stream()
                .filter(r -> r.status() == ReportStatus.PUBLISHED && r.origin() == AnnualReport.Origin.PLATFORM)
                .map(r -> new Listed(r, names.getOrDefault(r.organizationId(), "")))
                .toList();
    }

    /**
     * The reports of earlier years brought in from where they were published (issue 12 §8): their text is on that site,
     * so the column names them with where and when they were published, beside the platform's own; newest year first.
     */
    @Transactional(readOnly = true)
    public List<Listed> earlier(Long organizationId, Integer year) {
        Map<Long, String> names = directory.names();
        return reports.publicEditions(organizationId, year).stream()
                .filter(r -> r.status() == ReportStatus.PUBLISHED && r.origin() == AnnualReport.Origin.IMPORTED)
                .map(r -> new Listed(r, names.getOrDefault(r.organizationId(), "")))
                .toList();
    }

    /** A public edition as files hold it, with its date, edition and correction under the title. */
    @Transactional(readOnly = true)
    public Optional<ReportFiles.Contents> contents(long id) {
        return page(id).map(p -> {
            java.util.List<String> notes = new java.util.ArrayList<>();
            notes.add("发布日期：" + java.time.LocalDate.ofInstant(p.report().publishedAt(), CHINA)
                    + (p.report().isCorrection() ? "（第" + p.report().edition() + "版，更正稿）" : ""));
            if (p.report().correctionReason() != null) {
                notes.add("更正说明：" + p.report().correctionReason());
            }
            if (p.superseded()) {
                notes.add("此为更正前的版本，现行版本为第" + p.current().edition() + "版。");
            }
            return new ReportFiles.Contents(p.title(), notes, p.report(), ReportLayout.tables(p.tables()));
        });
    }

    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    /** The current published report of a unit for a year, with its tables. */
    @Transactional(readOnly = true)
    public Optional<ReportPage> current(long organizationId, int year) {
        return reports.published(organizationId, year).flatMap(r -> page(r.id()));
    }

    /** One unit's published figures for the open-data table: every cell under its verbatim label. */
    public record UnitFigures(Listed report, Map<String, BigDecimal> cells) {}

    /** The cells' labels in the format's order, the columns of the open-data table (issue 12 §9). */
    public static List<String> cellLabels() {
        return ReportCells.keys().stream().map(ReportCells::label).toList();
    }

    /** Every published report of a year with its figures under {@link #cellLabels()}: two statements. */
    @Transactional(readOnly = true)
    public List<UnitFigures> figures(int year) {
        List<Listed> listed = list(null, year);
        Map<Long, Map<String, BigDecimal>> cells =
                reports.cells(listed.stream().map(l -> l.report().id()).toList());
        List<String> keys = ReportCells.keys();
        return listed.stream()
                .map(l -> {
                    Map<String, BigDecimal> mine = cells.getOrDefault(l.report().id(), Map.of());
                    Map<String, BigDecimal> labelled = new java.util.LinkedHashMap<>();
                    keys.forEach(k -> labelled.put(ReportCells.label(k), mine.get(k)));
                    return new UnitFigures(l, labelled);
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ReportPage> page(long id) {
        return reports.find(id)
                .filter(r -> r.status().isPublic() && r.origin() == AnnualReport.Origin.PLATFORM)
                .flatMap(r -> directory.find(r.organizationId()).map(unit -> {
                    List<AnnualReport> editions = reports.editions(r.organizationId(), r.year()).stream()
                            .filter(e -> e.status().isPublic())
                            .toList();
                    AnnualReport current = editions.stream()
                            .filter(e -> e.status() == ReportStatus.PUBLISHED)
                            .findFirst()
                            .orElse(r);
                    return new ReportPage(
                            r,
                            unit,
                            ReportCells.tables(r.organizationId(), unit.name(), r.year(), reports.cells(r.id())),
                            editions,
                            current);
                }));
    }
}
