package org.gongkai.portal;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A list of sites was imported: pages cached under their hosts show the old names and footers. */
@JsonDeserialize
public record SitesImported(int added, int changed) implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        return false; // as SiteChanged: the static record pages are the main portal's
    }
}
