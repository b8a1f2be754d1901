package org.gongkai.catalog;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A catalog version was published (after review, 先审后发): the portal's catalog pages and the record pages that show
 * the unit's catalog items follow; the supervision module (issue 16) will count it.
 */
@JsonDeserialize
public record CatalogPublished(long catalogId, long organizationId, long areaId, int versionNumber)
        implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        return true;
    }
}
