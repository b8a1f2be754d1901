package org.gongkai.request;

import java.time.Instant;

/** A material handed in with an application, as the case page lists it (its content is opened on its own, audited). */
public record RequestAttachment(
        long id,
        long requestId,
        String fileName,
        String mediaType,
        int sizeBytes,
        Instant uploadedAt,
        String uploadedBy) {

    /** The size as people read it: “356 KB”, “1.2 MB”. */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }
}
