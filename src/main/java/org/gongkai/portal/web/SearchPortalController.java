package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.gongkai.information.DocumentType;
import org.gongkai.information.TopicCategories;
import org.gongkai.information.Validity;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.portal.Site;
import org.gongkai.portal.Sites;
import org.gongkai.search.NearestTerms;
import org.gongkai.search.PublicSearch;
import org.gongkai.search.SearchFacets;
import org.gongkai.search.SearchGroups;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 站内检索 of government information (国务院令第711号 第二十四条: 信息检索、查阅、下载); works without JavaScript. */
@Controller
class SearchPortalController {

    private final SearchIndex index;
    private final TopicCategories topics;
    private final OrganizationDirectory directory;

    private final Sites sites;
    private final PublicSearch search;
    private final NearestTerms nearestTerms;

    SearchPortalController(
            SearchIndex index,
            TopicCategories topics,
            OrganizationDirectory directory,
            Sites sites,
            PublicSearch search,
            NearestTerms nearestTerms) {
        this.search = search;
        this.nearestTerms = nearestTerms;
        this.index = index;
        this.topics = topics;
        this.directory = directory;
        this.sites = sites;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) Validity validity,
            @RequestParam(required = false) SearchQuery.Sort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String site,
            Model model,
            HttpServletRequest request) {
        Site within = within(site, request);
        SearchQuery query = new SearchQuery(
                q,
                organizationId,
                year,
                blankToNull(topic),
                type == null ? null : type.name(),
                validity == null ? null : validity.name(),
                sort,
                page,
                10,
                within == null ? null : within.organizationId());
        model.addAttribute("query", query);
        model.addAttribute("within", within);
        Site own = sites.forHost(request.getServerName()).orElse(null);
        // a unit's site offers 本站 and 全部网站; the main portal lists the sites while the list stays short, and
        // a province's thousands by the governments' portals (a county's site covers its departments and townships)
        model.addAttribute("scopes", own != null ? List.of(own) : mainPortalScopes(within));
        model.addAttribute("q", query.cleanText());
        model.addAttribute("type", type);
        model.addAttribute("validity", validity);
        query = search.expanded(query);
        model.addAttribute("query", query);
        SearchResults results = query.cleanText().isEmpty() ? null : search.search(query);
        if (results != null && results.total() > 0 && results.page() > results.pages()) {
            // a page number past the end shows the last page (issue 9 §25)
            query = query.withPage(results.pages());
            model.addAttribute("query", query);
            results = search.search(query);
        }
        model.addAttribute("results", results);
        model.addAttribute(
                "nearest",
                results != null && results.total() == 0 ? nearestTerms.nearest(query.cleanText(), 5) : List.of());
        model.addAttribute(
                "narrowings",
                results == null ? List.of() : narrowings(results.groups(), query, within, type, validity));
        SearchFacets facets = index.facets();
        model.addAttribute(
                "units",
                directory.tree().stream()
                        .filter(e -> facets.organizationIds()
                                .contains(e.organization().id()))
                        .toList());
        model.addAttribute("names", directory.names());
        model.addAttribute("topics", topics.topLevel());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("years", facets.years());
        return "portal/search";
    }

    /** One kind of value the hits divide by, with a link that narrows the search to each value. */
    record Narrowing(String label, List<Choice> choices) {}

    record Choice(String text, long hits, String href) {}

    /** At most this many values of one kind are offered beside the results. */
    private static final int CHOICES = 12;

    /**
     * The units, years, topic categories and types the hits divide among, most hits first; a kind already chosen, or
     * with one value only, is not offered.
     */
    private List<Narrowing> narrowings(
            SearchGroups groups, SearchQuery q, Site within, DocumentType type, Validity validity) {
        Map<Long, String> names = directory.names();
        Map<String, String> topicNames = new java.util.HashMap<>();
        topics.topLevel().forEach(t -> topicNames.put(t.code(), t.name()));
        List<Narrowing> out = new java.util.ArrayList<>();
        if (q.organizationId() == null) {
            out.add(narrowing(
                    "发布机构",
                    groups.units(),
                    v -> names.get(Long.valueOf(v)),
                    v -> link(q, within, Long.valueOf(v), q.year(), q.topicCode(), type, validity)));
        }
        if (q.year() == null) {
            out.add(narrowing(
                    "发布年份",
                    groups.years(),
                    v -> v + "年",
                    v -> link(q, within, q.organizationId(), Integer.valueOf(v), q.topicCode(), type, validity)));
        }
        if (q.topicCode() == null) {
            out.add(narrowing(
                    "主题分类",
                    groups.topics(),
                    topicNames::get,
                    v -> link(q, within, q.organizationId(), q.year(), v, type, validity)));
        }
        if (type == null) {
            out.add(narrowing(
                    "体裁",
                    groups.types(),
                    v -> label(v),
                    v -> link(
                            q,
                            within,
                            q.organizationId(),
                            q.year(),
                            q.topicCode(),
                            DocumentType.valueOf(v),
                            validity)));
        }
        return out.stream().filter(n -> n.choices().size() > 1).toList();
    }

    private static String label(String type) {
        try {
            return DocumentType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Narrowing narrowing(
            String label,
            List<SearchGroups.Count> counts,
            java.util.function.Function<String, String> text,
            java.util.function.Function<String, String> href) {
        List<Choice> choices = new java.util.ArrayList<>();
        for (SearchGroups.Count c : counts) {
            String t = text.apply(c.value());
            if (t != null && choices.size() < CHOICES) {
                choices.add(new Choice(t, c.hits(), href.apply(c.value())));
            }
        }
        return new Narrowing(label, choices);
    }

    private static String link(
            SearchQuery q,
            Site within,
            Long organizationId,
            Integer year,
            String topic,
            DocumentType type,
            Validity validity) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath("/search")
                .queryParam("q", q.cleanText());
        if (within != null) {
            b.queryParam("site", within.id());
        }
        if (organizationId != null) {
            b.queryParam("organizationId", organizationId);
        }
        if (year != null) {
            b.queryParam("year", year);
        }
        if (topic != null) {
            b.queryParam("topic", topic);
        }
        if (type != null) {
            b.queryParam("type", type.name());
        }
        if (validity != null) {
            b.queryParam("validity", validity.name());
        }
        if (q.sort() == SearchQuery.Sort.DATE) {
            b.queryParam("sort", q.sort().name());
        }
        return b.encode().build().toUriString();
    }

    private static final int MAX_SITES_LISTED = 200;

    /**
     * The sites the main portal's search offers as its 检索范围: every site while there are few; else the sites of
     * the people's governments (the province's, cities' and counties' portals), at most {@value #MAX_SITES_LISTED},
     * with the site searched in now.
     */
    private List<Site> mainPortalScopes(Site within) {
        List<Site> all = sites.all();
        if (all.size() <= MAX_SITES_LISTED) {
            return all;
        }
        List<Site> governments = new java.util.ArrayList<>();
        for (Site s : all) {
            if (governments.size() < MAX_SITES_LISTED
                    && directory
                            .find(s.organizationId())
                            .map(o -> o.kind() == org.gongkai.organization.OrganizationKind.PEOPLES_GOVERNMENT)
                            .orElse(false)) {
                governments.add(s);
            }
        }
        if (within != null && !governments.contains(within)) {
            governments.add(within);
        }
        return governments;
    }

    /**
     * The site whose records the search covers: the one named by {@code site}, none when {@code site} is given empty
     * (全部网站), else the site of the host (a unit's site searches its own records; the main portal searches all).
     */
    private Site within(String site, HttpServletRequest request) {
        if (!request.getParameterMap().containsKey("site")) {
            return sites.forHost(request.getServerName()).orElse(null);
        }
        if (site == null || site.isBlank()) {
            return null;
        }
        try {
            return sites.byId(Long.parseLong(site.strip())).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
