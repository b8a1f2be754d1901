package org.gongkai.portal.web;

import org.gongkai.information.CleanupRounds;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Published results of cleanup rounds (第十八条): what happened to each normative document, and which
 * withheld records became disclosable. Titles of records that stay withheld are not shown.
 */
@Controller
class CleanupPortalController {

    private final CleanupRounds cleanup;
    private final OrganizationDirectory directory;

    CleanupPortalController(CleanupRounds cleanup, OrganizationDirectory directory) {
        this.cleanup = cleanup;
        this.directory = directory;
    }

    @GetMapping("/openness/cleanup")
    String rounds(Model model) {
        model.addAttribute("rounds", cleanup.closedRounds());
        return "portal/information/cleanup-rounds";
    }

    @GetMapping("/openness/cleanup/{id}")
    String round(@PathVariable long id, Model model) {
        model.addAttribute("round", cleanup.closedRound(id));
        model.addAttribute("names", directory.names());
        return "portal/information/cleanup-round";
    }
}
