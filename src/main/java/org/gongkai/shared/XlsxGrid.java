package org.gongkai.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The sheets of an xlsx workbook as grids of cell texts, read as a stream (issue 9 §1): the catalog importer reads the
 * first, the annual report importer the first three. Nothing is built in memory beyond what the limits allow, and
 * every limit is checked as the cells arrive, before the next one is kept: sheets, rows, columns (a cell in column XFD
 * is refused, not padded for), merged ranges, characters, and the size of every part of the package (shared strings
 * and styles are the parts held in memory whole). Messages name what the workbook should have been ({@code what}).
 */
public final class XlsxGrid {

    /** Real catalogs use about 20 columns; a few extra (三级事项, 网址, 责任科室…) are allowed. */
    public static final int MAX_COLUMNS = 64;
    /** All the cell text of one workbook, in characters. */
    static final long MAX_CHARACTERS = 20_000_000;

    static final int MAX_MERGED = 100_000;
    /** Cells that merged ranges may fill, counted within the grid read. */
    static final long MAX_MERGED_CELLS = 2_000_000;
    /** The largest part (sheet, shared strings, styles) once decompressed. */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    private static final long MAX_HELD_PART_BYTES = 32L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private XlsxGrid() {}

    /** Reads the first sheet; {@code sheetNames} receives its name. Rows beyond {@code maxRows} are refused. */
    public static List<List<String>> read(byte[] content, int maxRows, List<String> sheetNames, String what)
            throws IOException {
        return readSheets(content, 1, maxRows, sheetNames, what).get(0);
    }

    /**
     * Reads the first {@code sheets} sheets (fewer when the workbook has fewer); {@code sheetNames} receives their
     * names. Every limit counts across the sheets read.
     */
    public static List<List<List<String>>> readSheets(
            byte[] content, int sheets, int maxRows, List<String> sheetNames, String what) throws IOException {
        Path file = Files.createTempFile("gongkai-import-", ".xlsx");
        try {
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings;
                try (InputStream in = held(reader.getSharedStringsData(), what)) {
                    strings = in == null
                            ? new ReadOnlySharedStringsTable(InputStream.nullInputStream())
                            : new ReadOnlySharedStringsTable(in, false);
                }
                StylesTable styles = new StylesTable();
                try (InputStream in = held(reader.getStylesData(), what)) {
                    if (in != null) {
                        styles.readFrom(in);
                    }
                }
                XSSFReader.SheetIterator iterator = reader.getSheetIterator();
                if (!iterator.hasNext()) {
                    throw new RuleViolation("file", "工作簿中没有工作表。");
                }
                List<List<List<String>>> grids = new ArrayList<>();
                long[] characters = {0};
                while (iterator.hasNext() && grids.size() < sheets) {
                    try (InputStream sheet = iterator.next()) {
                        sheetNames.add(iterator.getSheetName());
                        Collector collector = new Collector(maxRows, characters, what);
                        XMLReader parser = XMLHelper.newXMLReader();
                        XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(
                                styles, null, strings, collector, new DataFormatter(Locale.CHINA), false);
                        MergedCells merged = new MergedCells(parser, collector);
                        merged.setContentHandler(cells);
                        merged.parse(new InputSource(sheet));
                        grids.add(collector.grid());
                    }
                }
                return grids;
            }
        } catch (SAXException e) {
            if (e.getCause() instanceof RuleViolation v) {
                throw v;
            }
            throw new IOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A part that is held in memory whole: refused when it is larger than MAX_HELD_PART_BYTES. */
    private static InputStream held(InputStream in, String what) {
        if (in == null) {
            return null;
        }
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > MAX_HELD_PART_BYTES) {
                    throw new RuleViolation(
                            "file",
                            "工作簿中的文字或样式过多（超过 " + MAX_HELD_PART_BYTES / 1024 / 1024 + " MB），不像一份" + what + "。请只保留" + what
                                    + "所在的工作表，另存后重新导入。");
                }
            }
        };
    }

    /** Keeps the cells, checking every limit as each arrives. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final long[] characters;
        private final String what;
        private final List<List<String>> grid = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private List<String> row;
        private int width;

        Collector(int maxRows, long[] characters, String what) {
            this.maxRows = maxRows;
            this.characters = characters;
            this.what = what;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= maxRows) {
                throw tooManyRows();
            }
            while (grid.size() < rowNum) {
                grid.add(new ArrayList<>());
            }
            row = new ArrayList<>();
            grid.add(row);
        }

        @Override
        public void endRow(int rowNum) {
            row = null;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isEmpty() || row == null) {
                return;
            }
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                if (value.isBlank()) {
                    return;
                }
                throw new RuleViolation(
                        "file",
                        "第 " + grid.size() + " 行 " + CellReference.convertNumToColString(column) + " 列有内容，超出了" + what
                                + "的范围（最多 " + MAX_COLUMNS + " 列）。请删除右侧多余的列后重新导入。");
            }
            characters[0] += value.length();
            if (characters[0] > MAX_CHARACTERS) {
                throw new RuleViolation(
                        "file", "工作簿中的文字超过 " + MAX_CHARACTERS / 10_000 + " 万字，不像一份" + what + "。请拆分后分别导入。");
            }
            while (row.size() < column) {
                row.add("");
            }
            if (row.size() == column) {
                row.add(value);
            } else {
                row.set(column, value);
            }
            width = Math.max(width, column + 1);
        }

        void merge(String ref) {
            if (merged.size() >= MAX_MERGED) {
                throw new RuleViolation("file", "工作表中合并单元格超过 " + MAX_MERGED + " 处，不像一份" + what + "。");
            }
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            if (range.getFirstRow() >= 0 && range.getFirstColumn() >= 0) {
                merged.add(range);
            }
        }

        RuleViolation tooManyRows() {
            return new RuleViolation("file", "工作表行数超过 " + maxRows + " 行，不像一份" + what + "，请拆分后分别导入。");
        }

        /** Every row padded to the widest, and each merged range's first cell copied into the cells it covers. */
        List<List<String>> grid() {
            for (List<String> cells : grid) {
                while (cells.size() < width) {
                    cells.add("");
                }
            }
            long filled = 0;
            for (CellRangeAddress range : merged) {
                if (range.getFirstRow() >= grid.size() || range.getFirstColumn() >= width) {
                    continue;
                }
                filled += (long) (Math.min(range.getLastRow(), grid.size() - 1) - range.getFirstRow() + 1)
                        * (Math.min(range.getLastColumn(), width - 1) - range.getFirstColumn() + 1);
                if (filled > MAX_MERGED_CELLS) {
                    throw new RuleViolation("file", "工作表中的合并单元格覆盖范围过大，不像一份" + what + "。请取消整行或整列的合并后重新导入。");
                }
                String value = grid.get(range.getFirstRow()).get(range.getFirstColumn());
                for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), grid.size() - 1); r++) {
                    for (int c = range.getFirstColumn(); c <= Math.min(range.getLastColumn(), width - 1); c++) {
                        grid.get(r).set(c, value);
                    }
                }
            }
            return grid;
        }
    }

    /** Passes the sheet on to POI's cell handler and takes the merged ranges, which that handler ignores. */
    private static final class MergedCells extends XMLFilterImpl {
        private final Collector collector;

        MergedCells(XMLReader parent, Collector collector) {
            super(parent);
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("mergeCell".equals(localName) && atts.getValue("ref") != null) {
                try {
                    collector.merge(atts.getValue("ref"));
                } catch (IllegalArgumentException e) {
                    // a malformed range covers nothing
                }
            }
            super.startElement(uri, localName, qName, atts);
        }
    }
}
