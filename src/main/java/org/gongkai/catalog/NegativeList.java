package org.gongkai.catalog;

import java.time.Instant;
import java.util.List;

/**
 * 负面清单 of one unit, in one version. Same lifecycle as a catalog (先审后发): DRAFT → SUBMITTED →
 * REVIEWED (by a SUPERVISOR over the unit) or RETURNED → PUBLISHED; a new version supersedes the old.
 */
public record NegativeList(
        long id,
        long organizationId,
        String organizationName,
        int versionNumber,
        CatalogStatus status,
        String reviewComment,
        String reviewedBy,
        Instant reviewedAt,
        Instant publishedAt,
        int lockVersion,
        List<NegativeListEntry> entries) {}
