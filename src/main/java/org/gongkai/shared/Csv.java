package org.gongkai.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV text with Commons CSV (quoted fields may hold commas, quotes ("") and line breaks), bounded for
 * uploads: refused with a Chinese message as soon as the text has more rows, or a row more non-empty fields, than
 * allowed, before the rest is read.
 */
public final class Csv {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private Csv() {}

    /** The rows of the text, each a list of fields; a leading byte-order mark is ignored. */
    public static List<List<String>> parse(String text) {
        return parse(text, Integer.MAX_VALUE, Integer.MAX_VALUE, "文件");
    }

    /**
     * The rows of an uploaded text; empty fields past {@code maxFields} (a spreadsheet's padding) are dropped, a
     * field with content there is refused. Messages name what the file should have been ({@code what}, e.g. 事项目录).
     */
    public static List<List<String>> parse(String text, int maxRows, int maxFields, String what) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(body))
                .setFormat(FORMAT)
                .get()) {
            for (CSVRecord record : parser) {
                int line = rows.size() + 1;
                if (line > maxRows) {
                    throw new RuleViolation("file", "文件行数超过 " + maxRows + " 行，不像一份" + what + "，请拆分后分别导入。");
                }
                List<String> row = new ArrayList<>(Math.min(record.size(), maxFields));
                for (int i = 0; i < record.size(); i++) {
                    String field = record.get(i);
                    if (i < maxFields) {
                        row.add(field);
                    } else if (!field.isBlank()) {
                        throw new RuleViolation(
                                "file",
                                "第 " + line + " 行第 " + (i + 1) + " 列有内容，超出了" + what + "的范围（最多 " + maxFields
                                        + " 列）。请删除多余的列后重新导入。");
                    }
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RuleViolation("file", "第 " + (rows.size() + 1) + " 行的引号没有配对（以英文双引号开始的内容须以双引号结束），请检查后重新导入。");
        }
        return rows;
    }
}
