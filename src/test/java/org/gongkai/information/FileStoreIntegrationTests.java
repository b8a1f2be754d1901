package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Random;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13: attachment bytes in the database — stored once per content in chunks, streamed back whole; files an
 * earlier install kept under data/files are copied in at start, and a file whose bytes do not match its name is not.
 */
class FileStoreIntegrationTests extends IntegrationTest {

    @Autowired
    FileStore store;

    @Autowired
    FileStoreMigration migration;

    @Autowired
    TransactionTemplate transactions;

    @Value("${gongkai.data-dir}")
    String dataDir;

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aFileIsStoredOnceInChunks_andStreamedBackWhole() throws Exception {
        assertThat(store).isInstanceOf(DatabaseFileStore.class);
        byte[] bytes = random(DatabaseFileStore.CHUNK * 2 + 12_345, 1);
        String sha = transactions.execute(tx -> store.put(bytes));
        String again = transactions.execute(tx -> store.put(bytes));
        assertThat(again).isEqualTo(sha);
        assertThat(count("select count(*) from stored_file where sha256 = ?", sha))
                .isEqualTo(1);
        assertThat(count("select count(*) from stored_file_chunk where sha256 = ?", sha))
                .isEqualTo(3);
        var resource = store.resource(sha);
        assertThat(resource.contentLength()).isEqualTo(bytes.length);
        try (InputStream in = resource.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        byte[] empty = new byte[0];
        String none = transactions.execute(tx -> store.put(empty));
        try (InputStream in = store.resource(none).getInputStream()) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void filesOfAnEarlierInstallAreCopiedIn() throws Exception {
        byte[] good = random(5_000, 2);
        byte[] other = random(5_000, 3);
        String sha = FileStore.sha256(good);
        String wrongSha = FileStore.sha256(other);
        Path root = DiskFileStore.root(dataDir);
        Files.createDirectories(DiskFileStore.path(root, sha).getParent());
        Files.write(DiskFileStore.path(root, sha), good);
        Files.createDirectories(DiskFileStore.path(root, wrongSha).getParent());
        Files.write(DiskFileStore.path(root, wrongSha), good); // bytes that do not match the name
        long record = count("select min(id) from information_record");
        for (String s : new String[] {sha, wrongSha}) {
            jdbc.sql("insert into information_attachment (record_id, file_name, media_type, size_bytes, sha256, "
                            + "detached, created_at, created_by) values (?, 'old.pdf', 'application/pdf', 5000, ?, "
                            + "true, ?, 'test')")
                    .params(record, s, OffsetDateTime.now())
                    .update();
        }
        assertThat(migration.copy()).isEqualTo(1);
        try (InputStream in = store.resource(sha).getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(good);
        }
        assertThat(count("select count(*) from stored_file where sha256 = ?", wrongSha))
                .isZero();
        assertThat(migration.copy()).as("nothing left to copy").isZero();
    }
}
