package org.gongkai.information;

/**
 * A file attached to a record; the bytes are kept in the file store under their SHA-256. A file withheld by a
 * redaction (issue 9 §15) is named on the public page but not served.
 */
public record Attachment(
        long id, long recordId, String fileName, String mediaType, long sizeBytes, String sha256, boolean withheld) {

    /** Size for people: 12.3 KB, 4.5 MB. */
    public String displaySize() {
        if (sizeBytes < 1024 * 1024) {
            return String.format("%.1f KB", sizeBytes / 1024.0);
        }
        return String.format("%.1f MB", sizeBytes / (1024.0 * 1024));
    }
}
