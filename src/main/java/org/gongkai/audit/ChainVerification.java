package org.gongkai.audit;

import java.time.Instant;

/**
 * The result of walking the whole chain. When {@code intact} is false, {@code firstBrokenSequence} is
 * the first entry whose stored hash or link does not match, and {@code problem} says how (in Chinese).
 */
public record ChainVerification(
        boolean intact, long entriesChecked, Long firstBrokenSequence, String problem, Instant verifiedAt) {}
