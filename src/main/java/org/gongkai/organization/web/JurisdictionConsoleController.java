package org.gongkai.organization.web;

import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Jurisdiction;
import org.gongkai.organization.JurisdictionDraft;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class JurisdictionConsoleController {

    /** The jurisdiction form as posted. */
    record JurisdictionForm(String code, String name, AdministrativeLevel level, Long parentId, Integer version) {

        static JurisdictionForm of(Jurisdiction j) {
            return new JurisdictionForm(j.code(), j.name(), j.level(), j.parentId(), j.version());
        }

        JurisdictionDraft draft() {
            return new JurisdictionDraft(code, name, level, parentId);
        }
    }

    private final CountyAdministration county;

    JurisdictionConsoleController(CountyAdministration county) {
        this.county = county;
    }

    @GetMapping("/console/jurisdictions")
    String list(Model model) {
        return page(model, new JurisdictionForm(null, null, AdministrativeLevel.TOWNSHIP, null, null), null);
    }

    @PostMapping("/console/jurisdictions")
    String create(JurisdictionForm form, Model model, RedirectAttributes redirect) {
        try {
            county.createJurisdiction(form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return page(model, form, null);
        }
        redirect.addFlashAttribute("notice", "已添加行政区划“" + form.name() + "”。");
        return "redirect:/console/jurisdictions";
    }

    @GetMapping("/console/jurisdictions/{id}")
    String edit(@PathVariable long id, Model model) {
        return page(model, JurisdictionForm.of(county.jurisdiction(id)), id);
    }

    @PostMapping("/console/jurisdictions/{id}")
    String update(@PathVariable long id, JurisdictionForm form, Model model, RedirectAttributes redirect) {
        try {
            county.updateJurisdiction(id, form.version() == null ? -1 : form.version(), form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return page(model, form, id);
        }
        redirect.addFlashAttribute("notice", "已保存行政区划“" + form.name() + "”。");
        return "redirect:/console/jurisdictions";
    }

    private String page(Model model, JurisdictionForm form, Long editingId) {
        model.addAttribute("jurisdictions", county.jurisdictions());
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("form", form);
        model.addAttribute("editingId", editingId);
        return "console/organization/jurisdictions";
    }
}
