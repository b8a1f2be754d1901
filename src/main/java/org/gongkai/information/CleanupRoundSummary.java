package org.gongkai.information;

import java.time.Instant;
import java.time.LocalDate;

/** A cleanup round as the console lists it: its progress without its entries. */
public record CleanupRoundSummary(
        long id,
        String title,
        long organizationId,
        Instant openedAt,
        LocalDate dueDate,
        boolean closed,
        long entries,
        long decided) {}
