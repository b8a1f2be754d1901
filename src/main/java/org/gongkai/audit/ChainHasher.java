package org.gongkai.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 over the canonical form of an entry and the hash of the entry before it. */
final class ChainHasher {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private ChainHasher() {
    }

    static String hash(long sequence, Instant occurredAt, String actor, String actorAddress, String action,
            String target, Outcome outcome, String detail, String previousHash) {
        String canonical = String.join(String.valueOf(SEPARATOR), Long.toString(sequence), occurredAt.toString(),
                nullToEmpty(actor), nullToEmpty(actorAddress), nullToEmpty(action), nullToEmpty(target),
                outcome.name(), nullToEmpty(detail), previousHash);
        byte[] input = canonical.getBytes(StandardCharsets.UTF_8);
        SM3Digest digest = new SM3Digest();
        digest.update(input, 0, input.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    static String hash(AuditEntry e) {
        return hash(e.sequence(), e.occurredAt(), e.actor(), e.actorAddress(), e.action(), e.target(), e.outcome(),
                e.detail(), e.previousHash());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
