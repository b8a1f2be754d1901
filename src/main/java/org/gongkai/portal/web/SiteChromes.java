package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.portal.Site;
import org.gongkai.portal.Sites;
import org.springframework.stereotype.Component;

/**
 * The chrome of the site a request is for: the site of its host name, or the main portal (named after the top
 * organization) for any other host. Each site's is built once while the site and the top organization's name stay
 * as they are.
 */
@Component
class SiteChromes {

    static final String DEFAULT_SITE_NAME = "政府信息公开平台";

    private final Sites sites;
    private final OrganizationDirectory directory;
    private final Map<Object, SiteChrome> built = new ConcurrentHashMap<>();

    SiteChromes(Sites sites, OrganizationDirectory directory) {
        this.sites = sites;
        this.directory = directory;
    }

    SiteChrome of(HttpServletRequest request) {
        return of(sites.forHost(request.getServerName()).orElse(null));
    }

    SiteChrome of(Site site) {
        String mainName = mainName();
        if (built.size() > 10_000) {
            built.clear();
        }
        // a site record holds its version, so an edited site is built again; the main portal by its name
        org.gongkai.portal.MainPortal main = sites.mainPortal();
        return built.computeIfAbsent(
                site == null ? java.util.List.of(mainName, main) : java.util.List.of(site, mainName),
                k -> SiteChrome.of(site, mainName, main));
    }

    /** The main portal's name: the top organization's. */
    String mainName() {
        return directory.root().map(Organization::name).orElse(DEFAULT_SITE_NAME);
    }
}
