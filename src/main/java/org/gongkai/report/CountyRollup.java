package org.gongkai.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county-wide summary (issue 12 §6): the supervising office adds the tables of every reporting unit under its
 * people's government — each unit's submitted report where there is one, else its figures as the records give them —
 * and runs the same checks on the sum, the basis of the government's own report (a report of scope ROLLUP).
 */
@Service
public class CountyRollup {

    private final ReportFigures figures;
    private final AnnualReports reports;
    private final OrganizationDirectory directory;
    private final AccessControl access;

    CountyRollup(ReportFigures figures, AnnualReports reports, OrganizationDirectory directory, AccessControl access) {
        this.figures = figures;
        this.reports = reports;
        this.directory = directory;
        this.access = access;
    }

    /** One unit's part: its report (null when none), where its figures come from, and its own tables. */
    public record UnitPart(Organization unit, AnnualReport report, String source, ReportTables tables) {}

    /** The summed tables, the units that make them up, what does not balance and what is missing. */
    public record Rollup(
            Organization office,
            int year,
            ReportTables tables,
            List<UnitPart> units,
            List<String> problems,
            List<String> notes) {}

    /** The people's governments the staff member supervises. */
    @Transactional(readOnly = true)
    public List<Organization> offices() {
        OrganizationScope scope = access.scope(List.of(Role.SUPERVISOR));
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> o.kind() == OrganizationKind.PEOPLES_GOVERNMENT && scope.covers(o.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Rollup rollup(long officeId, int year) {
        access.require(Role.SUPERVISOR, officeId, "REPORT_ROLLUP");
        Organization office = directory
                .find(officeId)
                .filter(o -> o.kind() == OrganizationKind.PEOPLES_GOVERNMENT)
                .orElseThrow(() -> new NotFound("只有人民政府可以汇总所属单位的年度报告。"));
        reports.checkYear(year);
        List<ReportFigures.Part> parts = figures.parts(officeId, year);
        Map<String, BigDecimal> sum = ReportFigures.sum(parts);
        ReportTables tables = ReportCells.tables(officeId, office.name() + "（汇总）", year, sum);
        List<UnitPart> units = parts.stream()
                .map(p -> new UnitPart(
                        p.unit(),
                        p.report(),
                        p.source().label(),
                        ReportCells.tables(p.unit().id(), p.unit().name(), year, p.cells())))
                .toList();
        List<String> notes = new java.util.ArrayList<>();
        List<String> noFee = parts.stream()
                .filter(p -> !p.cells().containsKey(ReportCells.FEE))
                .map(p -> p.unit().name())
                .toList();
        if (!noFee.isEmpty()) {
            notes.add("以下单位尚未填报行政事业性收费金额，汇总数不含它们：" + String.join("、", noFee) + "。");
        }
        List<String> legacy = parts.stream()
                .filter(p -> p.report() != null && p.report().reportFormat() == ReportFormat.V2019)
                .map(p -> p.unit().name())
                .toList();
        if (!legacy.isEmpty()) {
            notes.add("以下单位的报告是按旧格式（2019年版）导入的：其表二各项与2021年版不同，未计入汇总；表三“（六）其他处理”计入“3.其他”：" + String.join("、", legacy)
                    + "。");
        }
        List<String> noReport = parts.stream()
                .filter(p -> p.source() == ReportFigures.Source.NONE && p.unit().id() != officeId)
                .map(p -> p.unit().name())
                .toList();
        if (!noReport.isEmpty()) {
            notes.add("以下单位尚未编写报告，按平台记录实时计算：" + String.join("、", noReport) + "。");
        }
        return new Rollup(office, year, tables, units, tables.problems(), notes);
    }
}
