package org.gongkai.information;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import org.gongkai.shared.SqlTimes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes in the database (the default; issue 13), named by their SHA-256 and cut into chunks of
 * {@value #CHUNK} bytes: written in the caller's transaction with the row that points to them, so a crash leaves
 * neither a row without its bytes nor bytes without a row; read back one chunk at a time, so a large download never
 * sits whole in memory. Every node of a cluster serves every file, and a database backup holds them.
 */
@Component
@ConditionalOnProperty(name = "gongkai.files.store", havingValue = "database", matchIfMissing = true)
class DatabaseFileStore implements FileStore {

    static final int CHUNK = 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseFileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String put(byte[] bytes) {
        String sha = FileStore.sha256(bytes);
        int chunks = Math.max(1, (bytes.length + CHUNK - 1) / CHUNK);
        // identical content is stored once; two transactions storing it at once both succeed (ON CONFLICT, which H2
        // accepts in its PostgreSQL mode), and only the one whose header went in writes the chunks
        int created = jdbc.sql("insert into stored_file (sha256, size_bytes, chunks, created_at) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(sha, bytes.length, chunks, SqlTimes.utc(clock.instant()))
                .update();
        if (created == 1) {
            for (int i = 0; i < chunks; i++) {
                jdbc.sql("insert into stored_file_chunk (sha256, seq, bytes) values (?, ?, ?)")
                        .params(sha, i, Arrays.copyOfRange(bytes, i * CHUNK, Math.min(bytes.length, (i + 1) * CHUNK)))
                        .update();
            }
        }
        return sha;
    }

    /** Whether the content is stored. */
    boolean has(String sha256) {
        return jdbc.sql("select count(*) from stored_file where sha256 = ?")
                        .param(sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Resource resource(String sha256) {
        FileStore.checkName(sha256);
        return new StoredFile(sha256);
    }

    /** A stored file as a resource: its length from the header, its bytes streamed chunk by chunk. */
    private final class StoredFile extends AbstractResource {
        private final String sha256;

        StoredFile(String sha256) {
            this.sha256 = sha256;
        }

        /** Size and chunk count, read once per resource (a download asks for them more than once); null if absent. */
        private long[] header;

        private long[] header() {
            if (header == null) {
                header = readHeader();
            }
            return header;
        }

        private long[] readHeader() {
            return jdbc.sql("select size_bytes, chunks from stored_file where sha256 = ?")
                    .param(sha256)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                    .optional()
                    .orElse(null);
        }

        @Override
        public boolean exists() {
            return header() != null;
        }

        @Override
        public long contentLength() throws IOException {
            long[] h = header();
            if (h == null) {
                throw new java.io.FileNotFoundException(getDescription());
            }
            return h[0];
        }

        @Override
        public String getDescription() {
            return "stored file " + sha256;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            long[] h = header();
            if (h == null) {
                throw new java.io.FileNotFoundException(getDescription());
            }
            long chunks = h[1];
            return new InputStream() {
                private byte[] chunk = new byte[0];
                private int pos;
                private int next;

                private boolean fill() {
                    while (pos >= chunk.length) {
                        if (next >= chunks) {
                            return false;
                        }
                        chunk = jdbc.sql("select bytes from stored_file_chunk where sha256 = ? and seq = ?")
                                .params(sha256, next++)
                                .query(byte[].class)
                                .single();
                        pos = 0;
                    }
                    return true;
                }

                @Override
                public int read() {
                    return fill() ? chunk[pos++] & 0xff : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (len == 0) {
                        return 0;
                    }
                    if (!fill()) {
                        return -1;
                    }
                    int n = Math.min(len, chunk.length - pos);
                    System.arraycopy(chunk, pos, b, off, n);
                    pos += n;
                    return n;
                }
            };
        }
    }
}
