package org.gongkai.catalog;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A unit's negative list (负面清单) was published after review; the portal's list pages follow, record pages do not show it. */
@JsonDeserialize
public record NegativeListPublished(long listId, long organizationId, int versionNumber)
        implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        return false;
    }
}
