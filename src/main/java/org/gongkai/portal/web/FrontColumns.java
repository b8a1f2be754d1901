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

    /** The columns inspections look for: what each lists, by 文种 or by 公开栏目. */
    enum Kind {
        NEWS("news", "要闻动态", null, DocumentType.WORK_REPORT),
        NOTICES("notices", "通知公告", null, DocumentType.NOTICE),
        POLICIES("policies", "政策文件", DisclosureColumn.A20_1, null),
        INTERPRETATIONS("interpretations", "政策解读", null, DocumentType.INTERPRETATION);

        final String key;
        final String label;
        final DisclosureColumn column;
        final DocumentType type;

        Kind(String key, String label, DisclosureColumn column, DocumentType type) {
            this.key = key;
            this.label = label;
            this.column = column;
            this.type = type;
        }
    }

    /** The home page's columns. */
    static final List<Kind> HOME = List.of(Kind.values());

    /** A unit's 政府信息公开 page: its policy documents are listed there under 第二十条（一）. */
    static final List<Kind> UNIT_PAGE = List.of(Kind.NEWS, Kind.NOTICES, Kind.INTERPRETATIONS);

    /**
     * These columns of the records of a unit ({@code organizationId}), of a site's unit tree ({@code within}), or of
     * every unit (both null); the records shown tag the page.
     */
    List<Column> of(List<Kind> kinds, Long organizationId, Long within, HttpServletRequest request) {
        List<Column> out = new ArrayList<>();
        for (Kind kind : kinds) {
            add(out, kind, organizationId, within, request);
        }
        return out;
    }

    private void add(List<Column> out, Kind kind, Long organizationId, Long within, HttpServletRequest request) {
        DisclosureColumn column = kind.column;
        DocumentType type = kind.type;
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
        out.add(new Column(kind.key, kind.label, items, more.build().toUriString()));
    }
}
