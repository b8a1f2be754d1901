package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationQuery;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublishedSummary;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The columns a government website's front page and a unit's page carry and inspections look for (issue 14 §3, RULES
 * §5): 要闻动态, 通知公告, 政策文件 and 政策解读 — the newest records of each, dated, newest first, with the way to all of
 * them. A column with no record is left out rather than shown empty (an empty column is a veto, RULES §5.2).
 */
@Component
class FrontColumns {

    /** One column: its name, its newest records and the listing of all of them. */
    record Column(String key, String label, List<PublishedSummary> items, String more) {}

    static final int NEWEST = 6;

    private final PublicInformation information;

    FrontColumns(PublicInformation information) {
        this.information = information;
    }

    /**
     * The columns of the records of a unit ({@code organizationId}), of a site's unit tree ({@code within}), or of
     * every unit (both null); the records shown tag the page.
     */
    List<Column> of(Long organizationId, Long within, HttpServletRequest request) {
        List<Column> out = new ArrayList<>();
        add(out, "news", "要闻动态", null, DocumentType.WORK_REPORT, organizationId, within, request);
        add(out, "notices", "通知公告", null, DocumentType.NOTICE, organizationId, within, request);
        add(out, "policies", "政策文件", DisclosureColumn.A20_1, null, organizationId, within, request);
        add(out, "interpretations", "政策解读", null, DocumentType.INTERPRETATION, organizationId, within, request);
        return out;
    }

    private void add(
            List<Column> out,
            String key,
            String label,
            DisclosureColumn column,
            DocumentType type,
            Long organizationId,
            Long within,
            HttpServletRequest request) {
        InformationQuery q = new InformationQuery(
                        organizationId,
                        column,
                        null,
                        type,
                        null,
                        null,
                        InformationQuery.Sort.PUBLISHED,
                        1,
                        NEWEST,
                        null,
                        null)
                .within(within);
        List<PublishedSummary> items = information.list(q, null).items();
        if (items.isEmpty()) {
            return;
        }
        PageTags.shown(request, items);
        UriComponentsBuilder more = UriComponentsBuilder.fromPath("/openness/information");
        if (organizationId != null) {
            more.queryParam("organizationId", organizationId);
        }
        if (column != null) {
            more.queryParam("column", column.name());
        }
        if (type != null) {
            more.queryParam("type", type.name());
        }
        out.add(new Column(key, label, items, more.build().toUriString()));
    }
}
