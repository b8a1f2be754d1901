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

    static void checkName(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
    }
}
