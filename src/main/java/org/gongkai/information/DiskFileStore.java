package org.gongkai.information;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes under {@code <data-dir>/files}, named by their SHA-256 ({@code gongkai.files.store=disk}, one node
 * only). A file is written (to a temporary name, then moved atomically) before the row that points to it commits, so a
 * crash leaves at worst an unreferenced file, never a row without its bytes; identical files are stored once. Also
 * where {@link FileStoreMigration} finds the files of an install from before the database store.
 */
@Component
@ConditionalOnProperty(name = "gongkai.files.store", havingValue = "disk")
class DiskFileStore implements FileStore {

    private final Path root;

    DiskFileStore(@Value("${gongkai.data-dir}") String dataDir) {
        this.root = root(dataDir);
    }

    static Path root(String dataDir) {
        return Path.of(dataDir, "files");
    }

    @Override
    public org.springframework.core.io.Resource resource(String sha256) {
        return new org.springframework.core.io.FileSystemResource(path(sha256));
    }

    @Override
    public String put(byte[] bytes) {
        String sha = FileStore.sha256(bytes);
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存附件", e);
        }
    }

    Path path(String sha256) {
        return path(root, sha256);
    }

    static Path path(Path root, String sha256) {
        FileStore.checkName(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
