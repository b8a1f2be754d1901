package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.portal.Sites;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages every government site links from its footer (issue 14 §5): 联系我们 (the site's unit's contacts, the top
 * organization's on the main portal), 网站地图 as a page for people (the XML one is for crawlers), and the statement of
 * what the site does for the elderly and for people with disabilities.
 */
@Controller
class SitePagesController {

    private final PortalColumns portalColumns;

    private final Sites sites;
    private final OrganizationDirectory directory;

    SitePagesController(Sites sites, OrganizationDirectory directory, PortalColumns portalColumns) {
        this.portalColumns = portalColumns;
        this.sites = sites;
        this.directory = directory;
    }

    /** The unit whose site this host is, or the top organization for the main portal. */
    private Organization unit(HttpServletRequest request) {
        return sites.forHost(request.getServerName())
                .flatMap(site -> directory.find(site.organizationId()))
                .or(directory::root)
                .orElse(null);
    }

    @GetMapping("/contact")
    String contact(Model model, HttpServletRequest request) {
        model.addAttribute("unit", unit(request));
        return "portal/contact";
    }

    @GetMapping("/sitemap")
    String sitemap(Model model, HttpServletRequest request) {
        Long within = sites.forHost(request.getServerName())
                .map(site -> site.organizationId())
                .orElse(null);
        model.addAttribute(
                "units",
                directory.tree(within).stream()
                        .filter(e -> e.organization().kind() != OrganizationKind.VILLAGE_COMMITTEE)
                        .toList());
        model.addAttribute("filled", portalColumns.filled());
        return "portal/sitemap";
    }

    @GetMapping("/accessibility")
    String accessibility(Model model, HttpServletRequest request) {
        model.addAttribute("unit", unit(request));
        return "portal/accessibility";
    }
}
