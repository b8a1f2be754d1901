package org.gongkai.information;

/** A standard-catalog item a record fulfils: the area, the item's lasting key, and the names to show. */
public record CatalogLink(long areaId, String areaName, String itemKey, String itemName) {

    /** The form value, {@code areaId:itemKey}. */
    public String ref() {
        return areaId + ":" + itemKey;
    }
}
