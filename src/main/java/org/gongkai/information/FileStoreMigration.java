package org.gongkai.information;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, copies into the database the attachment files an earlier install kept under {@code <data-dir>/files}
 * (issue 13), one file per transaction — an interrupted copy goes on at the next start; the files on disk are left for
 * the operator to remove once the copy is done. A file missing from both is reported, never invented.
 */
@Component
@ConditionalOnBean(DatabaseFileStore.class)
@Order(5)
class FileStoreMigration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FileStoreMigration.class);

    private final DatabaseFileStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Path disk;

    FileStoreMigration(
            DatabaseFileStore store,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${gongkai.data-dir}") String dataDir) {
        this.store = store;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.disk = DiskFileStore.root(dataDir);
    }

    @Override
    public void run(ApplicationArguments args) {
        copy();
    }

    /** Copies what is missing; returns how many files were copied. */
    int copy() {
        List<String> missing = jdbc.sql("select distinct a.sha256 from information_attachment a "
                        + "where not exists (select 1 from stored_file f where f.sha256 = a.sha256)")
                .query(String.class)
                .list();
        int copied = 0;
        int absent = 0;
        for (String sha : missing) {
            Path file = DiskFileStore.path(disk, sha);
            if (!Files.isRegularFile(file)) {
                absent++;
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (!FileStore.sha256(bytes).equals(sha)) {
                    log.warn("附件文件内容与其 SHA-256 不符，未复制：{}", sha);
                    absent++;
                    continue;
                }
                transactions.executeWithoutResult(tx -> store.put(bytes));
                copied++;
            } catch (IOException e) {
                log.warn("无法读取附件文件 {}：{}", sha, e.getClass().getSimpleName());
                absent++;
            }
        }
        if (copied > 0 || absent > 0) {
            log.info("附件已复制到数据库：{} 个；找不到或无法读取：{} 个。", copied, absent);
        }
        return copied;
    }
}
