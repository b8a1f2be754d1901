package org.gongkai.catalog;

/** An item of a unit's published catalog, with its area: what records link to and the portal lists records by. */
public record PublishedCatalogItem(
        long areaId, String areaName, String itemKey, String firstLevel, String secondLevel, String thirdLevel) {}
