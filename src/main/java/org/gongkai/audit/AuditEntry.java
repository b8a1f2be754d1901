package org.gongkai.audit;

import java.time.Instant;

/** One link of the chain, as stored. */
public record AuditEntry(
        long sequence,
        Instant occurredAt,
        String actor,
        String actorAddress,
        String action,
        String target,
        Outcome outcome,
        String detail,
        String previousHash,
        String hash) {}
