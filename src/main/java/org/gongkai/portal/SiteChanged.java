package org.gongkai.portal;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A site was added, changed or removed ({@code siteId} 0: the main portal's footer changed): the pages cached under its
 * host show its old name and footer.
 */
@JsonDeserialize
public record SiteChanged(long siteId) implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        // the static record pages are the main portal's: they carry its footer, and no other site's
        return siteId == 0;
    }
}
