package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Attachments are judged by their bytes: accepted kinds with their text, disguised, empty, oversized and broken files refused. */
class AttachmentInspectorTests {

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String text) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("名单").createRow(0).createCell(0).setCellValue(text);
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] ofd(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_0/Content.xml"));
            zip.write(("<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer><ofd:TextObject>"
                            + "<ofd:TextCode X=\"0\" Y=\"0\">" + text
                            + "</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content>"
                            + "</ofd:Page>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void acceptedKindsAreRecognisedByContentWithTheirText() throws IOException {
        assertThat(AttachmentInspector.inspect("notice.pdf", pdf("Contact 13812345678")))
                .satisfies(i -> {
                    assertThat(i.mediaType()).isEqualTo("application/pdf");
                    assertThat(i.text()).contains("13812345678");
                });
        assertThat(AttachmentInspector.inspect("名单.docx", docx("身份证号 11010519491231002X"))
                        .text())
                .contains("11010519491231002X");
        assertThat(AttachmentInspector.inspect("名单.xlsx", xlsx("低保对象名单")).text())
                .contains("低保对象名单");
        assertThat(AttachmentInspector.inspect("公告.ofd", ofd("城关镇公告正文")).text()).contains("城关镇公告正文");
        assertThat(AttachmentInspector.inspect("图.PNG", PNG).mediaType()).isEqualTo("image/png");
    }

    @Test
    void disguisedEmptyOversizedAndBrokenFilesAreRefusedWithAMessage() throws IOException {
        assertThatThrownBy(() -> AttachmentInspector.inspect("政策.docx", pdf("x")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("内容是 PDF")
                .hasMessageContaining("改名");
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> AttachmentInspector.inspect("政策.pdf", executable))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不是可接受的格式");
        assertThatThrownBy(() -> AttachmentInspector.inspect(
                        "page.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不是可接受的格式");
        assertThatThrownBy(() -> AttachmentInspector.inspect("空.pdf", new byte[0]))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("空文件");
        byte[] huge = new byte[(int) AttachmentInspector.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        assertThatThrownBy(() -> AttachmentInspector.inspect("大.pdf", huge))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("10 MB");
        assertThatThrownBy(() ->
                        AttachmentInspector.inspect("坏.pdf", "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("无法读取");
        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a document".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> AttachmentInspector.inspect("伪装.docx", plainZip.toByteArray()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不是可接受的格式");
    }

    /** Issue 9 §28: a PDF nested 200,000 levels deep answered 500 (the parser's stack overflowed). */
    @Test
    void aDeeplyNestedPdfIsRefusedWithAMessage() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        byte[] pdf = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + nested + " >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AttachmentInspector.inspect("深.pdf", pdf))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("无法读取");
    }

    /** Issue 9 §28: bidirectional and other format controls are stripped from file names ("gpj.exe" shown as "exe.jpg"). */
    @Test
    void formatControlsAreStrippedFromFileNames() {
        assertThat(InformationEditing.cleanFileName("通知\u202Egpj.exe")).isEqualTo("通知gpj.exe");
        assertThat(InformationEditing.cleanFileName("a\u200Bb\u2066c\u2069.pdf"))
                .isEqualTo("abc.pdf");
    }
}
