package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.UploadedTable;
import org.gongkai.shared.XlsxGrid;

/**
 * Reads catalogs in the layouts county offices publish (RULES.md §3.3–3.4): xlsx or CSV; the standard
 * header in one or two rows, columns found by their label wherever they stand (extra columns such as
 * 三级事项, 网址 or 责任科室 are allowed); merged cells count for every row they cover; "同上" repeats the
 * cell above; √ marks audience, mode and level; ■/□ mark the channels. Every problem is collected with
 * its row and column; the caller imports nothing unless there are none.
 */
final class CatalogFileReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most rows of a workbook or a CSV file, stated on the import form. */
    static final int MAX_ROWS = 20_000;

    private static final int HEADER_SEARCH_ROWS = 15;
    private static final int MAX_PROBLEMS = 200;
    private static final Set<String> TICKS = Set.of("√", "✓", "✔", "☑", "■", "是", "Y", "YES", "1");

    enum Column {
        NUMBER,
        FIRST,
        SECOND,
        THIRD,
        CONTENT,
        BASIS,
        LIMIT,
        BODY,
        CHANNELS,
        PUBLIC,
        SPECIFIC,
        PROACTIVE,
        ON_REQUEST,
        COUNTY,
        TOWNSHIP,
        TOWNSHIP_AND_VILLAGE,
        VILLAGE
    }

    /** The eight elements 国办发〔2019〕54号 requires of every catalog entry, as columns. */
    private static final Map<String, Set<Column>> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("公开事项（二级事项）", EnumSet.of(Column.SECOND));
        REQUIRED.put("公开内容（要素）", EnumSet.of(Column.CONTENT));
        REQUIRED.put("公开依据", EnumSet.of(Column.BASIS));
        REQUIRED.put("公开时限", EnumSet.of(Column.LIMIT));
        REQUIRED.put("公开主体", EnumSet.of(Column.BODY));
        REQUIRED.put("公开渠道和载体", EnumSet.of(Column.CHANNELS));
        REQUIRED.put("公开对象（全社会/特定群体）", EnumSet.of(Column.PUBLIC, Column.SPECIFIC));
        REQUIRED.put("公开方式（主动/依申请）", EnumSet.of(Column.PROACTIVE, Column.ON_REQUEST));
    }

    private CatalogFileReader() {}

    static ImportedCatalog read(String fileName, byte[] content, AdministrativeLevel defaultLevel) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "请选择要导入的目录文件（xlsx 或 CSV）。");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("file", "文件过大（超过 10 MB）。一个领域的目录通常不超过 1 MB，请检查是否选错了文件。");
        }
        List<String> sheetNames = new ArrayList<>();
        List<List<String>> grid = UploadedTable.read(content, MAX_ROWS, XlsxGrid.MAX_COLUMNS, sheetNames, "事项目录");
        return parse(fileName, grid, sheetNames.isEmpty() ? null : sheetNames.get(0), defaultLevel);
    }

    static ImportedCatalog parse(
            String fileName, List<List<String>> grid, String sheetName, AdministrativeLevel defaultLevel) {
        int headerRow = -1;
        for (int r = 0; r < Math.min(grid.size(), HEADER_SEARCH_ROWS) && headerRow < 0; r++) {
            for (String cell : grid.get(r)) {
                if (norm(cell).startsWith("公开内容")) {
                    headerRow = r;
                    break;
                }
            }
        }
        if (headerRow < 0) {
            throw new RuleViolation("file", "文件中找不到目录的表头（应有“公开事项”“公开内容（要素）”“公开依据”“公开时限”等列），这可能不是政务公开事项标准目录。");
        }
        String title = headerRow > 0 ? String.join("", grid.get(0)).strip() : null;
        boolean twoRows = headerRow + 1 < grid.size()
                && grid.get(headerRow + 1).stream()
                        .map(CatalogFileReader::norm)
                        .anyMatch(c -> c.equals("一级事项") || c.equals("二级事项") || c.equals("全社会") || c.equals("主动"));
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> top = grid.get(headerRow);
        List<String> bottom = twoRows ? grid.get(headerRow + 1) : List.of();
        String group = "";
        for (int c = 0; c < top.size(); c++) {
            String upper = norm(top.get(c));
            if (twoRows && upper.isEmpty()) {
                upper = group; // an unmerged group heading covers the empty cells to its right
            } else {
                group = upper;
            }
            String lower = c < bottom.size() ? norm(bottom.get(c)) : "";
            Column column = column(lower.isEmpty() || lower.equals(upper) ? upper : lower, upper);
            if (column != null) {
                columns.putIfAbsent(column, c);
            }
        }
        if (!columns.containsKey(Column.SECOND) && columns.containsKey(Column.FIRST)) {
            columns.put(Column.SECOND, columns.remove(Column.FIRST));
        }
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(columns::containsKey))
                .map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation(
                    "file",
                    "目录缺少必需的列：" + String.join("、", missing) + "。国办发〔2019〕54号要求每个事项至少写明名称、内容、依据、时限、主体、方式、渠道和公开对象。");
        }

        List<ImportedCatalog.Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> previous = null;
        for (int r = headerRow + (twoRows ? 2 : 1); r < grid.size(); r++) {
            List<String> raw = grid.get(r);
            if (raw.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            String firstCell = norm(raw.isEmpty() ? "" : raw.get(0));
            if (firstCell.startsWith("标准目录要素说明") || firstCell.startsWith("注")) {
                break;
            }
            if (raw.stream().filter(v -> v != null && !v.isBlank()).count() == 1
                    && !firstCell.isEmpty()
                    && !firstCell.matches("\\d+")) {
                continue; // a section heading such as "（一）重大建设项目"
            }
            int line = r + 1;
            List<String> values = new ArrayList<>(raw);
            for (int c = 0; c < values.size(); c++) {
                if (norm(values.get(c)).equals("同上")) {
                    if (previous == null || c >= previous.size()) {
                        problem(problems, line, c, columns, "写了“同上”，但上面没有可以沿用的内容");
                    } else {
                        values.set(c, previous.get(c));
                    }
                }
            }
            previous = values;
            ImportedCatalog.Row row = row(line, values, columns, defaultLevel, problems);
            if (row != null) {
                rows.add(row);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add("问题过多，只列出前 " + MAX_PROBLEMS + " 处。");
                break;
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("表头下面没有任何事项行。");
        }
        List<String> recognized = columns.entrySet().stream()
                .map(e -> CellReference.convertNumToColString(e.getValue()) + " 列：" + label(e.getKey()))
                .toList();
        String areaHint = title != null && !title.isEmpty() ? title : sheetName;
        return new ImportedCatalog(fileName, areaHint, rows, problems, recognized);
    }

    private static ImportedCatalog.Row row(
            int line,
            List<String> v,
            Map<Column, Integer> columns,
            AdministrativeLevel defaultLevel,
            List<String> problems) {
        int before = problems.size();
        String second = value(v, columns, Column.SECOND);
        String first = value(v, columns, Column.FIRST);
        if (second == null) {
            second = first;
        }
        if (second == null) {
            problem(problems, line, columns.get(Column.SECOND), columns, "事项名称为空，请填写二级事项（或公开事项）");
        }
        Boolean isPublic = tick(v, columns, Column.PUBLIC, line, problems);
        Boolean isSpecific = tick(v, columns, Column.SPECIFIC, line, problems);
        Boolean proactive = tick(v, columns, Column.PROACTIVE, line, problems);
        Boolean onRequest = tick(v, columns, Column.ON_REQUEST, line, problems);
        Audience audience = null;
        if (Boolean.TRUE.equals(isPublic) && Boolean.TRUE.equals(isSpecific)) {
            problem(problems, line, columns.get(Column.SPECIFIC), columns, "“全社会”和“特定群体”同时打了勾，只能选一个");
        } else if (Boolean.TRUE.equals(isPublic)) {
            audience = Audience.PUBLIC;
        } else if (Boolean.TRUE.equals(isSpecific)) {
            audience = Audience.SPECIFIC_GROUP;
        } else if (isPublic != null || isSpecific != null) {
            problem(
                    problems,
                    line,
                    columns.getOrDefault(Column.PUBLIC, columns.get(Column.SPECIFIC)),
                    columns,
                    "公开对象没有打勾，请在“全社会”或“特定群体”中勾选一个");
        }
        DisclosureMode mode = null;
        if (Boolean.TRUE.equals(proactive) && Boolean.TRUE.equals(onRequest)) {
            problem(problems, line, columns.get(Column.ON_REQUEST), columns, "“主动”和“依申请公开”同时打了勾，只能选一个");
        } else if (Boolean.TRUE.equals(proactive)) {
            mode = DisclosureMode.PROACTIVE;
        } else if (Boolean.TRUE.equals(onRequest)) {
            mode = DisclosureMode.ON_REQUEST;
        } else {
            problem(
                    problems,
                    line,
                    columns.getOrDefault(Column.PROACTIVE, columns.get(Column.ON_REQUEST)),
                    columns,
                    "公开方式没有打勾，请在“主动”或“依申请公开”中勾选一个");
        }
        Set<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        boolean levelColumns = false;
        for (Column c : List.of(Column.COUNTY, Column.TOWNSHIP, Column.TOWNSHIP_AND_VILLAGE, Column.VILLAGE)) {
            if (!columns.containsKey(c)) {
                continue;
            }
            levelColumns = true;
            if (Boolean.TRUE.equals(tick(v, columns, c, line, problems))) {
                switch (c) {
                    case COUNTY -> levels.add(AdministrativeLevel.COUNTY);
                    case TOWNSHIP -> levels.add(AdministrativeLevel.TOWNSHIP);
                    case VILLAGE -> levels.add(AdministrativeLevel.VILLAGE);
                    default -> {
                        levels.add(AdministrativeLevel.TOWNSHIP);
                        levels.add(AdministrativeLevel.VILLAGE);
                    }
                }
            }
        }
        if (!levelColumns) {
            levels.add(defaultLevel);
        } else if (levels.isEmpty()) {
            problem(
                    problems,
                    line,
                    columns.getOrDefault(Column.COUNTY, columns.get(Column.TOWNSHIP)),
                    columns,
                    "公开层级没有打勾，请至少勾选一个层级");
        }
        ChannelChoice channels = channels(value(v, columns, Column.CHANNELS));
        if (channels.standard().isEmpty() && channels.local() == null) {
            problem(problems, line, columns.get(Column.CHANNELS), columns, "公开渠道和载体为空，或没有勾选（■）任何渠道");
        }
        if (problems.size() > before || second == null || audience == null || mode == null) {
            return null;
        }
        CatalogItemDraft draft = new CatalogItemDraft(
                first,
                second,
                value(v, columns, Column.THIRD),
                value(v, columns, Column.CONTENT),
                value(v, columns, Column.BASIS),
                value(v, columns, Column.LIMIT),
                value(v, columns, Column.BODY),
                channels.standard(),
                channels.local(),
                audience,
                mode,
                levels,
                noteOf(v, columns, Column.PUBLIC, Column.SPECIFIC),
                noteOf(v, columns, Column.PROACTIVE, Column.ON_REQUEST));
        try {
            return new ImportedCatalog.Row(line, CatalogCompilation.check(draft));
        } catch (RuleViolation e) {
            problem(problems, line, null, columns, e.getMessage());
            return null;
        }
    }

    record ChannelChoice(Set<Channel> standard, String local) {}

    /** "■政府网站 □政府公报 …", or a plain list such as "政府网站、公示栏". Unknown selected names stay local channels. */
    static ChannelChoice channels(String text) {
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        List<String> local = new ArrayList<>();
        if (text == null) {
            return new ChannelChoice(chosen, null);
        }
        String body = text.replaceAll("(?s)注[:：].*$", "").replace('（', '(').replace('）', ')');
        boolean marked = body.contains("■") || body.contains("□");
        List<String> selected = new ArrayList<>();
        if (marked) {
            for (String part : body.split("(?=[■□])")) {
                String p = part.strip();
                if (p.startsWith("■")) {
                    selected.add(p.substring(1).strip());
                }
            }
        } else {
            for (String part : body.split("[、,，;；\\s]+")) {
                if (!part.isBlank()) {
                    selected.add(part.strip());
                }
            }
        }
        for (String name : selected) {
            Channel channel = channel(name);
            if (channel != null) {
                chosen.add(channel);
            } else if (!name.isEmpty()) {
                local.add(name);
            }
        }
        return new ChannelChoice(chosen, local.isEmpty() ? null : String.join("、", local));
    }

    private static Channel channel(String name) {
        String n = name.replace(" ", "");
        if (n.equals("纸质载体")) {
            return Channel.PRINT_MEDIA;
        }
        if (n.startsWith("社区/企事业单位/村公示栏") || n.equals("公示栏") || n.equals("村公示栏")) {
            return Channel.NOTICE_BOARD;
        }
        for (Channel c : Channel.values()) {
            if (c.label().equals(n)) {
                return c;
            }
        }
        return null;
    }

    private static Boolean tick(
            List<String> v, Map<Column, Integer> columns, Column column, int line, List<String> problems) {
        Integer c = columns.get(column);
        if (c == null) {
            return null;
        }
        String value = c < v.size() ? norm(v.get(c)) : "";
        if (value.isEmpty() || value.equals("□") || value.equals("否")) {
            return false;
        }
        if (TICKS.contains(value.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (tickNote(value) != null) {
            return true; // √（仅限本人）: a tick with a note, kept by the caller
        }
        problem(problems, line, c, columns, "“" + value + "”不是勾选标记，请用 √ 表示选中、留空表示不选");
        return false;
    }

    /** The note of a tick written with a note in brackets, such as √（仅限本人） or √(本村村民); null otherwise. */
    static String tickNote(String cell) {
        String value = cell == null ? "" : cell.strip();
        int open = Math.max(value.indexOf('（'), value.indexOf('('));
        if (open <= 0 || !(value.endsWith("）") || value.endsWith(")"))) {
            return null;
        }
        String mark = value.substring(0, open).strip();
        String note = value.substring(open + 1, value.length() - 1).strip();
        return TICKS.contains(mark.toUpperCase(Locale.ROOT)) && !note.isEmpty() && note.length() <= 200 ? note : null;
    }

    /** The note of whichever of the two columns is ticked with one. */
    private static String noteOf(List<String> v, Map<Column, Integer> columns, Column a, Column b) {
        for (Column column : List.of(a, b)) {
            Integer c = columns.get(column);
            if (c != null && c < v.size()) {
                String note = tickNote(v.get(c));
                if (note != null) {
                    return note;
                }
            }
        }
        return null;
    }

    private static String value(List<String> v, Map<Column, Integer> columns, Column column) {
        Integer c = columns.get(column);
        if (c == null || c >= v.size() || v.get(c) == null) {
            return null;
        }
        String s = v.get(c).strip();
        return s.isEmpty() ? null : s;
    }

    private static void problem(
            List<String> problems, int line, Integer column, Map<Column, Integer> columns, String what) {
        String where = column == null
                ? ""
                : " " + CellReference.convertNumToColString(column) + " 列（"
                        + columns.entrySet().stream()
                                .filter(e -> e.getValue().equals(column))
                                .findFirst()
                                .map(e -> label(e.getKey()))
                                .orElse("")
                        + "）";
        problems.add("第 " + line + " 行" + where + "：" + what + "。");
    }

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
    }

    private static Column column(String label, String group) {
        if (label.equals("序号")) {
            return Column.NUMBER;
        }
        if (label.equals("一级事项")) {
            return Column.FIRST;
        }
        if (label.equals("二级事项") || label.equals("公开事项") || label.equals("事项名称")) {
            return Column.SECOND;
        }
        if (label.equals("三级事项")) {
            return Column.THIRD;
        }
        if (label.startsWith("公开内容")) {
            return Column.CONTENT;
        }
        if (label.startsWith("公开依据")) {
            return Column.BASIS;
        }
        if (label.startsWith("公开时限")) {
            return Column.LIMIT;
        }
        if (label.startsWith("公开主体")) {
            return Column.BODY;
        }
        if (label.startsWith("公开渠道")) {
            return Column.CHANNELS;
        }
        if (label.equals("全社会")) {
            return Column.PUBLIC;
        }
        if (label.startsWith("特定群")) {
            return Column.SPECIFIC;
        }
        if (label.equals("主动") || label.equals("主动公开")) {
            return Column.PROACTIVE;
        }
        if (label.startsWith("依申请")) {
            return Column.ON_REQUEST;
        }
        boolean levelGroup = group.contains("层级");
        if (label.equals("乡、村级") || label.equals("乡村级")) {
            return Column.TOWNSHIP_AND_VILLAGE;
        }
        if (label.equals("县级") || levelGroup && (label.endsWith("市级") || label.endsWith("区级"))) {
            return Column.COUNTY;
        }
        if (label.equals("乡级") || levelGroup && (label.equals("镇街乡") || label.equals("镇级") || label.equals("乡镇级"))) {
            return Column.TOWNSHIP;
        }
        if (label.equals("村级") || levelGroup && label.equals("村")) {
            return Column.VILLAGE;
        }
        return null;
    }

    private static String label(Column c) {
        return switch (c) {
            case NUMBER -> "序号";
            case FIRST -> "一级事项";
            case SECOND -> "二级事项";
            case THIRD -> "三级事项";
            case CONTENT -> "公开内容（要素）";
            case BASIS -> "公开依据";
            case LIMIT -> "公开时限";
            case BODY -> "公开主体";
            case CHANNELS -> "公开渠道和载体";
            case PUBLIC -> "全社会";
            case SPECIFIC -> "特定群体";
            case PROACTIVE -> "主动";
            case ON_REQUEST -> "依申请公开";
            case COUNTY -> "县级";
            case TOWNSHIP -> "乡级";
            case TOWNSHIP_AND_VILLAGE -> "乡、村级";
            case VILLAGE -> "村级";
        };
    }
}
