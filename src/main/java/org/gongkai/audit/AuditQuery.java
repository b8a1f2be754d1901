package org.gongkai.audit;

import java.time.LocalDate;

/** Filters of the audit administrator's search; null means no filter. Pages count from 0. */
public record AuditQuery(
        String actor, String action, Outcome outcome, LocalDate from, LocalDate to, int page, int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 || size > 200 ? 50 : size;
    }
}
