package org.gongkai.report;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An annual report edition was published (国务院令第711号 第四十九条), or a correction superseded the edition before
 * it: the 政府信息公开年报 column of the unit and the site follow; record pages do not show reports.
 */
@JsonDeserialize
public record ReportPublished(long organizationId, int year, int edition) implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        return false;
    }
}
