package org.gongkai.audit;

import java.time.LocalDate;

/**
 * Filters of the audit administrator's search; null means no filter. Pages count from 0. {@code action} finds its code
 * and, when given, the codes of {@code actionsNamed} (the actions whose Chinese names contain the words typed).
 */
public record AuditQuery(
        String actor,
        String action,
        Outcome outcome,
        LocalDate from,
        LocalDate to,
        int page,
        int size,
        java.util.Set<String> actionsNamed) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 || size > 200 ? 50 : size;
        actionsNamed = actionsNamed == null ? java.util.Set.of() : java.util.Set.copyOf(actionsNamed);
    }

    public AuditQuery(String actor, String action, Outcome outcome, LocalDate from, LocalDate to, int page, int size) {
        this(actor, action, outcome, from, to, page, size, null);
    }
}
