package org.gongkai.information;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A unit's 政府信息公开指南 was signed off and published (国务院令第711号 第十二条); its 政府信息公开 pages follow,
 * record pages do not show it.
 */
@JsonDeserialize
public record DisclosureGuidePublished(long organizationId) implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        return false;
    }
}
