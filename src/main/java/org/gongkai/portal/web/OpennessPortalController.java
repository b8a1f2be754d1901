package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.InformationQuery;
import org.gongkai.information.ListingCursor;
import org.gongkai.information.OpennessSettings;
import org.gongkai.information.Page;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublishedSummary;
import org.gongkai.information.TopicCategories;
import org.gongkai.information.Validity;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.portal.Site;
import org.gongkai.portal.Sites;
import org.gongkai.request.RequestIntake;
import org.gongkai.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 政府信息公开 section of each unit with the fixed columns of 国办公开办函〔2019〕61号 — 政府信息公开指南,
 * 政府信息公开制度, 法定主动公开内容 (第二十条 and the 第二十一条 categories of the unit's level) — and the
 * listing of all public records by unit, column, topic, type, year and validity.
 */
@Controller
class OpennessPortalController {

    private final PublicInformation information;
    private final TopicCategories topics;
    private final OrganizationDirectory directory;
    private final OpennessSettings settings;
    private final RequestIntake requests;
    private final Sites sites;
    private final FrontColumns columns;
    private final org.gongkai.organization.Leaders leaders;

    OpennessPortalController(
            PublicInformation information,
            TopicCategories topics,
            OrganizationDirectory directory,
            OpennessSettings settings,
            RequestIntake requests,
            Sites sites,
            FrontColumns columns,
            org.gongkai.organization.Leaders leaders) {
        this.columns = columns;
        this.leaders = leaders;
        this.sites = sites;
        this.settings = settings;
        this.requests = requests;
        this.information = information;
        this.topics = topics;
        this.directory = directory;
    }

    @GetMapping("/openness/units/{id}")
    String unit(@PathVariable long id, Model model, HttpServletRequest request) {
        Organization unit = unit(id);
        Map<DisclosureColumn, List<PublishedSummary>> statutory =
                information.latestByColumn(id, DisclosureColumn.statutory(isTownship(unit)), 5);
        List<PublishedSummary> rules = information
                .latestByColumn(id, List.of(DisclosureColumn.OPENNESS_RULES), 10)
                .get(DisclosureColumn.OPENNESS_RULES);
        PageTags.front(request, id);
        PageTags.shown(request, rules);
        statutory.values().forEach(list -> PageTags.shown(request, list));
        model.addAttribute("unit", unit);
        model.addAttribute("rules", rules);
        model.addAttribute("statutory", statutory);
        model.addAttribute("columnCounts", information.columnCounts(id));
        model.addAttribute("catalogItems", information.catalogItems(id));
        model.addAttribute("acceptsRequests", requests.acceptsApplications(unit));
        model.addAttribute("columns", columns.of(FrontColumns.UNIT_PAGE, id, null, request));
        model.addAttribute("leaders", leaders.of(id));
        return "portal/information/unit";
    }

    @GetMapping("/openness/units/{id}/guide")
    String guide(@PathVariable long id, Model model) {
        Organization unit = unit(id);
        model.addAttribute("unit", unit);
        model.addAttribute("columns", DisclosureColumn.statutory(isTownship(unit)));
        model.addAttribute("topLevelTopics", topics.topLevel());
        model.addAttribute("guideText", settings.guideText(id));
        model.addAttribute("acceptsRequests", requests.acceptsApplications(unit));
        return "portal/information/guide";
    }

    @GetMapping("/openness/information")
    String list(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) DisclosureColumn column,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Validity validity,
            @RequestParam(required = false) InformationQuery.Sort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String after,
            Model model,
            HttpServletRequest request) {
        String topicCode = topic == null || topic.isBlank()
                ? null
                : topics.find(topic).map(t -> t.code()).orElse(null);
        Integer validYear = year != null && year >= 1990 && year <= 2100 ? year : null;
        String itemKey = area == null || item == null || item.isBlank() || item.length() > 40 ? null : item;
        InformationQuery query = new InformationQuery(
                organizationId,
                column,
                topicCode,
                type,
                validYear,
                validity,
                sort,
                Math.min(Math.max(page, 1), 100_000),
                20,
                area,
                itemKey);
        if (area != null && organizationId != null) {
            information.catalogItems(organizationId).stream()
                    .filter(l -> l.areaId() == area
                            && (itemKey == null || l.itemKey().equals(itemKey)))
                    .findFirst()
                    .ifPresent(l -> model.addAttribute(
                            "catalogItem", itemKey == null ? l.areaName() : l.areaName() + "：" + l.itemName()));
        }
        // a unit's site (网站群) lists its unit's records and those of the units below it
        Site site = sites.forHost(request.getServerName()).orElse(null);
        Long within = site == null ? null : site.organizationId();
        query = query.within(within);
        model.addAttribute("query", query);
        ListingCursor cursor = ListingCursor.parse(after).orElse(null);
        Page<PublishedSummary> result = information.list(query, cursor);
        if (cursor == null && result.page() > result.pages()) {
            // a page number past the end shows the last page, not "第 9 / 8 页" (issue 9 §25)
            query = query.withPage(result.pages());
            model.addAttribute("query", query);
            result = information.list(query, null);
        }
        if (cursor == null) {
            PageTags.listingFront(
                    request,
                    organizationId == null && within != null ? PageTags.tree(within) : PageTags.front(organizationId),
                    query);
        }
        PageTags.shown(request, result.items());
        model.addAttribute("result", result);
        model.addAttribute("units", directory.tree(within));
        model.addAttribute("names", directory.names());
        model.addAttribute("columns", DisclosureColumn.values());
        model.addAttribute("topics", topics.all());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("years", information.years(within));
        model.addAttribute("validities", Validity.values());
        model.addAttribute("topicPath", topics.path(topicCode));
        return "portal/information/list";
    }

    private Organization unit(long id) {
        return directory.find(id).orElseThrow(() -> new NotFound("该单位不存在。"));
    }

    private static boolean isTownship(Organization unit) {
        return unit.kind().level() == AdministrativeLevel.TOWNSHIP;
    }
}
