package org.gongkai.portal.web;

import org.gongkai.organization.OrganizationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePortalController {

    private final OrganizationDirectory directory;

    HomePortalController(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("root", directory.root().orElse(null));
        model.addAttribute("entries", directory.tree());
        return "portal/home";
    }

    /** The 政府信息公开 section: lists the columns built so far, nothing that is not. */
    @GetMapping("/openness")
    String openness(Model model) {
        model.addAttribute("root", directory.root().orElse(null));
        return "portal/openness";
    }
}
