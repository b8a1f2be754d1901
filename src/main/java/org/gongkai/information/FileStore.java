package org.gongkai.information;

import org.springframework.core.io.Resource;

/**
 * Where attachment bytes live, named by their SHA-256 so that identical files are stored once: in the database by
 * default (issue 13: every node serves every file; {@link DatabaseFileStore}), or under {@code <data-dir>/files} with
 * {@code gongkai.files.store=disk} ({@link DiskFileStore}).
 */
interface FileStore {

    /** Stores the bytes (once per content) and returns their SHA-256. */
    String put(byte[] bytes);

    /** The stored file, streamed when read. */
    Resource resource(String sha256);

    /** The name a content is stored under: its SHA-256 in lower-case hex. */
    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void checkName(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
    }
}
