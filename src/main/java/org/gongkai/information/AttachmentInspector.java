package org.gongkai.information;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.shared.FileKind;
import org.gongkai.shared.RuleViolation;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Decides what an uploaded file is from its bytes, never from its name, accepts PDF, OFD, DOCX, XLSX
 * and PNG/JPEG/GIF images whose name agrees with their content, and extracts their text for scanning
 * and search.
 */
final class AttachmentInspector {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_TEXT = 1_000_000;
    private static final long MAX_OFD_XML = 20L * 1024 * 1024;

    record Inspected(String mediaType, String text) {}

    private AttachmentInspector() {}

    static Inspected inspect(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation("file", "附件《" + fileName + "》是空文件，请选择要上传的文件。");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolation("file", "附件《" + fileName + "》超过 10 MB，请压缩或拆分后再上传。");
        }
        FileKind kind = FileKind.detect(bytes);
        if (kind == null) {
            throw new RuleViolation(
                    "file",
                    "附件《" + fileName + "》的内容不是可接受的格式。附件只能是 PDF、OFD、DOCX、XLSX " + "或 PNG、JPEG、GIF 图片（按文件内容判断，不看扩展名）。");
        }
        if (!kind.agreesWith(fileName)) {
            throw new RuleViolation(
                    "file",
                    "附件《" + fileName + "》的内容是 " + kind.label() + "，与扩展名“." + FileKind.extension(fileName)
                            + "”不符，可能是改名的文件。请上传原始文件。");
        }
        String text;
        try {
            text = switch (kind) {
                case PDF -> pdf(bytes);
                case DOCX -> {
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                            XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                        yield extractor.getText();
                    }
                }
                case XLSX -> {
                    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
                            XSSFExcelExtractor extractor = new XSSFExcelExtractor(book)) {
                        yield extractor.getText();
                    }
                }
                case OFD -> ofd(bytes);
                default -> null;
            };
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // a PDF nested 200,000 levels deep overflows the parser's stack: refused like any unreadable file
            throw new RuleViolation("file", "附件《" + fileName + "》无法读取（文件损坏、已加密或结构异常），请检查后重新上传。");
        }
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        return new Inspected(kind.mediaType(), text == null || text.isBlank() ? null : text);
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                return null;
            }
            return new PDFTextStripper().getText(document);
        }
    }

    /** OFD (GB/T 33190): the text is in the TextCode elements of each page's Content.xml. */
    private static String ofd(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        long read = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.getName().endsWith("Content.xml")) {
                    continue;
                }
                byte[] xml = readLimited(zip, MAX_OFD_XML - read);
                read += xml.length;
                var doc = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
                doc.getAllElements().forEach(el -> {
                    if (el.tagName().endsWith("TextCode")) {
                        text.append(el.text());
                    }
                });
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (data.length > limit) {
            throw new IOException("OFD content too large");
        }
        return data;
    }
}
