package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.shared.crypto.KeyRing;

/**
 * A signed checkpoint of the audit chain (issue 9 §14): the head's sequence number and hash on a date, signed with
 * HMAC-SM3 under a key kept outside the database. The audit administrator keeps it elsewhere; a later verification
 * given the checkpoint finds a chain cut back and relinked behind it, which the chain alone cannot show.
 */
public record Checkpoint(long sequence, String hash, Instant issuedAt, String signature) {

    private static final String TITLE = "gongkai 审计日志检查点";

    static Checkpoint sign(long sequence, String hash, Instant issuedAt, byte[] key) {
        return new Checkpoint(sequence, hash, issuedAt, signature(sequence, hash, issuedAt, key));
    }

    boolean signedWith(byte[] key) {
        return MessageDigest.isEqual(
                signature(sequence, hash, issuedAt, key).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String signature(long sequence, String hash, Instant issuedAt, byte[] key) {
        String canonical = "gongkai-audit-checkpoint|" + sequence + "|" + hash + "|" + issuedAt;
        return HexFormat.of().formatHex(KeyRing.hmac(key, canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text the audit administrator downloads and keeps. */
    public String text() {
        return TITLE + "\n序号：" + sequence + "\n链尾哈希：" + hash + "\n导出时间：" + issuedAt + "\n签名：" + signature + "\n";
    }

    /** Reads a checkpoint's text (at most a few hundred characters are looked at); empty when it is not one. */
    static Optional<Checkpoint> parse(String text) {
        if (text == null || text.length() > 2000 || !text.strip().startsWith(TITLE)) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.strip().split("\\R")) {
            int colon = line.indexOf('：');
            if (colon > 0) {
                fields.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
        }
        try {
            String hash = fields.get("链尾哈希");
            String signature = fields.get("签名");
            if (hash == null
                    || !hash.matches("[0-9a-f]{64}")
                    || signature == null
                    || !signature.matches("[0-9a-f]{64}")) {
                return Optional.empty();
            }
            return Optional.of(new Checkpoint(
                    Long.parseLong(fields.get("序号")), hash, Instant.parse(fields.get("导出时间")), signature));
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
