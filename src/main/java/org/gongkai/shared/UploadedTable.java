package org.gongkai.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An uploaded table as a grid of cell texts: an xlsx workbook's first sheet ({@link XlsxGrid}) or a UTF-8 CSV file
 * ({@link Csv}), told apart by the zip signature, within the same bounds either way. Every refusal is a Chinese message
 * naming what the file should have been ({@code what}, e.g. 事项目录, 网站清单).
 */
public final class UploadedTable {

    private UploadedTable() {}

    /**
     * The first sheet of the workbook or the rows of the CSV file; {@code sheetNames} receives the sheet's name (none
     * for CSV).
     */
    public static List<List<String>> read(
            byte[] content, int maxRows, int maxColumns, List<String> sheetNames, String what) {
        return isZip(content)
                ? readXlsx(content, maxRows, sheetNames, what)
                : readCsv(content, maxRows, maxColumns, what);
    }

    private static boolean isZip(byte[] c) {
        return c.length > 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
    }

    private static List<List<String>> readCsv(byte[] content, int maxRows, int maxColumns, String what) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return Csv.parse(text, maxRows, maxColumns, what);
        } catch (CharacterCodingException e) {
            throw new RuleViolation("file", "文件既不是 xlsx 工作簿，也不是 UTF-8 编码的 CSV。请用 Excel 另存为 xlsx 或“CSV UTF-8”后重新导入。");
        }
    }

    private static List<List<String>> readXlsx(byte[] content, int maxRows, List<String> sheetNames, String what) {
        try {
            return XlsxGrid.read(content, maxRows, sheetNames, what);
        } catch (RuleViolation e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw new RuleViolation("file", "无法读取该 xlsx 文件（文件已损坏，或不是 Excel 工作簿）。请用 Excel 打开确认后重新保存再导入。");
        }
    }
}
