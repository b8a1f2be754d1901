package org.gongkai.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file is, judged from its bytes and never from its name (a renamed executable is not a PDF): the
 * document and image formats the platform accepts anywhere — published attachments, applicants' materials.
 */
public enum FileKind {
    PDF("application/pdf", "PDF", Set.of("pdf")),
    OFD("application/ofd", "OFD", Set.of("ofd")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word（DOCX）", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel（XLSX）", Set.of("xlsx")),
    PNG("image/png", "PNG 图片", Set.of("png")),
    JPEG("image/jpeg", "JPEG 图片", Set.of("jpg", "jpeg")),
    GIF("image/gif", "GIF 图片", Set.of("gif"));

    private static final int MAX_ZIP_ENTRIES = 10_000;

    private final String mediaType;
    private final String label;
    private final Set<String> extensions;

    FileKind(String mediaType, String label, Set<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** Whether a file of this kind may carry the name's extension (a DOCX named .pdf may not). */
    public boolean agreesWith(String fileName) {
        return extensions.contains(extension(fileName));
    }

    /** An uploaded file's name as kept: no path, no control characters, at most 200 characters ("材料" when none). */
    public static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Texts.clean(name.replaceAll("\\p{Cntrl}", ""));
        if (name == null) {
            return "材料";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The extension of a file name, lower case, without the dot; empty when it has none. */
    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The kind the bytes are, by their signature (and, for the zip-based formats, their entries); null if none. */
    public static FileKind detect(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (starts(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || starts(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return GIF;
        }
        if (starts(b, new byte[] {'P', 'K', 3, 4})) {
            List<String> names = entryNames(b);
            if (names.contains("word/document.xml")) {
                return DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return XLSX;
            }
            if (names.contains("OFD.xml")) {
                return OFD;
            }
        }
        return null;
    }

    private static List<String> entryNames(byte[] bytes) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return names;
        }
        return names;
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        if (b == null || b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
