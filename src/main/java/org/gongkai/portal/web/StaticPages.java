package org.gongkai.portal.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statically published record pages: one file a page under {@code data/pages} (named by the SHA-256 of its
 * address, written to a temporary file and moved into place), holding the generation it was rendered in, the
 * headers of its rendering, the records it shows and the page gzip-compressed. A page is served only while its
 * generation is the site's. A change to a record drops the record's own page and the pages showing it (kept in
 * {@code static_page_record}); a page rendered while any change ran is not stored ({@link #state}).
 */
final class StaticPages {

    private static final int MAGIC = 0x676b7031; // "gkp1"

    /** The generation and the change sequence number at one moment. */
    record State(long generation, long seq) {}

    /** A stored page, decompressed. */
    record Stored(
            String path,
            byte[] body,
            String contentType,
            List<String[]> headers,
            String etag,
            Instant renderedAt,
            Set<Long> recordIds) {}

    private final Path root;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    /** Written under {@code this}; read on every request without the lock. */
    private volatile long generation;
    /** Every change moves it; guarded by {@code this}. */
    private long seq;

    StaticPages(Path root, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.root = root;
        this.jdbc = jdbc;
        // its own transactions: the changes after which pages are dropped have committed (after-commit listeners)
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.generation = jdbc.sql("select generation from static_page_state where id = 1")
                .query(Long.class)
                .single();
    }

    synchronized State state() {
        return new State(generation, seq);
    }

    /** The page at this address, if one of the current generation is stored. */
    Optional<Stored> find(String path) {
        byte[] bytes = read(path);
        if (bytes == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC
                    || in.readLong() != generation
                    || !in.readUTF().equals(path)) {
                return Optional.empty();
            }
            Instant renderedAt = Instant.ofEpochMilli(in.readLong());
            String etag = in.readUTF();
            String contentType = in.readUTF();
            List<String[]> headers = new ArrayList<>();
            for (int i = in.readUnsignedShort(); i > 0; i--) {
                headers.add(new String[] {in.readUTF(), in.readUTF()});
            }
            Set<Long> recordIds = new LinkedHashSet<>();
            for (int i = in.readUnsignedShort(); i > 0; i--) {
                recordIds.add(in.readLong());
            }
            byte[] body;
            try (GZIPInputStream zip = new GZIPInputStream(in)) {
                body = zip.readAllBytes();
            }
            return Optional.of(new Stored(path, body, contentType, List.copyOf(headers), etag, renderedAt, recordIds));
        } catch (IOException e) {
            return Optional.empty(); // a torn or foreign file is no page: it is rendered again
        }
    }

    /** Whether a page of the current generation is stored at this address (reads only the file's head). */
    boolean current(String path) {
        Path file = file(path);
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            return in.readInt() == MAGIC
                    && in.readLong() == generation
                    && in.readUTF().equals(path);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Stores a page rendered from the state {@code renderedIn}, unless a change ran since (then the page may show
     * what was before it, and it is left to the rendering that change asked for).
     *
     * @param subject the record whose page it is
     * @param shown   every record the page shows
     */
    synchronized boolean store(
            String path,
            State renderedIn,
            byte[] body,
            String contentType,
            List<String[]> headers,
            String etag,
            Instant renderedAt,
            long subject,
            Set<Long> shown) {
        if (renderedIn.seq() != seq
                || renderedIn.generation() != generation
                || path.length() > 200
                || headers.size() > 100
                || shown.size() > 1000) {
            return false;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeLong(renderedIn.generation());
            out.writeUTF(path);
            out.writeLong(renderedAt.toEpochMilli());
            out.writeUTF(etag);
            out.writeUTF(contentType);
            out.writeShort(headers.size());
            for (String[] h : headers) {
                out.writeUTF(h[0]);
                out.writeUTF(h[1]);
            }
            out.writeShort(shown.size());
            for (Long id : shown) {
                out.writeLong(id);
            }
            GZIPOutputStream zip = new GZIPOutputStream(out);
            zip.write(body);
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Long> others = shown.stream().filter(id -> id != subject).toList();
        // most pages show their own record only: no write to the database for them (rows a page no longer needs
        // only cost a needless rendering when that other record changes)
        if (!others.isEmpty()) {
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("delete from static_page_record where path = ?")
                        .param(path)
                        .update();
                for (Long id : others) {
                    jdbc.sql("insert into static_page_record (record_id, path) values (?, ?)")
                            .params(id, path)
                            .update();
                }
            });
        }
        write(path, bytes.toByteArray());
        return true;
    }

    /**
     * Drops the record's own page and the pages showing it; returns their addresses (to render them again).
     *
     * @param ownPath the record's own address, or null when it never had one
     */
    List<String> dropShowing(long recordId, String ownPath) {
        List<String> paths = new ArrayList<>();
        if (ownPath != null) {
            paths.add(ownPath);
        }
        paths.addAll(jdbc.sql("select path from static_page_record where record_id = ?")
                .param(recordId)
                .query(String.class)
                .list());
        synchronized (this) {
            seq++;
            for (String path : paths) {
                delete(path);
            }
        }
        return paths;
    }

    /** Makes every stored page out of date (what every page shows changed); they are rendered again. */
    void newGeneration() {
        synchronized (this) {
            seq++;
            generation = transactions.execute(tx -> {
                jdbc.sql("update static_page_state set generation = generation + 1 where id = 1")
                        .update();
                return jdbc.sql("select generation from static_page_state where id = 1")
                        .query(Long.class)
                        .single();
            });
        }
    }

    /** Takes the generation another node moved to: every page stored here is out of date. */
    void followGeneration() {
        synchronized (this) {
            seq++;
            generation = jdbc.sql("select generation from static_page_state where id = 1")
                    .query(Long.class)
                    .single();
        }
    }

    Path file(String path) {
        String name = HexFormat.of().formatHex(sha256(path));
        return root.resolve(name.substring(0, 2)).resolve(name.substring(2));
    }

    private byte[] read(String path) {
        try {
            return Files.readAllBytes(file(path));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String path, byte[] bytes) {
        Path file = file(path);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "page", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String path) {
        try {
            Files.deleteIfExists(file(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String path) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
