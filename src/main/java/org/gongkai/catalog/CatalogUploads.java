package org.gongkai.catalog;

import static org.gongkai.shared.SqlTimes.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalog files between their preview and their import (issue 13): held in the database under a random token, so that
 * any node serves the preview and the confirmation; visible only to the person who uploaded them, for {@link #KEPT};
 * an import takes the file in its own transaction, so that two confirmations of one upload import it once.
 */
@Service
public class CatalogUploads {

    /** The field of the refusal when the upload is not (or no longer) there. */
    public static final String GONE = "token";

    /** How long an upload waits for its confirmation. */
    static final Duration KEPT = Duration.ofHours(2);

    private final CatalogImports imports;
    private final JdbcClient jdbc;
    private final Clock clock;

    CatalogUploads(CatalogImports imports, JdbcClient jdbc, Clock clock) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An upload as its preview reads it. */
    public record Upload(String token, long organizationId, String fileName, byte[] content) {}

    /**
     * Reads the file (refused as {@link CatalogImports#readFile} refuses it) and holds it for the preview; returns its
     * token. Uploads past their time are removed on the way.
     */
    @Transactional
    public String hold(long organizationId, String fileName, byte[] content) {
        imports.readFile(organizationId, fileName, content);
        Instant now = clock.instant();
        jdbc.sql("delete from catalog_import_upload where uploaded_at < ?")
                .param(utc(now.minus(KEPT)))
                .update();
        String token = UUID.randomUUID().toString();
        jdbc.sql("insert into catalog_import_upload (token, organization_id, file_name, content, uploaded_by, "
                        + "uploaded_at) values (?, ?, ?, ?, ?, ?)")
                .params(
                        token,
                        organizationId,
                        fileName == null ? "" : fileName,
                        content,
                        Actors.currentName(),
                        utc(now))
                .update();
        return token;
    }

    /** The staff member's own upload under the token, while it is kept; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<Upload> find(String token) {
        if (token == null || !token.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return jdbc.sql("select token, organization_id, file_name, content from catalog_import_upload "
                        + "where token = ? and uploaded_by = ? and uploaded_at >= ?")
                .params(token, Actors.currentName(), utc(clock.instant().minus(KEPT)))
                .query((rs, n) -> new Upload(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /**
     * Imports the upload into the area as {@link CatalogImports#importFile} does, taking it in the same transaction: a
     * refused import keeps it for another try, a second confirmation finds it gone.
     */
    @Transactional
    public long importUpload(String token, Long areaId) {
        Upload upload = find(token).orElseThrow(() -> new RuleViolation(GONE, "导入已过期或已完成，请重新上传文件。"));
        int taken = jdbc.sql("delete from catalog_import_upload where token = ? and uploaded_by = ?")
                .params(token, Actors.currentName())
                .update();
        if (taken != 1) {
            throw new RuleViolation(GONE, "导入已过期或已完成，请重新上传文件。");
        }
        return imports.importFile(upload.organizationId(), areaId, upload.fileName(), upload.content());
    }
}
