package org.gongkai.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Notice} as .docx (Apache POI) in the layout of a 公文 (GB/T 9704: the title centred, the body in 仿宋
 * 三号 with a two-character indent, the unit and the date at the right with room for the seal), and as PDF (PDFBox)
 * with a Chinese font embedded (default WenQuanYi Zen Hei, Debian {@code fonts-wqy-zenhei}; {@code gongkai.notice.font}
 * names another TrueType file or collection).
 */
@Component
public class NoticeDocuments {

    private static final float MM = 72f / 25.4f;
    private static final String CLOSING = "，。、；：？！）》」』”’%";
    private final Path fontFile;

    NoticeDocuments(@Value("${gongkai.notice.font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") String fontFile) {
        this.fontFile = Path.of(fontFile);
    }

    public byte[] docx(Notice n) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, n.title(), "方正小标宋简体", 22, false);
            XWPFParagraph number = doc.createParagraph();
            number.setAlignment(ParagraphAlignment.CENTER);
            run(number, n.number(), "仿宋_GB2312", 16, false);
            run(doc.createParagraph(), n.addressee() + "：", "仿宋_GB2312", 16, false);
            for (String text : n.paragraphs()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationFirstLine(640); // two characters of 三号 (16 pt)
                run(p, text, "仿宋_GB2312", 16, false);
            }
            doc.createParagraph();
            XWPFParagraph unit = doc.createParagraph();
            unit.setAlignment(ParagraphAlignment.RIGHT);
            run(unit, n.unit() + "（印章）", "仿宋_GB2312", 16, false);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, Notices.day(n.date()), "仿宋_GB2312", 16, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }

    public byte[] pdf(Notice n) {
        if (!Files.isReadable(fontFile)) {
            throw new RuleViolation("服务器未安装中文字体（" + fontFile
                    + "），无法生成 PDF；请安装 fonts-wqy-zenhei，或以 gongkai.notice.font 指定字体文件。.docx 文件不受影响。");
        }
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = loadFont(doc);
            Layout layout = new Layout(doc, font);
            layout.centered(n.title(), 20);
            layout.centered(n.number(), 14);
            layout.gap(14);
            layout.paragraph(n.addressee() + "：", 15, 0);
            for (String text : n.paragraphs()) {
                layout.paragraph(text, 15, 2);
            }
            layout.gap(30);
            layout.right(n.unit() + "（印章）", 15);
            layout.right(Notices.day(n.date()), 15);
            layout.finish();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font loadFont(PDDocument doc) throws IOException {
        if (fontFile.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            return PDType0Font.load(doc, fonts.get(0), true);
        }
        return PDType0Font.load(doc, fontFile.toFile());
    }

    /** Lines on A4 pages with the margins of GB/T 9704 (top 37 mm, left 28 mm, text width 156 mm). */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final float left = 28 * MM;
        private final float width = 156 * MM;
        private final float top = PDRectangle.A4.getHeight() - 37 * MM;
        private final float bottom = 35 * MM;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void centered(String text, float size) throws IOException {
            for (String line : wrap(text, size, 0)) {
                show(line, size, left + (width - font.getStringWidth(line) / 1000 * size) / 2);
            }
        }

        void right(String text, float size) throws IOException {
            String line = String.join("", wrap(text, size, 0));
            show(line, size, left + width - font.getStringWidth(line) / 1000 * size - 4 * size);
        }

        void paragraph(String text, float size, int indentChars) throws IOException {
            List<String> lines = wrap(text, size, indentChars);
            for (int i = 0; i < lines.size(); i++) {
                show(lines.get(i), size, left + (i == 0 ? indentChars * size : 0));
            }
        }

        private void show(String line, float size, float x) throws IOException {
            float leading = size * 1.75f;
            if (y - leading < bottom) {
                newPage();
            }
            y -= leading;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(line);
            stream.endText();
        }

        /** Chinese text breaks between any two characters; a line is as many as fit the width. */
        private List<String> wrap(String text, float size, int indentChars) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = indentChars * size;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = printable(new String(Character.toChars(cp)));
                float w = font.getStringWidth(ch) / 1000 * size;
                // 避头: closing punctuation never starts a line; it stays at the end of the full one
                if (used + w > width && line.length() > 0 && CLOSING.indexOf(ch) < 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        /** A character the font has no glyph for (an emoji, a rare character) is printed as a question mark. */
        private String printable(String ch) throws IOException {
            try {
                font.getStringWidth(ch);
                return ch;
            } catch (IllegalArgumentException e) {
                return "?";
            }
        }

        void finish() throws IOException {
            stream.close();
        }
    }
}
