package org.gongkai.assessment;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A published bulletin as the files offices pass on (issue 16 §3): .docx (title, period, the office's remarks, the
 * ranked table with each unit's caveats, the monthly trend, the notes) and PDF with the same and a bar chart of the
 * records each unit published, with a Chinese font embedded (the annual report's font setting).
 */
@Component
public class BulletinFiles {

    private final Path fontFile;

    BulletinFiles(
            @Value("${gongkai.report.font:${gongkai.notice.font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}}")
                    String fontFile) {
        this.fontFile = Path.of(fontFile);
    }

    private static List<String> header(Bulletin.Content c) {
        List<String> h = new ArrayList<>(List.of("排名", "单位"));
        h.addAll(c.columns());
        return h;
    }

    private static List<String> row(Bulletin.Line l) {
        List<String> r = new ArrayList<>(List.of(String.valueOf(l.rank()), l.unit()));
        l.cells().forEach(cell -> r.add(cell.text() + (cell.shortOfTarget() ? " ▼" : "")));
        return r;
    }

    private static List<String> caveats(Bulletin.Content c) {
        List<String> out = new ArrayList<>();
        c.lines().forEach(l -> l.caveats().forEach(x -> out.add(l.unit() + "：" + x)));
        return out;
    }

    public byte[] docx(Bulletin b) {
        Bulletin.Content c = b.content();
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setText(c.title());
            t.setBold(true);
            t.setFontSize(18);
            paragraph(doc, c.periodLabel(), true);
            if (b.remarks() != null) {
                heading(doc, "一、通报意见");
                b.remarks().lines().filter(l -> !l.isBlank()).forEach(l -> paragraph(doc, l, false));
            }
            heading(doc, b.remarks() != null ? "二、各单位情况" : "一、各单位情况");
            List<String> h = header(c);
            XWPFTable table = doc.createTable(c.lines().size() + 1, h.size());
            for (int i = 0; i < h.size(); i++) {
                table.getRow(0).getCell(i).setText(h.get(i));
            }
            for (int r = 0; r < c.lines().size(); r++) {
                List<String> cells = row(c.lines().get(r));
                for (int i = 0; i < cells.size(); i++) {
                    table.getRow(r + 1).getCell(i).setText(cells.get(i));
                }
            }
            List<String> caveats = caveats(c);
            if (!caveats.isEmpty()) {
                heading(doc, "数据说明");
                caveats.forEach(x -> paragraph(doc, x, false));
            }
            heading(doc, "近 12 个月全县发布信息条数");
            XWPFTable trend = doc.createTable(2, c.trend().size());
            for (int i = 0; i < c.trend().size(); i++) {
                trend.getRow(0).getCell(i).setText(c.trend().get(i).month());
                trend.getRow(1)
                        .getCell(i)
                        .setText(String.valueOf(c.trend().get(i).published()));
            }
            heading(doc, "说明");
            c.notes().forEach(n -> paragraph(doc, n, false));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setText(text);
        r.setBold(true);
        r.setFontSize(14);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean centered) {
        XWPFParagraph p = doc.createParagraph();
        if (centered) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        p.createRun().setText(text);
    }

    public byte[] pdf(Bulletin b) {
        if (!Files.isReadable(fontFile)) {
            throw new RuleViolation("服务器未安装中文字体（" + fontFile
                    + "），无法生成 PDF；请安装 fonts-wqy-zenhei，或以 gongkai.report.font 指定字体文件。.docx 文件不受影响。");
        }
        Bulletin.Content c = b.content();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4.rotate(), 40, 40, 48, 48);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            String name = fontFile.toString();
            BaseFont base = BaseFont.createFont(
                    name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? name + ",0" : name,
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
            doc.addTitle(c.title());
            doc.open();
            Paragraph title = new Paragraph(c.title(), new Font(base, 18));
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            Paragraph period = new Paragraph(c.periodLabel(), new Font(base, 10));
            period.setAlignment(Element.ALIGN_CENTER);
            period.setSpacingAfter(10);
            doc.add(period);
            Font heading = new Font(base, 13);
            Font body = new Font(base, 10);
            if (b.remarks() != null) {
                doc.add(new Paragraph("通报意见", heading));
                for (String l : b.remarks().lines().filter(x -> !x.isBlank()).toList()) {
                    Paragraph p = new Paragraph(l, body);
                    p.setFirstLineIndent(20);
                    doc.add(p);
                }
            }
            Paragraph units = new Paragraph("各单位情况", heading);
            units.setSpacingBefore(8);
            units.setSpacingAfter(6);
            doc.add(units);
            List<String> h = header(c);
            PdfPTable table = new PdfPTable(h.size());
            table.setWidthPercentage(100);
            float[] widths = new float[h.size()];
            java.util.Arrays.fill(widths, 1.2f);
            widths[0] = 0.5f;
            widths[1] = 2f;
            table.setWidths(widths);
            table.setHeaderRows(1);
            Font small = new Font(base, 8);
            for (String x : h) {
                PdfPCell cell = new PdfPCell(new Phrase(x, small));
                cell.setBackgroundColor(new Color(0xF0, 0xF3, 0xF8));
                table.addCell(cell);
            }
            for (Bulletin.Line l : c.lines()) {
                for (String x : row(l)) {
                    table.addCell(new PdfPCell(new Phrase(x, small)));
                }
            }
            doc.add(table);
            doc.add(bars(writer, c, base));
            List<String> caveats = caveats(c);
            if (!caveats.isEmpty()) {
                doc.add(new Paragraph("数据说明", heading));
                for (String x : caveats) {
                    doc.add(new Paragraph(x, body));
                }
            }
            doc.add(new Paragraph("说明", heading));
            for (String n : c.notes()) {
                doc.add(new Paragraph(n, body));
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("PDF 生成失败", e);
        }
    }

    /** The bar chart of records published per unit, drawn on a template placed as an image. */
    private static Image bars(PdfWriter writer, Bulletin.Content c, BaseFont base) throws DocumentException {
        float row = 14;
        float width = 760;
        float label = 170;
        float height = Math.max(1, c.lines().size()) * row + 24;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        long max = Math.max(
                1, c.lines().stream().mapToLong(Bulletin.Line::published).max().orElse(1));
        t.beginText();
        t.setFontAndSize(base, 10);
        t.showTextAligned(PdfContentByte.ALIGN_LEFT, "各单位本月发布信息条数", 0, height - 12, 0);
        t.endText();
        float y = height - 24 - row;
        for (Bulletin.Line l : c.lines()) {
            float w = l.published() * (width - label - 60) / max;
            t.setColorFill(new Color(0x1d, 0x5f, 0xa8));
            t.rectangle(label, y + 2, Math.max(w, 0.5f), row - 4);
            t.fill();
            t.setColorFill(Color.BLACK);
            t.beginText();
            t.setFontAndSize(base, 8);
            t.showTextAligned(PdfContentByte.ALIGN_RIGHT, l.unit(), label - 4, y + 4, 0);
            t.showTextAligned(PdfContentByte.ALIGN_LEFT, String.valueOf(l.published()), label + w + 4, y + 4, 0);
            t.endText();
            y -= row;
        }
        Image image = Image.getInstance(t);
        image.setSpacingBefore(10);
        return image;
    }
}
