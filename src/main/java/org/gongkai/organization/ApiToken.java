package org.gongkai.organization;

import java.time.Instant;

/**
 * A staff API token as the console lists it: its name (who uses it, e.g. “12345 热线”), the first characters that let
 * its holder recognise it, when it was issued, when it expires, when it was last used and whether it was revoked. The
 * token itself is never stored.
 */
public record ApiToken(
        long id,
        long staffId,
        String name,
        String prefix,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy,
        int version) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public String state(Instant now) {
        if (revokedAt != null) {
            return "已撤销";
        }
        return now.isBefore(expiresAt) ? "有效" : "已过期";
    }
}
