package org.gongkai.catalog;

/** A catalog version was published (after review); the portal and later the compliance tracker react. */
public record CatalogPublished(long catalogId, long organizationId, long areaId, int versionNumber) {}
