package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.TopicCategories;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePortalController {

    private final OrganizationDirectory directory;
    private final PublicInformation information;
    private final TopicCategories topics;

    HomePortalController(OrganizationDirectory directory, PublicInformation information, TopicCategories topics) {
        this.directory = directory;
        this.information = information;
        this.topics = topics;
    }

    @GetMapping("/")
    String home(Model model, HttpServletRequest request) {
        PageTags.front(request, null);
        model.addAttribute("root", directory.root().orElse(null));
        model.addAttribute("entries", directory.tree());
        return "portal/home";
    }

    /** The 政府信息公开 section: by unit (each with its fixed columns), by topic, by year. */
    @GetMapping("/openness")
    String openness(Model model, HttpServletRequest request) {
        PageTags.front(request, null);
        model.addAttribute(
                "units",
                directory.tree().stream()
                        .filter(e ->
                                e.organization().kind() != org.gongkai.organization.OrganizationKind.VILLAGE_COMMITTEE)
                        .toList());
        model.addAttribute("topics", topics.topLevel());
        model.addAttribute("years", information.years());
        return "portal/openness";
    }
}
