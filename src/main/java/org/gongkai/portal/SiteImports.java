package org.gongkai.portal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A province's 网站群 brought up from a list (issue 13): the supervising office uploads its sites as xlsx or CSV, one
 * per row, and every row is registered or brought up to date, or none is. Rows are matched to the sites already there
 * by host name; a site is never removed by an import. Each row is checked as the console form checks one site, and
 * every fault is reported with its row and column in one answer. The list the office manages downloads in the same
 * layout ({@link #export}), so the way to change many sites is to download, edit and upload again.
 */
@Service
public class SiteImports {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Lines of the file, header included: a province has a few thousand sites; the limit is stated on the form. */
    public static final int MAX_ROWS = 10_000;

    static final int MAX_COLUMNS = 32;
    static final int MAX_PROBLEMS = 200;
    private static final int HEADER_SEARCH_ROWS = 5;

    /** The columns of the list, as the export writes them and the import reads them. */
    enum Column {
        HOST("域名", "host", true, "网站域名", "主机名"),
        NAME("网站名称", "name", true, "名称"),
        SITE_CODE("网站标识码", "siteCode", false, "标识码"),
        UNIT("所属单位", null, false, "单位", "单位名称"),
        CREDIT_CODE("所属单位统一社会信用代码", null, false, "统一社会信用代码", "信用代码"),
        SPONSOR("主办单位", "sponsor", false),
        OPERATOR("承办单位", "operator", false),
        ICP("ICP备案号", "icpNumber", false, "ICP备案编号"),
        POLICE("公安机关备案号", "policeNumber", false, "公安备案号"),
        ERROR_REPORT("我为政府网站找错链接", "errorReportUrl", false, "找错链接"),
        CONAC("党政机关网站标识链接", "conacUrl", false, "党政机关标识链接");

        final String label;
        /** The field of {@link SiteForm} that this column fills, as {@link Sites#check} names its faults. */
        final String field;

        final boolean required;
        final List<String> aliases;

        Column(String label, String field, boolean required, String... aliases) {
            this.label = label;
            this.field = field;
            this.required = required;
            this.aliases = List.of(aliases);
        }

        static Column labelled(String cell) {
            String text = normalized(cell);
            for (Column c : values()) {
                if (normalized(c.label).equals(text)
                        || c.aliases.stream().anyMatch(a -> normalized(a).equals(text))) {
                    return c;
                }
            }
            return null;
        }
    }

    /** What an import did; {@code ignoredColumns} are header cells that name no column of the list. */
    public record Result(int added, int changed, int unchanged, List<String> ignoredColumns) {}

    /** The list was refused, nothing was imported: every fault with its row (at most {@value #MAX_PROBLEMS}). */
    public static final class Refused extends RuleViolation {
        private final List<String> problems;
        private final int count;

        Refused(List<String> problems, int count) {
            super("file", "网站清单有 " + count + " 处需要修改，未导入任何网站。请改正后重新上传整个清单。");
            this.problems = List.copyOf(problems);
            this.count = count;
        }

        public List<String> problems() {
            return problems;
        }

        /** How many faults there were, listed or not. */
        public int count() {
            return count;
        }
    }

    private final Sites sites;
    private final JdbcClient jdbc;
    private final AccessControl access;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;

    SiteImports(Sites sites, JdbcClient jdbc, AccessControl access, OrganizationDirectory directory, AuditTrail audit) {
        this.sites = sites;
        this.jdbc = jdbc;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    /** One data row of the list: its row number in the file and its settings as the console form would send them. */
    private record Row(int number, SiteForm form, String unitName, String creditCode) {}

    /** Reads the list, checks every row, then registers or changes every site in it in one transaction. */
    @Transactional
    public Result importFile(String fileName, byte[] content) {
        access.requireAnywhere(Role.SUPERVISOR, "SITE_IMPORT");
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "请选择要导入的网站清单（xlsx 或 CSV）。");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation(
                    "file", "文件过大（超过 " + MAX_BYTES / 1024 / 1024 + " MB）。" + MAX_ROWS + " 个网站的清单不到 2 MB，请检查是否选错了文件。");
        }
        List<List<String>> grid = UploadedTable.read(content, MAX_ROWS, MAX_COLUMNS, new ArrayList<>(), "网站清单");
        Problems problems = new Problems();
        List<String> ignored = new ArrayList<>();
        List<Row> rows = rows(grid, problems, ignored);

        Map<String, Organization> byCreditCode = new HashMap<>();
        Map<String, List<Organization>> byName = new HashMap<>();
        for (OrganizationDirectory.Entry e : directory.tree()) {
            Organization o = e.organization();
            if (o.creditCode() != null && !o.creditCode().isBlank()) {
                byCreditCode.put(o.creditCode().strip().toUpperCase(Locale.ROOT), o);
            }
            byName.computeIfAbsent(o.name(), n -> new ArrayList<>()).add(o);
        }
        Map<String, Site> existing = new HashMap<>();
        for (Site s : sites.fromDatabase()) {
            existing.put(s.host(), s);
        }
        Map<String, Integer> hostRows = new HashMap<>();
        List<Sites.Checked> checked = new ArrayList<>();
        boolean outOfScope = false;
        for (Row row : rows) {
            Organization unit = unit(row, byCreditCode, byName, problems);
            InvalidFields.Collector errors = new InvalidFields.Collector();
            Sites.Checked site = Sites.check(row.form(), unit, errors);
            for (Map.Entry<String, String> e : errors.errors().entrySet()) {
                problems.add(row.number(), columnOf(e.getKey()), e.getValue());
            }
            if (!errors.has("host")) {
                Integer first = hostRows.putIfAbsent(site.host(), row.number());
                if (first != null) {
                    problems.add(
                            row.number(), Column.HOST, "域名“" + site.host() + "”与第 " + first + " 行重复，一个域名只能对应一个网站。");
                }
            }
            if (unit == null) {
                continue;
            }
            Site before = errors.has("host") ? null : existing.get(site.host());
            if (!access.can(Role.SUPERVISOR, unit.id())) {
                problems.add(row.number(), Column.UNIT, "“" + unit.name() + "”不在您主管的范围内，不能为它登记网站。");
                outOfScope = true;
            } else if (before != null && !access.can(Role.SUPERVISOR, before.organizationId())) {
                problems.add(row.number(), Column.HOST, "域名“" + site.host() + "”已是您主管范围以外的单位的网站，不能修改。");
                outOfScope = true;
            }
            checked.add(site);
        }
        if (rows.isEmpty() && problems.count() == 0) {
            problems.add(0, null, "清单中没有网站：表头下面每行填写一个网站。");
        }
        if (problems.count() > 0) {
            if (outOfScope) {
                audit.recordIndependently(null, "SITE_IMPORT", "platform", Outcome.DENIED, "网站清单含主管范围以外的单位，未导入");
            }
            throw new Refused(problems.listed, problems.count());
        }

        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (Sites.Checked site : checked) {
            Site before = existing.get(site.host());
            if (before == null) {
                sites.insert(site, "导入新增网站 ");
                added++;
            } else if (site.sameAs(before)) {
                unchanged++;
            } else {
                sites.update(before.id(), before.version(), site, "导入修改网站 ");
                changed++;
            }
        }
        audit.record(
                "SITE_IMPORT",
                "platform",
                Outcome.SUCCESS,
                "导入网站清单 " + clip(fileName) + "：新增 " + added + " 个，修改 " + changed + " 个，未变 " + unchanged + " 个");
        if (added + changed > 0) {
            sites.changed(new SitesImported(added, changed));
        }
        return new Result(added, changed, unchanged, ignored);
    }

    /** The sites this member of staff manages, in the layout the import reads (CSV, UTF-8 with a byte-order mark). */
    @Transactional(readOnly = true)
    public byte[] export() {
        access.requireAnywhere(Role.SUPERVISOR, "SITE_EXPORT");
        Map<Long, Organization> units = new HashMap<>();
        directory.tree().forEach(e -> units.put(e.organization().id(), e.organization()));
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // Excel opens UTF-8 CSV as such only with the mark
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (Column c : Column.values()) {
                csv.print(c.label);
            }
            csv.println();
            for (Site s : sites.manageable()) {
                Organization unit = units.get(s.organizationId());
                csv.printRecord(
                        s.host(),
                        s.name(),
                        s.siteCode(),
                        unit == null ? null : unit.name(),
                        unit == null ? null : unit.creditCode(),
                        s.sponsor(),
                        s.operator(),
                        s.icpNumber(),
                        s.policeNumber(),
                        s.errorReportUrl(),
                        s.conacUrl());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The data rows under the header, blank rows skipped; the header's faults go to {@code problems}. */
    private static List<Row> rows(List<List<String>> grid, Problems problems, List<String> ignored) {
        int header = -1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, grid.size()) && header < 0; i++) {
            if (grid.get(i).stream().anyMatch(cell -> Column.labelled(cell) == Column.HOST)) {
                header = i;
            }
        }
        if (header < 0) {
            problems.add(0, null, "没有找到表头：清单的第一行应为列名，至少包括“域名”“网站名称”和“所属单位”（或“所属单位统一社会信用代码”）。" + "可先下载网站清单，按其格式填写。");
            return List.of();
        }
        Map<Column, Integer> at = new LinkedHashMap<>();
        List<String> cells = grid.get(header);
        for (int j = 0; j < cells.size(); j++) {
            String cell = cells.get(j) == null ? "" : cells.get(j).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Column c = Column.labelled(cell);
            if (c == null) {
                ignored.add(cell.length() > 20 ? cell.substring(0, 20) + "…" : cell);
            } else if (at.putIfAbsent(c, j) != null) {
                problems.add(header + 1, c, "表头中“" + c.label + "”出现了两次，请只保留一列。");
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !at.containsKey(c)) {
                problems.add(header + 1, null, "表头缺少“" + c.label + "”列。");
            }
        }
        if (!at.containsKey(Column.UNIT) && !at.containsKey(Column.CREDIT_CODE)) {
            problems.add(header + 1, null, "表头缺少“所属单位”列（或“所属单位统一社会信用代码”列）。");
        }
        if (problems.count() > 0) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = header + 1; i < grid.size(); i++) {
            List<String> line = grid.get(i);
            if (line.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            Map<Column, String> v = new LinkedHashMap<>();
            at.forEach((c, j) -> v.put(c, j < line.size() ? line.get(j) : null));
            rows.add(new Row(
                    i + 1,
                    new SiteForm(
                            v.get(Column.HOST),
                            v.get(Column.NAME),
                            v.get(Column.SITE_CODE),
                            null,
                            v.get(Column.SPONSOR),
                            v.get(Column.OPERATOR),
                            v.get(Column.ICP),
                            v.get(Column.POLICE),
                            v.get(Column.ERROR_REPORT),
                            v.get(Column.CONAC),
                            null),
                    blankToNull(v.get(Column.UNIT)),
                    blankToNull(v.get(Column.CREDIT_CODE))));
        }
        return rows;
    }

    /** The row's unit: by its credit code when given, else by its name, which must then name one unit. */
    private static Organization unit(
            Row row,
            Map<String, Organization> byCreditCode,
            Map<String, List<Organization>> byName,
            Problems problems) {
        if (row.creditCode() != null) {
            Organization o = byCreditCode.get(row.creditCode().toUpperCase(Locale.ROOT));
            if (o == null) {
                problems.add(
                        row.number(),
                        Column.CREDIT_CODE,
                        "没有统一社会信用代码为“" + clip(row.creditCode()) + "”的单位，请核对，或删去代码只填单位名称。");
            } else if (row.unitName() != null && !row.unitName().equals(o.name())) {
                problems.add(
                        row.number(),
                        Column.UNIT,
                        "统一社会信用代码对应的单位是“" + o.name() + "”，与所填单位名称“" + clip(row.unitName()) + "”不一致。");
                return null;
            }
            return o;
        }
        if (row.unitName() == null) {
            problems.add(row.number(), Column.UNIT, "请填写网站所属单位的名称（与机构管理中的名称一致）或统一社会信用代码。");
            return null;
        }
        List<Organization> named = byName.getOrDefault(row.unitName(), List.of());
        if (named.isEmpty()) {
            problems.add(
                    row.number(), Column.UNIT, "没有名为“" + clip(row.unitName()) + "”的单位，请填写机构管理中的单位全称，或填写其统一社会信用代码。");
            return null;
        }
        if (named.size() > 1) {
            problems.add(
                    row.number(),
                    Column.UNIT,
                    "名为“" + clip(row.unitName()) + "”的单位有 " + named.size() + " 个，请填写其统一社会信用代码以区分。");
            return null;
        }
        return named.get(0);
    }

    private static Column columnOf(String field) {
        for (Column c : Column.values()) {
            if (field.equals(c.field)) {
                return c;
            }
        }
        return null;
    }

    /** The faults found, in row order, the first {@value #MAX_PROBLEMS} listed. */
    private static final class Problems {
        private final List<String> listed = new ArrayList<>();
        private int count;

        void add(int row, Column column, String message) {
            count++;
            if (listed.size() < MAX_PROBLEMS) {
                String where =
                        row == 0 ? "" : "第 " + row + " 行" + (column == null ? "" : "“" + column.label + "”") + "：";
                listed.add(where + message);
            }
        }

        int count() {
            return count;
        }
    }

    private static String normalized(String s) {
        return s == null ? "" : s.replaceAll("[\\s*＊]", "").toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
