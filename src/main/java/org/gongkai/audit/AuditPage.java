package org.gongkai.audit;

import java.util.List;

public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
