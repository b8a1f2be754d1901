package org.gongkai.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.XlsxGrid;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of earlier years brought into the platform (issue 12 §8), so that the cross-year check and comparisons work
 * from the first year of use, in the format the year's reports were published in ({@link ReportFormat}: the 2021
 * format, or the legacy one of the 2019 and 2020 reports): a workbook in the layout of the report's own .xlsx (tables
 * 二, 三 and 四 on the first three sheets, merged as the format prints them; the template is that file with zeros), or
 * the figures typed into the same layout. Every label must be where the format puts it and every figure of its cell's
 * type ({@link CellType}): a missing row, a text in a number cell or a shifted column is refused naming the sheet, row
 * and column, and nothing is saved. What is read is kept as it was published: a report whose tables do not balance is
 * imported with its failing checks listed, never "fixed".
 */
@Service
public class ReportImports {

    /** A report workbook is a few kilobytes; anything near this is not one. */
    public static final int MAX_MEGABYTES = 2;

    static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private static final int MAX_ROWS = 200;
    private static final int MAX_PROBLEMS = 30;
    private static final String[] SHEETS = {"表二", "表三", "表四"};

    /** The first year whose reports are in a format the platform knows (the legacy format, RULES §2.6). */
    static final int FIRST_YEAR = 2019;

    private final ReportRepository reports;
    private final AnnualReports units;
    private final ReportFiles files;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReportImports(
            ReportRepository reports,
            AnnualReports units,
            ReportFiles files,
            AccessControl access,
            AuditTrail audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.reports = reports;
        this.units = units;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The template of a format: the report's own .xlsx in that format with every figure zero, to fill in and import. */
    public byte[] template(ReportFormat format) {
        return files.xlsx(new ReportFiles.Contents(
                "政府信息公开工作年度报告（" + format.key() + "年版格式）", List.of(), null, typingLayout(format)));
    }

    /**
     * Imports a unit's published report of an earlier year from its workbook in the year's format; refused, with every
     * problem found, when the workbook is not in the format's layout, and when the unit already has a report for the
     * year.
     */
    @Transactional
    public long importWorkbook(
            long organizationId, int year, ReportFormat format, LocalDate publishedOn, String source, byte[] content) {
        Organization unit = checkImport(organizationId, year, format, publishedOn, source);
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "请选择要导入的 .xlsx 文件。");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("file", "文件超过 " + MAX_BYTES / 1024 / 1024 + " MB，不像一份年度报告统计表。");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new RuleViolation("file", "只能导入 .xlsx 文件（可先下载模板，填写后导入）。");
        }
        return save(unit, year, format, publishedOn, source, read(format, content));
    }

    /** The tables of a format as printed, with the key of every figure (all zero), for typing a report in (§8). */
    public List<PrintedTable> typingLayout(ReportFormat format) {
        Map<String, BigDecimal> zeros = new LinkedHashMap<>();
        format.keys().forEach(k -> zeros.put(k, BigDecimal.ZERO));
        return ReportLayout.tables(format, zeros);
    }

    /** Every figure's name with the format's labels, by key, for the typing form's accessible names. */
    public Map<String, String> labels(ReportFormat format) {
        Map<String, String> labels = new LinkedHashMap<>();
        format.keys().forEach(k -> labels.put(k, ReportCells.label(k)));
        return labels;
    }

    /**
     * Imports a unit's published report of an earlier year from its figures typed in the printed layout of the year's
     * format, with the same checks as a workbook: every figure present and of its cell's type, or nothing is saved.
     */
    @Transactional
    public long importTyped(
            long organizationId,
            int year,
            ReportFormat format,
            LocalDate publishedOn,
            String source,
            Map<String, String> typed) {
        Organization unit = checkImport(organizationId, year, format, publishedOn, source);
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String key : format.keys()) {
            String found = typed == null || typed.get(key) == null
                    ? ""
                    : typed.get(key).strip();
            BigDecimal v = figure(key, found);
            if (v == null) {
                problems.add("“" + ReportCells.label(key) + "”应为"
                        + ReportFormat.type(key).expected() + "，实为“" + shorten(found) + "”。");
            } else {
                cells.put(key, v);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(
                    "cells",
                    "有 " + problems.size() + " 格填写有误，未导入任何数据："
                            + String.join(" ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))));
        }
        return save(unit, year, format, publishedOn, source, cells);
    }

    /** A figure of the cell as typed, or null when it is not of the cell's type ({@link CellType}). */
    private static BigDecimal figure(String key, String found) {
        try {
            return ReportFormat.type(key).read(found);
        } catch (CellType.Refused e) {
            return null;
        }
    }

    private Organization checkImport(
            long organizationId, int year, ReportFormat format, LocalDate publishedOn, String source) {
        access.requireAny(AnnualReporting.WRITERS, organizationId, "REPORT_IMPORT");
        Organization unit = units.unit(organizationId);
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_YEAR || year >= today.getYear()) {
            throw new RuleViolation(
                    "year",
                    "只能导入已结束年度（" + FIRST_YEAR + " 年至 " + (today.getYear() - 1) + " 年）的报告；" + FIRST_YEAR
                            + " 年以前的年度报告格式不同，不能导入。");
        }
        if (!format.usedFor(year)) {
            throw new RuleViolation(
                    "format", year + "年度的报告不是按" + format.label() + "发布的（该格式用于 " + format.years() + "），请选择原报告所用的格式。");
        }
        if (publishedOn == null || publishedOn.isAfter(today) || publishedOn.getYear() <= year) {
            throw new RuleViolation("publishedOn", "请填写该报告原来的发布日期（" + (year + 1) + "年以后，不晚于今天）。");
        }
        String note = source == null ? "" : source.strip();
        if (note.length() < 2 || note.length() > 500) {
            throw new RuleViolation("source", "请写明原报告的发布处（网址或文号，2 至 500 字），以便核对。");
        }
        if (!reports.editions(organizationId, year).isEmpty()) {
            throw exists(unit, year);
        }
        return unit;
    }

    private long save(
            Organization unit,
            int year,
            ReportFormat format,
            LocalDate publishedOn,
            String source,
            Map<String, BigDecimal> cells) {
        long organizationId = unit.id();
        String note = source.strip();
        long id;
        try {
            id = reports.insertImported(
                    organizationId,
                    year,
                    format,
                    publishedOn.atStartOfDay(clock.getZone()).toInstant(),
                    note,
                    Actors.currentName(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw exists(unit, year);
        }
        reports.replaceCells(id, cells);
        // the unit's 年报 column lists it as an earlier report (the portal's pages follow)
        events.publishEvent(new ReportPublished(organizationId, year, 1));
        List<String> problems =
                ReportCells.problems(format, ReportCells.tables(format, organizationId, unit.name(), year, cells));
        audit.record(
                "REPORT_IMPORT",
                "annual-report:" + id,
                Outcome.SUCCESS,
                unit.name() + year + "年度（" + format.label() + "）"
                        + (problems.isEmpty() ? "" : "（" + problems.size() + "项校验不成立）"));
        return id;
    }

    /** Every figure of the workbook by its cell key, or a refusal listing what is not where the format puts it. */
    static Map<String, BigDecimal> read(ReportFormat format, byte[] content) {
        List<List<List<String>>> sheets;
        List<String> names = new ArrayList<>();
        try {
            sheets = XlsxGrid.readSheets(content, 3, MAX_ROWS, names, "年度报告统计表");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation v) {
                throw v;
            }
            throw new RuleViolation("file", "无法读取该文件，请确认是 .xlsx 格式的年度报告统计表。");
        }
        if (sheets.size() < 3) {
            throw new RuleViolation("file", "工作簿应有 3 个工作表（表二、表三、表四），只找到 " + sheets.size() + " 个。");
        }
        List<PrintedTable> expected = ReportLayout.tables(format, Map.of());
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            read(
                    SHEETS[t] + "（第" + (t + 1) + "个工作表“" + names.get(t) + "”）",
                    sheets.get(t),
                    expected.get(t),
                    cells,
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(
                    "file",
                    "文件与年度报告格式不符，未导入任何数据："
                            + String.join(" ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)))
                            + (problems.size() > MAX_PROBLEMS ? " 等 " + problems.size() + " 处。" : ""));
        }
        return cells;
    }

    private static void read(
            String sheet,
            List<List<String>> grid,
            PrintedTable layout,
            Map<String, BigDecimal> cells,
            List<String> problems) {
        // the table starts at the row of its first heading (a title row above it is allowed)
        String first = layout.rows().get(0).get(0).text();
        int top = -1;
        for (int r = 0; r < Math.min(grid.size(), 5) && top < 0; r++) {
            if (!grid.get(r).isEmpty() && normal(grid.get(r).get(0)).equals(normal(first))) {
                top = r;
            }
        }
        if (top < 0) {
            problems.add(sheet + "：前 5 行的 A 列没有找到“" + first + "”，请使用年度报告统计表的格式。");
            return;
        }
        for (List<PrintedTable.Cell> row : layout.rows()) {
            for (PrintedTable.Cell cell : row) {
                int r = top + cell.row();
                String found = r < grid.size() && cell.column() < grid.get(r).size()
                        ? grid.get(r).get(cell.column()).strip()
                        : "";
                String where =
                        sheet + "第 " + (r + 1) + " 行 " + CellReference.convertNumToColString(cell.column()) + " 列";
                if (!cell.number()) {
                    if (!normal(found).equals(normal(cell.text()))) {
                        problems.add(where + "应为“" + cell.text() + "”，实为“" + shorten(found) + "”（缺行或错列）。");
                    }
                    continue;
                }
                BigDecimal v = figure(cell.key(), found);
                if (v == null) {
                    problems.add(where + "（" + ReportCells.label(cell.key()) + "）应为"
                            + ReportFormat.type(cell.key()).expected() + "，实为“" + shorten(found) + "”。");
                    continue;
                }
                cells.put(cell.key(), v);
            }
        }
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    private static RuleViolation exists(Organization unit, int year) {
        return new RuleViolation("year", unit.name() + year + "年度的报告已经在本平台，不能再导入。");
    }
}
