package org.gongkai.organization.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationDraft;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class OrganizationConsoleController {

    /** The organization form as posted; the contact form posts only the contact fields. */
    record OrganizationForm(
            String name,
            OrganizationKind kind,
            Long parentId,
            Long jurisdictionId,
            String creditCode,
            String functions,
            String officeAddress,
            String officeHours,
            String phone,
            String fax,
            String email,
            String website,
            Integer sortOrder,
            Integer version) {

        static OrganizationForm of(Organization o) {
            return new OrganizationForm(
                    o.name(),
                    o.kind(),
                    o.parentId(),
                    o.jurisdictionId(),
                    o.creditCode(),
                    o.functions(),
                    o.officeAddress(),
                    o.officeHours(),
                    o.phone(),
                    o.fax(),
                    o.email(),
                    o.website(),
                    o.sortOrder(),
                    o.version());
        }

        OrganizationDraft draft() {
            return new OrganizationDraft(
                    name,
                    kind,
                    parentId,
                    jurisdictionId,
                    creditCode,
                    functions,
                    officeAddress,
                    officeHours,
                    phone,
                    fax,
                    email,
                    website,
                    sortOrder);
        }

        int versionOrStale() {
            return version == null ? -1 : version;
        }
    }

    private final CountyAdministration county;
    private final OrganizationDirectory directory;
    private final org.gongkai.organization.Leaders leaders;
    private final org.gongkai.organization.Overviews overviews;

    OrganizationConsoleController(
            CountyAdministration county,
            OrganizationDirectory directory,
            org.gongkai.organization.Leaders leaders,
            org.gongkai.organization.Overviews overviews) {
        this.county = county;
        this.directory = directory;
        this.leaders = leaders;
        this.overviews = overviews;
    }

    @PostMapping("/console/organizations/{id}/overview")
    String saveOverview(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String overview,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        Organization o = county.organization(id);
        try {
            overviews.save(id, overview, version);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute("overviewText", overview);
            return form(model, OrganizationForm.of(o), o);
        }
        redirect.addFlashAttribute("notice", "已保存概况信息。");
        return "redirect:/console/organizations/" + id + "#overview";
    }

    @GetMapping("/console/organizations")
    String list(Model model) {
        Set<Long> visible =
                county.visibleOrganizations().stream().map(Organization::id).collect(Collectors.toSet());
        List<OrganizationDirectory.Entry> tree = directory.tree().stream()
                .filter(e -> visible.contains(e.organization().id()))
                .toList();
        model.addAttribute("entries", tree);
        model.addAttribute("canCreate", county.canCreateOrganizations());
        return "console/organization/organizations";
    }

    @GetMapping("/console/organizations/new")
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        return form(
                model,
                new OrganizationForm(
                        null,
                        OrganizationKind.DEPARTMENT,
                        parentId,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        null),
                null);
    }

    @PostMapping("/console/organizations/new")
    String create(OrganizationForm form, Model model, RedirectAttributes redirect) {
        long id;
        try {
            id = county.createOrganization(form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("notice", "已创建单位“" + form.name() + "”。");
        return "redirect:/console/organizations/" + id;
    }

    @GetMapping("/console/organizations/{id}")
    String show(@PathVariable long id, Model model) {
        Organization o = county.organization(id);
        return form(model, OrganizationForm.of(o), o);
    }

    @PostMapping("/console/organizations/{id}")
    String update(@PathVariable long id, OrganizationForm form, Model model, RedirectAttributes redirect) {
        Organization o = county.organization(id);
        try {
            county.updateOrganization(id, form.versionOrStale(), form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, form, o);
        }
        redirect.addFlashAttribute("notice", "已保存单位信息。");
        return "redirect:/console/organizations/" + id;
    }

    @PostMapping("/console/organizations/{id}/contact")
    String updateContact(@PathVariable long id, OrganizationForm form, Model model, RedirectAttributes redirect) {
        Organization o = county.organization(id);
        try {
            county.updateContactDetails(id, form.versionOrStale(), form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, form, o);
        }
        redirect.addFlashAttribute("notice", "已保存机构职能和联系方式。");
        return "redirect:/console/organizations/" + id;
    }

    /** The leader form: a new one (no id) or one shown at its version. */
    record LeaderForm(Long id, Integer version, String name, String post, String responsibilities, Integer sortOrder) {}

    @PostMapping("/console/organizations/{id}/leaders")
    String saveLeader(@PathVariable long id, LeaderForm form, Model model, RedirectAttributes redirect) {
        Organization o = county.organization(id);
        try {
            leaders.save(
                    id, form.id(), form.version(), form.name(), form.post(), form.responsibilities(), form.sortOrder());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute("leaderForm", form);
            return form(model, OrganizationForm.of(o), o);
        }
        redirect.addFlashAttribute("notice", "已保存领导信息。");
        return "redirect:/console/organizations/" + id + "#leaders";
    }

    @PostMapping("/console/organizations/{id}/leaders/{leaderId}/delete")
    String deleteLeader(
            @PathVariable long id,
            @PathVariable long leaderId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        Organization o = county.organization(id);
        try {
            leaders.delete(id, leaderId, version);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(model, OrganizationForm.of(o), o);
        }
        redirect.addFlashAttribute("notice", "已删除领导信息。");
        return "redirect:/console/organizations/" + id + "#leaders";
    }

    private String form(Model model, OrganizationForm form, Organization existing) {
        if (existing != null) {
            model.addAttribute("leaders", leaders.of(existing.id()));
            model.addAttribute("canEditLeaders", county.canEditContactDetails(existing.id()));
            model.addAttribute("overview", overviews.of(existing.id()).orElse(null));
        }
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("jurisdictions", county.jurisdictions());
        model.addAttribute("parents", county.visibleOrganizations());
        boolean structure = existing == null || county.canManageStructure(existing.id());
        model.addAttribute("canEditStructure", structure);
        model.addAttribute("canEditContact", existing != null && county.canEditContactDetails(existing.id()));
        return "console/organization/organization";
    }
}
