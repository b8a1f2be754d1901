package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.portal.Site;
import org.gongkai.portal.Sites;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Names the site on every public page: the site of the request's host name (网站群, {@link Sites}) with its own name,
 * 网站标识码 and footer, or, for any other host, the main portal named after the top organization.
 */
@ControllerAdvice
class PortalModel {

    private final Sites sites;
    private final SiteChromes chromes;

    PortalModel(Sites sites, SiteChromes chromes) {
        this.sites = sites;
        this.chromes = chromes;
    }

    @ModelAttribute
    void addSiteName(HttpServletRequest request, Model model) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/console")) {
            return;
        }
        Site site = sites.forHost(request.getServerName()).orElse(null);
        model.addAttribute("site", site);
        model.addAttribute("siteName", site == null ? chromes.mainName() : site.name());
        model.addAttribute("siteChrome", chromes.of(site));
        DisplayMode mode = DisplayMode.of(request);
        model.addAttribute("displayClasses", mode.cssClasses());
        model.addAttribute("displayMode", mode);
        String query = request.getQueryString();
        model.addAttribute(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length())
                        + (query == null ? "" : "?" + query));
    }
}
