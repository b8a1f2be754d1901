package org.gongkai.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A cleanup round and its entries; closed rounds are public with their normative-document and disclosure results. */
public record CleanupRound(
        long id,
        String title,
        long organizationId,
        String openedBy,
        Instant openedAt,
        LocalDate dueDate,
        String closedBy,
        Instant closedAt,
        int lockVersion,
        List<Entry> entries) {

    public record Entry(
            long id,
            long recordId,
            long organizationId,
            CleanupDecision.CleanupScope scope,
            String title,
            CleanupDecision decision,
            String note,
            String decidedBy,
            Instant decidedAt,
            String indexNumber,
            String documentNumber) {}

    public boolean isClosed() {
        return closedAt != null;
    }

    public long undecided() {
        return entries.stream().filter(e -> e.decision() == null).count();
    }
}
