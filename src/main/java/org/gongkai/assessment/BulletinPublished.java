package org.gongkai.assessment;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A monthly bulletin was published (issue 16 §3): the portal's 月度通报 pages follow; record pages do not show it. */
@JsonDeserialize
public record BulletinPublished(long bulletinId, int year, int month) implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        return false;
    }
}
