package org.gongkai.shared;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV text: quoted fields may hold commas, quotes ("") and line breaks. */
public final class Csv {

    private Csv() {}

    /** The rows of the text, each a list of fields; a leading byte-order mark is ignored. */
    public static List<List<String>> parse(String text) {
        return parse(text, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The rows of an uploaded text, refused with a message as soon as it has more rows or a row more fields
     * than allowed, before the rest is read.
     */
    public static List<List<String>> parse(String text, int maxRows, int maxFields) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                add(row, field, maxFields, rows.size() + 1);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                add(row, field, maxFields, rows.size() + 1);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > maxRows) {
                    throw new RuleViolation("file", "文件行数超过 " + maxRows + " 行，请按领域拆分后分别导入。");
                }
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            add(row, field, maxFields, rows.size() + 1);
            rows.add(row);
        }
        return rows;
    }

    /** Ends a field: empty fields past the limit (a spreadsheet's padding) are dropped, others refused. */
    private static void add(List<String> row, StringBuilder field, int maxFields, int line) {
        if (row.size() >= maxFields) {
            if (!field.toString().isBlank()) {
                throw new RuleViolation(
                        "file",
                        "第 " + line + " 行第 " + (row.size() + 1) + " 列有内容，超出了目录的范围（最多 " + maxFields
                                + " 列）。请删除多余的列后重新导入。");
            }
        } else {
            row.add(field.toString());
        }
        field.setLength(0);
    }
}
