package org.gongkai.catalog;

import java.time.Instant;

/** A published catalog as the public lists it: whose, which area, which version, when, and how many items. */
public record PublishedCatalog(
        long id,
        long organizationId,
        String organizationName,
        long areaId,
        String areaName,
        int versionNumber,
        Integer guidelineVersion,
        Instant publishedAt,
        int itemCount) {}
