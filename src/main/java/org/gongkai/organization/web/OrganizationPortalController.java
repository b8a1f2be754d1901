package org.gongkai.organization.web;

import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** 机构职能 on the portal (国务院令第711号 第二十条(二)): every unit's functions, address, hours and contacts. */
@Controller
class OrganizationPortalController {

    private final OrganizationDirectory directory;
    private final org.gongkai.organization.Leaders leaders;

    private final org.gongkai.organization.Overviews overviews;

    OrganizationPortalController(
            OrganizationDirectory directory,
            org.gongkai.organization.Leaders leaders,
            org.gongkai.organization.Overviews overviews) {
        this.directory = directory;
        this.leaders = leaders;
        this.overviews = overviews;
    }

    @GetMapping("/organizations")
    String directory(Model model) {
        model.addAttribute("entries", directory.tree());
        return "portal/organization/directory";
    }

    @GetMapping("/organizations/{id}")
    String organization(@PathVariable long id, Model model) throws NoResourceFoundException {
        Organization o = directory
                .find(id)
                .orElseThrow(
                        () -> new NoResourceFoundException(HttpMethod.GET, "/organizations/" + id, "organization"));
        model.addAttribute("organization", o);
        model.addAttribute(
                "jurisdiction", directory.jurisdiction(o.jurisdictionId()).orElse(null));
        model.addAttribute(
                "parent",
                o.parentId() == null ? null : directory.find(o.parentId()).orElse(null));
        model.addAttribute("children", directory.children(id));
        model.addAttribute("leaders", leaders.of(id));
        model.addAttribute("overview", overviews.of(id).orElse(null));
        return "portal/organization/organization";
    }
}
