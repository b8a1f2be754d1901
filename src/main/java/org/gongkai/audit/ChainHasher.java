package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.gongkai.shared.crypto.KeyRing;

/**
 * The hash of an entry over its canonical form and the hash of the entry before it: HMAC-SM3 under a key kept
 * outside the database ({@link #KEYED}, issue 9 §14), so that write access to the database is not enough to
 * recompute a forged chain; or plain SM3 ({@link #PLAIN}), the scheme of chains written before the key.
 */
final class ChainHasher {

    static final String GENESIS = "0".repeat(64);
    static final String PLAIN = "SM3";
    static final String KEYED = "HMAC-SM3";
    private static final char SEPARATOR = '\u001f';

    private final byte[] key;

    ChainHasher(byte[] key) {
        this.key = key.clone();
    }

    String hash(
            String scheme,
            long sequence,
            Instant occurredAt,
            String actor,
            String actorAddress,
            String action,
            String target,
            Outcome outcome,
            String detail,
            String previousHash) {
        String canonical = String.join(
                String.valueOf(SEPARATOR),
                Long.toString(sequence),
                occurredAt.toString(),
                nullToEmpty(actor),
                nullToEmpty(actorAddress),
                nullToEmpty(action),
                nullToEmpty(target),
                outcome.name(),
                nullToEmpty(detail),
                previousHash);
        byte[] input = canonical.getBytes(StandardCharsets.UTF_8);
        if (KEYED.equals(scheme)) {
            return HexFormat.of().formatHex(KeyRing.hmac(key, input));
        }
        SM3Digest digest = new SM3Digest();
        digest.update(input, 0, input.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    String hash(String scheme, AuditEntry e) {
        return hash(
                scheme,
                e.sequence(),
                e.occurredAt(),
                e.actor(),
                e.actorAddress(),
                e.action(),
                e.target(),
                e.outcome(),
                e.detail(),
                e.previousHash());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
