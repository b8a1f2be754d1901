package org.gongkai.information;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.PublishedCatalogItem;
import org.springframework.stereotype.Component;

/** The items of a unit's published standard catalogs, which its records can be linked to. */
@Component
class CatalogItems {

    private final CatalogCompilation catalogs;

    CatalogItems(CatalogCompilation catalogs) {
        this.catalogs = catalogs;
    }

    /** Every item of the unit's published catalogs by {@code areaId:itemKey}, in catalog order. */
    Map<String, CatalogLink> of(long organizationId) {
        Map<String, CatalogLink> items = new LinkedHashMap<>();
        for (PublishedCatalogItem i : catalogs.publishedItems(organizationId)) {
            String name = (i.firstLevel() == null ? "" : i.firstLevel() + " › ")
                    + i.secondLevel()
                    + (i.thirdLevel() == null ? "" : " › " + i.thirdLevel());
            CatalogLink link = new CatalogLink(i.areaId(), i.areaName(), i.itemKey(), name);
            items.put(link.ref(), link);
        }
        return items;
    }

    /** Stored links with their current names; an item no longer in the published catalog keeps its key as name. */
    List<CatalogLink> resolve(long organizationId, List<InformationRepository.StoredLink> stored) {
        return resolve(stored.isEmpty() ? Map.of() : of(organizationId), stored);
    }

    /** The same against the unit's items already read ({@link #of}). */
    static List<CatalogLink> resolve(Map<String, CatalogLink> items, List<InformationRepository.StoredLink> stored) {
        return stored.stream()
                .map(s -> items.getOrDefault(
                        s.areaId() + ":" + s.itemKey(), new CatalogLink(s.areaId(), "", s.itemKey(), s.itemKey())))
                .toList();
    }
}
