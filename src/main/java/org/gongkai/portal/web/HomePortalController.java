package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.TopicCategories;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.portal.Sites;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePortalController {

    private final OrganizationDirectory directory;
    private final PublicInformation information;
    private final TopicCategories topics;

    private final Sites sites;
    private final PortalColumns portalColumns;
    private final OpennessPortalController openness;
    private final FrontColumns columns;
    private final org.gongkai.organization.Leaders leaders;
    private final org.gongkai.organization.Overviews overviews;

    HomePortalController(
            OrganizationDirectory directory,
            PublicInformation information,
            TopicCategories topics,
            Sites sites,
            OpennessPortalController openness,
            FrontColumns columns,
            org.gongkai.organization.Leaders leaders,
            org.gongkai.organization.Overviews overviews,
            PortalColumns portalColumns) {
        this.portalColumns = portalColumns;
        this.overviews = overviews;
        this.columns = columns;
        this.leaders = leaders;
        this.directory = directory;
        this.information = information;
        this.topics = topics;
        this.sites = sites;
        this.openness = openness;
    }

    /** The main portal's home; a unit's site (网站群) opens on the unit's 政府信息公开 page. */
    @GetMapping("/")
    String home(Model model, HttpServletRequest request) {
        var site = sites.forHost(request.getServerName());
        if (site.isPresent()) {
            return openness.unit(site.get().organizationId(), model, request);
        }
        PageTags.front(request, null);
        var root = directory.root().orElse(null);
        model.addAttribute("root", root);
        model.addAttribute("entries", directory.tree());
        model.addAttribute("columns", columns.of(FrontColumns.HOME, null, null, request));
        model.addAttribute("leaders", root == null ? List.of() : leaders.of(root.id()));
        model.addAttribute(
                "overview", root == null ? null : overviews.of(root.id()).orElse(null));
        return "portal/home";
    }

    /** The 政府信息公开 section: by unit (each with its fixed columns), by topic, by year. */
    @GetMapping("/openness")
    String openness(Model model, HttpServletRequest request) {
        PageTags.front(request, null);
        Long within = sites.forHost(request.getServerName())
                .map(site -> site.organizationId())
                .orElse(null);
        model.addAttribute(
                "units",
                directory.tree(within).stream()
                        .filter(e ->
                                e.organization().kind() != org.gongkai.organization.OrganizationKind.VILLAGE_COMMITTEE)
                        .toList());
        // a topic without records is not offered (an empty column is a veto of the site inspection, RULES §5.2)
        java.util.Map<String, Long> topicCounts = information.topLevelTopicCounts(within);
        model.addAttribute(
                "topics",
                topics.topLevel().stream()
                        .filter(t -> topicCounts.containsKey(t.code()))
                        .toList());
        model.addAttribute("topicCounts", topicCounts);
        model.addAttribute("years", information.years(within));
        model.addAttribute("filled", portalColumns.filled());
        return "portal/openness";
    }
}
