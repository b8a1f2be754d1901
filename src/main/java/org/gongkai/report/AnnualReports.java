package org.gongkai.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.information.AnnualFigures;
import org.gongkai.information.DocumentType;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.RequestStatistics;
import org.gongkai.request.StatisticsRow;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's annual report tables for a year, computed from the live records (issue 12 §1): table 二 from the
 * information module's published records, tables 三 and 四 from the request module's cases and remedies. Read by the
 * unit's signer and the supervising office; a year without activity is a report of zeros.
 */
@Service
public class AnnualReports {

    /** Who reads a unit's report: its editors, who write it, its signers, and the supervising office. */
    static final Set<Role> READERS = EnumSet.of(Role.SUPERVISOR, Role.SIGNER, Role.EDITOR);

    /** The units that report: people's governments, their departments, townships and subdistricts (第四十九条). */
    static final Set<OrganizationKind> REPORTING = EnumSet.of(
            OrganizationKind.PEOPLES_GOVERNMENT,
            OrganizationKind.DEPARTMENT,
            OrganizationKind.TOWNSHIP,
            OrganizationKind.SUBDISTRICT);

    private final AnnualFigures figures;
    private final RequestStatistics statistics;
    private final OrganizationDirectory directory;
    private final AccessControl access;

    AnnualReports(
            AnnualFigures figures,
            RequestStatistics statistics,
            OrganizationDirectory directory,
            AccessControl access) {
        this.figures = figures;
        this.statistics = statistics;
        this.directory = directory;
        this.access = access;
    }

    /** The reporting units the current staff member may read, in directory order. */
    @Transactional(readOnly = true)
    public List<Organization> units() {
        OrganizationScope scope = access.scope(READERS);
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> REPORTING.contains(o.kind()))
                .filter(o -> scope.covers(o.id()))
                .toList();
    }

    /** Every reporting unit, in directory order, whoever asks. */
    List<Organization> allUnits() {
        return directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> REPORTING.contains(o.kind()))
                .toList();
    }

    /** Most records or cases a drill-down lists. */
    public static final int DRILL_LIMIT = RequestStatistics.DRILL_LIMIT;

    /** The cases one cell of table 三 counts (issue 12 §1); {@code kind} null for the 总计 column. */
    @Transactional(readOnly = true)
    public List<RequestStatistics.CountedCase> casesIn(
            long organizationId, int year, StatisticsRow row, ApplicantKind kind) {
        reporting(organizationId);
        return statistics.casesIn(organizationId, year, row, kind);
    }

    /** The records one cell of table 二 counts. */
    @Transactional(readOnly = true)
    public List<AnnualFigures.CountedRecord> recordsIn(
            long organizationId, int year, DocumentType type, AnnualFigures.Figure figure) {
        reporting(organizationId);
        boolean decision = type == DocumentType.LICENSING_DECISION
                || type == DocumentType.PENALTY_DECISION
                || type == DocumentType.ENFORCEMENT_DECISION;
        if (decision != (figure == AnnualFigures.Figure.DECISIONS) || (!decision && !type.isNormative())) {
            throw new RuleViolation("type", "表二没有这一格。");
        }
        return figures.records(organizationId, year, type, figure, DRILL_LIMIT);
    }

    @Transactional(readOnly = true)
    public ReportTables tables(long organizationId, int year) {
        Organization unit = reporting(organizationId);
        RequestStatistics.Grid three = statistics.grid(organizationId, year);
        Map<DocumentType, AnnualFigures.DocumentCounts> documents = figures.normativeDocuments(organizationId, year);
        Map<DocumentType, Long> decisions = figures.decisions(organizationId, year);
        TableTwo two = new TableTwo(
                documents.get(DocumentType.REGULATION),
                documents.get(DocumentType.NORMATIVE_DOCUMENT),
                decisions.get(DocumentType.LICENSING_DECISION),
                decisions.get(DocumentType.PENALTY_DECISION),
                decisions.get(DocumentType.ENFORCEMENT_DECISION),
                null);
        return new ReportTables(
                organizationId, unit.name(), year, two, three, statistics.tableFour(organizationId, year));
    }

    /** The unit, when the current staff member may read its report and it is a unit that reports. */
    private Organization reporting(long organizationId) {
        access.requireAny(READERS, organizationId, "REPORT_READ");
        return unit(organizationId);
    }

    /** Refuses a year the 2021 format does not cover or that is out of range. */
    void checkYear(int year) {
        if (year < 2008 || year > 2099) {
            throw new RuleViolation("year", "年度应在 2008 至 2099 之间（条例自 2008 年 5 月 1 日施行）。");
        }
    }

    /** The unit, when it is one that reports (the caller has checked who may act). */
    Organization unit(long organizationId) {
        return directory
                .find(organizationId)
                .filter(o -> REPORTING.contains(o.kind()))
                .orElseThrow(() -> new RuleViolation("organizationId", "该单位不编制政府信息公开工作年度报告。"));
    }
}
