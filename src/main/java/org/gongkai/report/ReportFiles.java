package org.gongkai.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.shared.RuleViolation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A report as the files a county office prints, files and passes on (issue 12 §7): .docx (title, the six headings in
 * order, the tables with the format's merged cells, page numbers in the footer), .xlsx (one sheet per table, merged as
 * printed) and PDF with a Chinese font embedded (WenQuanYi Zen Hei by default, Debian {@code fonts-wqy-zenhei};
 * {@code gongkai.report.font} names another TrueType file or collection).
 */
@Component
public class ReportFiles {

    private final Path fontFile;

    ReportFiles(
            @Value("${gongkai.report.font:${gongkai.notice.font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}}")
                    String fontFile) {
        this.fontFile = Path.of(fontFile);
    }

    /** What a file holds: the title, a line under it (date, edition, correction, draft), the sections in order. */
    public record Contents(String title, List<String> notes, AnnualReport report, List<PrintedTable> tables) {

        /** The six sections in the format's order; the narrative ones with their paragraphs, the others a table. */
        List<Object[]> sections() {
            List<Object[]> sections = new ArrayList<>();
            sections.add(new Object[] {"一、总体情况", paragraphs(report.overview())});
            sections.add(new Object[] {"二、主动公开政府信息情况", tables.get(0)});
            sections.add(new Object[] {"三、收到和处理政府信息公开申请情况", tables.get(1)});
            sections.add(new Object[] {"四、政府信息公开行政复议、行政诉讼情况", tables.get(2)});
            sections.add(new Object[] {"五、存在的主要问题及改进情况", paragraphs(report.problems())});
            sections.add(new Object[] {"六、其他需要报告的事项", paragraphs(report.otherMatters())});
            return sections;
        }

        private static List<String> paragraphs(String text) {
            return text == null
                    ? List.of()
                    : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    // --- docx

    public byte[] docx(Contents c) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, c.title(), "方正小标宋简体", 22);
            for (String note : c.notes()) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, note, "仿宋_GB2312", 14);
            }
            for (Object[] s : c.sections()) {
                run(doc.createParagraph(), (String) s[0], "黑体", 16);
                if (s[1] instanceof PrintedTable t) {
                    table(doc, t);
                } else {
                    @SuppressWarnings("unchecked")
                    List<String> paragraphs = (List<String>) s[1];
                    for (String text : paragraphs) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setIndentationFirstLine(640); // two characters of 三号 (16 pt)
                        run(p, text, "仿宋_GB2312", 16);
                    }
                }
            }
            pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, PrintedTable t) {
        int rows = t.rows().size();
        XWPFTable table = doc.createTable(rows, t.columns());
        table.setWidth("100%");
        PrintedTable.Cell[][] grid = grid(t);
        for (int r = 0; r < rows; r++) {
            for (int c = t.columns() - 1; c >= 0; c--) {
                PrintedTable.Cell owner = grid[r][c];
                if (owner == null) {
                    continue;
                }
                if (c != owner.column()) {
                    table.getRow(r).removeCell(c);
                    continue;
                }
                XWPFTableCell cell = table.getRow(r).getCell(c);
                CTTcPr pr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                if (owner.colspan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(owner.colspan()));
                }
                if (owner.rowspan() > 1) {
                    pr.addNewVMerge().setVal(r == owner.row() ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (r == owner.row()) {
                    XWPFParagraph p = cell.getParagraphs().get(0);
                    p.setAlignment(owner.number() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                    run(p, owner.text(), "宋体", 10);
                }
            }
        }
    }

    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", 12);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1");
        run(p, " —", "宋体", 12);
    }

    private static void run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
    }

    // --- xlsx

    public byte[] xlsx(Contents c) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle number = book.createCellStyle();
            number.cloneStyleFrom(style);
            number.setAlignment(HorizontalAlignment.CENTER);
            String[] names = {"表二 主动公开", "表三 申请", "表四 复议诉讼"};
            for (int i = 0; i < c.tables().size(); i++) {
                PrintedTable t = c.tables().get(i);
                Sheet sheet = book.createSheet(names[i]);
                sheet.createRow(0).createCell(0).setCellValue(c.title() + " " + t.caption());
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, t.columns() - 1));
                for (int r = 0; r < t.rows().size(); r++) {
                    var row = sheet.createRow(r + 1);
                    for (int col = 0; col < t.columns(); col++) {
                        row.createCell(col).setCellStyle(style);
                    }
                }
                for (List<PrintedTable.Cell> cells : t.rows()) {
                    for (PrintedTable.Cell cell : cells) {
                        var x = sheet.getRow(cell.row() + 1).getCell(cell.column());
                        if (cell.number() && !cell.text().isEmpty()) {
                            x.setCellValue(new java.math.BigDecimal(cell.text()).doubleValue());
                            x.setCellStyle(number);
                        } else {
                            x.setCellValue(cell.text());
                        }
                        if (cell.colspan() > 1 || cell.rowspan() > 1) {
                            sheet.addMergedRegion(new CellRangeAddress(
                                    cell.row() + 1,
                                    cell.row() + cell.rowspan(),
                                    cell.column(),
                                    cell.column() + cell.colspan() - 1));
                        }
                    }
                }
                for (int col = 0; col < t.columns(); col++) {
                    sheet.setColumnWidth(col, (i == 1 && col == 2 ? 40 : i == 0 && col == 0 ? 18 : 11) * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- PDF

    public byte[] pdf(Contents c) {
        if (!Files.isReadable(fontFile)) {
            throw new RuleViolation("服务器未安装中文字体（" + fontFile
                    + "），无法生成 PDF；请安装 fonts-wqy-zenhei，或以 gongkai.report.font 指定字体文件。.docx 和 .xlsx 文件不受影响。");
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4, 56, 56, 64, 64);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            String name = fontFile.toString();
            BaseFont base = BaseFont.createFont(
                    name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? name + ",0" : name,
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
            Font pageFont = new Font(base, 10);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    ColumnText.showTextAligned(
                            w.getDirectContent(),
                            Element.ALIGN_CENTER,
                            new Phrase("— " + w.getPageNumber() + " —", pageFont),
                            (d.left() + d.right()) / 2,
                            d.bottom() - 28,
                            0);
                }
            });
            doc.addTitle(c.title());
            doc.open();
            Paragraph title = new Paragraph(c.title(), new Font(base, 18));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(8);
            doc.add(title);
            for (String note : c.notes()) {
                Paragraph p = new Paragraph(note, new Font(base, 10));
                p.setAlignment(Element.ALIGN_CENTER);
                doc.add(p);
            }
            Font heading = new Font(base, 14);
            Font body = new Font(base, 11);
            for (Object[] s : c.sections()) {
                Paragraph h = new Paragraph((String) s[0], heading);
                h.setSpacingBefore(12);
                h.setSpacingAfter(6);
                doc.add(h);
                if (s[1] instanceof PrintedTable t) {
                    doc.add(pdfTable(t, base));
                } else {
                    @SuppressWarnings("unchecked")
                    List<String> paragraphs = (List<String>) s[1];
                    for (String text : paragraphs) {
                        Paragraph p = new Paragraph(text, body);
                        p.setFirstLineIndent(22);
                        p.setLeading(18);
                        doc.add(p);
                    }
                    if (paragraphs.isEmpty()) {
                        doc.add(new Chunk(" "));
                    }
                }
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("PDF 生成失败", e);
        }
    }

    private static PdfPTable pdfTable(PrintedTable t, BaseFont base) {
        PdfPTable table = new PdfPTable(t.columns());
        table.setWidthPercentage(100);
        float[] widths = new float[t.columns()];
        java.util.Arrays.fill(widths, 1f);
        if (t.columns() == 10) {
            widths[0] = 1.1f;
            widths[1] = 1.1f;
            widths[2] = 4.2f;
        } else if (t.columns() == 4) {
            widths[0] = 1.6f;
        }
        table.setWidths(widths);
        Font font = new Font(base, t.columns() > 10 ? 7 : 8);
        for (List<PrintedTable.Cell> row : t.rows()) {
            for (PrintedTable.Cell cell : row) {
                PdfPCell x = new PdfPCell(new Phrase(cell.text(), font));
                x.setColspan(cell.colspan());
                x.setRowspan(cell.rowspan());
                x.setVerticalAlignment(Element.ALIGN_MIDDLE);
                x.setHorizontalAlignment(cell.number() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
                x.setPadding(3);
                if (cell.header()) {
                    x.setBackgroundColor(new Color(0xF0, 0xF3, 0xF8));
                }
                table.addCell(x);
            }
        }
        // tables 三 and 四 repeat their three header rows on every page they run onto
        table.setHeaderRows(t.columns() >= 10 ? 3 : 0);
        return table;
    }

    /** Each grid position's owning cell. */
    private static PrintedTable.Cell[][] grid(PrintedTable t) {
        PrintedTable.Cell[][] grid = new PrintedTable.Cell[t.rows().size()][t.columns()];
        for (List<PrintedTable.Cell> row : t.rows()) {
            for (PrintedTable.Cell cell : row) {
                for (int i = 0; i < cell.rowspan(); i++) {
                    for (int j = 0; j < cell.colspan(); j++) {
                        grid[cell.row() + i][cell.column() + j] = cell;
                    }
                }
            }
        }
        return grid;
    }
}
