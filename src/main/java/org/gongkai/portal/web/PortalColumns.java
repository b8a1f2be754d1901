package org.gongkai.portal.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.catalog.NegativeLists;
import org.gongkai.information.CleanupRounds;
import org.gongkai.shared.web.FilledColumns;
import org.springframework.stereotype.Component;

/**
 * Which of the portal's site-wide columns have something in them, those of the modules ({@link FilledColumns}) and the
 * portal's own (cleanup results, negative lists): the 政府信息公开 page and the site map link only those.
 */
@Component
class PortalColumns {

    private final List<FilledColumns> modules;
    private final CleanupRounds cleanup;
    private final NegativeLists negativeLists;

    PortalColumns(List<FilledColumns> modules, CleanupRounds cleanup, NegativeLists negativeLists) {
        this.modules = modules;
        this.cleanup = cleanup;
        this.negativeLists = negativeLists;
    }

    Set<String> filled() {
        Set<String> out = new HashSet<>();
        modules.forEach(m -> out.addAll(m.filled()));
        if (!cleanup.closedRounds().isEmpty()) {
            out.add("cleanup");
        }
        if (!negativeLists.published().isEmpty()) {
            out.add("negative-lists");
        }
        return out;
    }
}
