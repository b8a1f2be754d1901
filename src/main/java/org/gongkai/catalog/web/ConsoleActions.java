package org.gongkai.catalog.web;

import java.util.List;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.shared.RuleViolation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the catalog and negative-list console pages share: the unit shown by default, and posted actions. */
final class ConsoleActions {

    private ConsoleActions() {
    }

    /** The unit asked for, else the staff member's own, else the first visible one. */
    static Long chosenUnit(Long requested, List<Organization> units, AccessControl access) {
        if (requested != null) {
            return requested;
        }
        Long own = access.current().organizationId();
        return own != null ? own : units.isEmpty() ? null : units.get(0).id();
    }

    /** Runs a posted action and returns to {@code page} with its notice, or with the rule it broke. */
    static String act(String page, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:" + page;
    }

    /** A missing lock version never matches, so a form without one is told the record changed. */
    static int lock(Integer lockVersion) {
        return lockVersion == null ? -1 : lockVersion;
    }
}
