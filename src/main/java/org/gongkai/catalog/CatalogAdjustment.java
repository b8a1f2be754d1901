package org.gongkai.catalog;

import java.time.LocalDate;

/**
 * One item's adjustment between the previous published version and {@code versionNumber}: its kind,
 * the editor's reason, and the date it took effect (the publication date). Before publication the date
 * is null and the adjustment is only proposed.
 */
public record CatalogAdjustment(
        int versionNumber, String itemKey, String itemName, AdjustmentKind kind, String reason, LocalDate adjustedOn) {

    public boolean needsReason() {
        return kind != AdjustmentKind.RETAINED && (reason == null || reason.isBlank());
    }
}
