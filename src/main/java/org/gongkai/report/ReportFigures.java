package org.gongkai.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/**
 * The figures of a report as its tables show them: frozen cells once submitted; while drafted, computed from the
 * records — the unit's own, or for a roll-up every reporting unit's under the people's government (issue 12 §6) —
 * with the cells staff entered laid over them. The callers check who may read.
 */
@Component
class ReportFigures {

    private final ReportRepository reports;
    private final AnnualReports computed;
    private final OrganizationDirectory directory;

    ReportFigures(ReportRepository reports, AnnualReports computed, OrganizationDirectory directory) {
        this.reports = reports;
        this.computed = computed;
        this.directory = directory;
    }

    /** Where one unit's figures in a roll-up come from. */
    enum Source {
        FROZEN("已提交或发布的报告（提交时固定的数据）"),
        DRAFT("报告草稿（按记录实时计算，含填报数）"),
        NONE("尚未编写报告（按记录实时计算）");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One unit's part of a roll-up. */
    record Part(Organization unit, AnnualReport report, Source source, Map<String, BigDecimal> cells) {}

    Map<String, BigDecimal> cells(AnnualReport r) {
        if (r.figuresFrozen()) {
            return reports.cells(r.id());
        }
        Map<String, BigDecimal> cells = r.scope() == AnnualReport.FiguresScope.ROLLUP
                ? sum(parts(r.organizationId(), r.year()))
                : ReportCells.of(computed.tables(r.organizationId(), r.year()));
        reports.entries(r.id()).forEach(e -> cells.put(e.cell().cell(), e.amount()));
        return cells;
    }

    /**
     * Every reporting unit under (and including) {@code officeId} with its figures for the year: its latest edition's
     * frozen cells, else its draft's, else the records'. The office's own part is its own records whatever its report
     * is, so that a roll-up report never counts itself. A report imported in the legacy format counts as the 2021 format
     * does ({@link ReportCells#as2021}).
     */
    List<Part> parts(long officeId, int year) {
        Map<Long, AnnualReport> latest = new LinkedHashMap<>();
        reports.latestOfYear(year).forEach(r -> latest.put(r.organizationId(), r));
        List<Part> parts = new ArrayList<>();
        for (long id : directory.subtree(officeId)) {
            Organization unit = directory.find(id).orElse(null);
            if (unit == null || !AnnualReports.REPORTING.contains(unit.kind())) {
                continue;
            }
            AnnualReport r = latest.get(id);
            if (r == null || (id == officeId && r.scope() == AnnualReport.FiguresScope.ROLLUP)) {
                parts.add(new Part(
                        unit, id == officeId ? null : r, Source.NONE, ReportCells.of(computed.tables(id, year))));
            } else {
                parts.add(new Part(
                        unit,
                        r,
                        r.figuresFrozen() ? Source.FROZEN : Source.DRAFT,
                        ReportCells.as2021(r.reportFormat(), cells(r))));
            }
        }
        return parts;
    }

    /** The cell-by-cell sum of the parts; the fee sums the units that entered one and is absent when none did. */
    static Map<String, BigDecimal> sum(List<Part> parts) {
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        for (Part p : parts) {
            p.cells().forEach((k, v) -> total.merge(k, v, BigDecimal::add));
        }
        return total;
    }
}
