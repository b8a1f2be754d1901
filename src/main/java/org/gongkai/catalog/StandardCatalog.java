package org.gongkai.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 政务公开事项标准目录 of one unit and one area, in one version, with its items and the review of its
 * current round. {@code lockVersion} guards concurrent edits of a draft.
 */
public record StandardCatalog(
        long id,
        long organizationId,
        String organizationName,
        CatalogArea area,
        int versionNumber,
        CatalogStatus status,
        Integer guidelineVersion,
        Instant createdAt,
        String createdBy,
        Instant submittedAt,
        Instant publishedAt,
        String publishedBy,
        int reviewRound,
        int lockVersion,
        List<CatalogItem> items,
        List<ReviewStep> review) {

    /** The step now waiting for a decision, if the catalog is in review. */
    public ReviewStep pendingStep() {
        if (status != CatalogStatus.SUBMITTED) {
            return null;
        }
        return review.stream().filter(s -> s.decision() == null).findFirst().orElse(null);
    }

    /** The item with this key, if the version has it. */
    public Optional<CatalogItem> item(String itemKey) {
        return items.stream().filter(i -> i.itemKey().equals(itemKey)).findFirst();
    }

    public long itemsNeedingRule() {
        return items.stream().filter(i -> !i.timeLimit().understood()).count();
    }
}
