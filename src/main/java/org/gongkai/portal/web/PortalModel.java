package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Names the site after the county's top organization on every public page. */
@ControllerAdvice
class PortalModel {

    static final String DEFAULT_SITE_NAME = "政府信息公开平台";

    private final OrganizationDirectory directory;

    PortalModel(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @ModelAttribute
    void addSiteName(HttpServletRequest request, Model model) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/console")) {
            return;
        }
        model.addAttribute("siteName", directory.root().map(Organization::name).orElse(DEFAULT_SITE_NAME));
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
