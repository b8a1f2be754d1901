package org.gongkai.portal.web;

import java.util.List;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.portal.Site;
import org.gongkai.portal.SiteForm;
import org.gongkai.portal.Sites;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 网站群: the supervising office adds, changes and removes the sites of the units it supervises. */
@Controller
class SiteConsoleController {

    private static final String PAGE = "/console/sites";

    private final Sites sites;
    private final OrganizationDirectory directory;

    SiteConsoleController(Sites sites, OrganizationDirectory directory) {
        this.sites = sites;
        this.directory = directory;
    }

    @GetMapping(PAGE)
    String list(@RequestParam(required = false) Long edit, Model model) {
        Site editing = edit == null ? null : sites.find(edit);
        return page(model, editing, editing == null ? SiteForm.empty() : SiteForm.of(editing));
    }

    private String page(Model model, Site editing, SiteForm form) {
        List<Site> mine = sites.manageable();
        model.addAttribute("sites", mine);
        model.addAttribute("names", directory.names());
        model.addAttribute("entries", directory.tree());
        model.addAttribute("canManage", sites.canManage());
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "console/portal/sites";
    }

    @PostMapping(PAGE)
    String create(@ModelAttribute SiteForm form, Model model, RedirectAttributes redirect) {
        return save(null, form, model, redirect);
    }

    @PostMapping(PAGE + "/{id}")
    String update(@PathVariable long id, @ModelAttribute SiteForm form, Model model, RedirectAttributes redirect) {
        return save(id, form, model, redirect);
    }

    private String save(Long id, SiteForm form, Model model, RedirectAttributes redirect) {
        try {
            sites.save(id, form);
            redirect.addFlashAttribute("notice", "网站已保存，按新设置访问该域名即可看到。");
            return "redirect:" + PAGE;
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute(
                    "errors",
                    e instanceof org.gongkai.shared.InvalidFields fields
                            ? fields.errors()
                            : e.field() == null ? java.util.Map.of() : java.util.Map.of(e.field(), e.getMessage()));
            return page(model, id == null ? null : sites.find(id), form);
        }
    }

    @PostMapping(PAGE + "/{id}/removal")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return org.gongkai.shared.web.ConsoleActions.act(
                PAGE, redirect, "网站已删除，该域名此后显示门户网站首页。", () -> sites.delete(id, version == null ? -1 : version));
    }
}
