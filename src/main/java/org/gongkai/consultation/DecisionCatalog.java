package org.gongkai.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A people's government's 决策事项目录 for a year (国务院令第713号 第三条): draft until published with the Party
 * committee's agreement recorded, then adjusted item by item.
 */
public record DecisionCatalog(
        long id,
        long organizationId,
        int year,
        boolean published,
        String approvalNote,
        Instant publishedAt,
        int version,
        List<Item> items) {

    /** One major decision of the catalog. */
    public record Item(
            long id,
            String title,
            long sponsorId,
            String reason,
            List<Participation> participation,
            String plannedBy,
            DecisionItemStatus status,
            boolean addedAfterPublication,
            Long consultationId,
            Long hearingId,
            String decisionIndexNumber,
            String statusNote,
            Instant statusChangedAt,
            int version) {}
}
