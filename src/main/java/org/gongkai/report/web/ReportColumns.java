package org.gongkai.report.web;

import java.util.Set;
import org.gongkai.report.PublishedReports;
import org.gongkai.shared.web.FilledColumns;
import org.springframework.stereotype.Component;

/** The report module's portal column: the published annual reports of all units. */
@Component
class ReportColumns implements FilledColumns {

    private final PublishedReports reports;

    ReportColumns(PublishedReports reports) {
        this.reports = reports;
    }

    @Override
    public Set<String> filled() {
        return reports.list(null, null).isEmpty() && reports.earlier(null, null).isEmpty()
                ? Set.of()
                : Set.of("reports");
    }
}
