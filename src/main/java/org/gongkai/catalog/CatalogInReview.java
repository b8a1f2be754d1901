package org.gongkai.catalog;

import java.time.Instant;

/** A catalog waiting for the signed-in reviewer's decision, as the review queue lists it. */
public record CatalogInReview(
        long id,
        long organizationId,
        String organizationName,
        CatalogArea area,
        int versionNumber,
        Instant submittedAt) {}
