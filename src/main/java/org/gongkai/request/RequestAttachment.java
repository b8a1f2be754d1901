package org.gongkai.request;

import java.time.Instant;

/**
 * A file of a case, as the case page lists it (its content is opened on its own, audited): a material the applicant
 * handed in, or a file that goes with the reply.
 */
public record RequestAttachment(
        long id,
        long requestId,
        Purpose purpose,
        String fileName,
        String mediaType,
        int sizeBytes,
        Instant uploadedAt,
        String uploadedBy) {

    /** Why the file is part of the case. */
    public enum Purpose {
        APPLICATION("申请人提交的材料", 3, 5 * 1024 * 1024),
        REPLY("随答复提供的文件", 5, 10 * 1024 * 1024);

        private final String label;
        private final int maxFiles;
        private final int maxBytes;

        Purpose(String label, int maxFiles, int maxBytes) {
            this.label = label;
            this.maxFiles = maxFiles;
            this.maxBytes = maxBytes;
        }

        public String label() {
            return label;
        }

        public int maxFiles() {
            return maxFiles;
        }

        public int maxBytes() {
            return maxBytes;
        }
    }

    /** The size as people read it: “356 KB”, “1.2 MB”. */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, (sizeBytes + 1023) / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / 1024.0 / 1024.0);
    }
}
