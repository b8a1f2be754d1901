package org.gongkai.catalog.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.catalog.AreaGuidelines;
import org.gongkai.catalog.Audience;
import org.gongkai.catalog.CatalogArea;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.GuidelineItem;
import org.gongkai.catalog.GuidelineItemDraft;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Areas and their guidelines (标准指引) in the console; the supervising office edits them. */
@Controller
class GuidelineConsoleController {

    record ItemForm(
            String firstLevel,
            String secondLevel,
            String thirdLevel,
            String contentElements,
            String legalBasis,
            String timeLimit,
            String responsibleBody,
            Audience audience,
            DisclosureMode mode,
            List<AdministrativeLevel> levels,
            Integer guidelineVersion) {

        static ItemForm of(GuidelineItem i, int guidelineVersion) {
            return new ItemForm(
                    i.firstLevel(),
                    i.secondLevel(),
                    i.thirdLevel(),
                    i.contentElements(),
                    i.legalBasis(),
                    i.timeLimit().phrase(),
                    i.responsibleBody(),
                    i.audience(),
                    i.mode(),
                    List.copyOf(i.levels()),
                    guidelineVersion);
        }

        static ItemForm empty(int guidelineVersion) {
            return new ItemForm(
                    null,
                    null,
                    null,
                    null,
                    null,
                    "信息形成或者变更之日起20个工作日内",
                    null,
                    Audience.PUBLIC,
                    DisclosureMode.PROACTIVE,
                    List.of(AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP),
                    guidelineVersion);
        }

        GuidelineItemDraft draft() {
            Set<AdministrativeLevel> set = levels == null || levels.isEmpty() ? Set.of() : EnumSet.copyOf(levels);
            return new GuidelineItemDraft(
                    firstLevel,
                    secondLevel,
                    thirdLevel,
                    contentElements,
                    legalBasis,
                    timeLimit,
                    responsibleBody,
                    audience,
                    mode,
                    set);
        }

        int expectedVersion() {
            return guidelineVersion == null ? -1 : guidelineVersion;
        }
    }

    private final AreaGuidelines guidelines;
    private final CatalogCompilation compilation;
    private final CountyAdministration county;

    GuidelineConsoleController(AreaGuidelines guidelines, CatalogCompilation compilation, CountyAdministration county) {
        this.guidelines = guidelines;
        this.compilation = compilation;
        this.county = county;
    }

    @GetMapping("/console/catalog/areas")
    String areas(Model model) {
        model.addAttribute("areas", guidelines.areas());
        model.addAttribute("canEdit", guidelines.canEdit());
        return "console/catalog/areas";
    }

    @PostMapping("/console/catalog/areas")
    String addArea(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
        long id;
        try {
            id = guidelines.addLocalArea(name);
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute("newAreaName", name);
            return areas(model);
        }
        redirect.addFlashAttribute("notice", "已添加本地领域“" + name.strip() + "”。");
        return "redirect:/console/catalog/areas/" + id;
    }

    @GetMapping("/console/catalog/areas/{id}")
    String area(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        CatalogArea area = guidelines.area(id);
        model.addAttribute("area", area);
        model.addAttribute("shownVersion", version == null ? area.guidelineVersion() : version);
        model.addAttribute("items", guidelines.items(id, version));
        model.addAttribute("canEdit", guidelines.canEdit() && (version == null || version == area.guidelineVersion()));
        model.addAttribute(
                "reviewDepartmentId", compilation.reviewDepartment(id).orElse(null));
        model.addAttribute(
                "departments",
                county.visibleOrganizations().stream()
                        .filter(o -> o.kind() == OrganizationKind.DEPARTMENT)
                        .toList());
        return "console/catalog/area";
    }

    /** 逐级审核: which county department reviews townships' catalogs of this area before the supervising office. */
    @PostMapping("/console/catalog/areas/{id}/review-department")
    String setReviewDepartment(
            @PathVariable long id, @RequestParam(required = false) Long departmentId, RedirectAttributes redirect) {
        try {
            compilation.setReviewDepartment(id, departmentId);
            redirect.addFlashAttribute(
                    "notice", departmentId == null ? "乡镇目录将直接由政务公开主管部门审核。" : "已设置行业主管部门：乡镇目录先由其审核，再由政务公开主管部门审核。");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/console/catalog/areas/" + id;
    }

    @GetMapping("/console/catalog/areas/{id}/items/new")
    String newItem(@PathVariable long id, Model model) {
        CatalogArea area = guidelines.area(id);
        return itemForm(model, area, ItemForm.empty(area.guidelineVersion()), null);
    }

    @PostMapping("/console/catalog/areas/{id}/items/new")
    String createItem(@PathVariable long id, ItemForm form, Model model, RedirectAttributes redirect) {
        CatalogArea area = guidelines.area(id);
        try {
            guidelines.addItem(id, form.expectedVersion(), form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return itemForm(model, area, form, null);
        }
        redirect.addFlashAttribute("notice", "已新增指引事项，标准指引更新为第 " + (form.expectedVersion() + 1) + " 版。");
        return "redirect:/console/catalog/areas/" + id;
    }

    @GetMapping("/console/catalog/areas/{id}/items/{key}")
    String editItem(@PathVariable long id, @PathVariable String key, Model model) {
        CatalogArea area = guidelines.area(id);
        return itemForm(model, area, ItemForm.of(guidelines.currentItem(id, key), area.guidelineVersion()), key);
    }

    @PostMapping("/console/catalog/areas/{id}/items/{key}")
    String updateItem(
            @PathVariable long id, @PathVariable String key, ItemForm form, Model model, RedirectAttributes redirect) {
        CatalogArea area = guidelines.area(id);
        try {
            guidelines.updateItem(id, key, form.expectedVersion(), form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return itemForm(model, area, form, key);
        }
        redirect.addFlashAttribute("notice", "已修改指引事项，标准指引更新为第 " + (form.expectedVersion() + 1) + " 版。");
        return "redirect:/console/catalog/areas/" + id;
    }

    @PostMapping("/console/catalog/areas/{id}/items/{key}/removal")
    String removeItem(
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam(required = false) Integer guidelineVersion,
            RedirectAttributes redirect) {
        guidelines.removeItem(id, key, guidelineVersion == null ? -1 : guidelineVersion);
        redirect.addFlashAttribute("notice", "已删除指引事项（历史版本中仍可查看）。");
        return "redirect:/console/catalog/areas/" + id;
    }

    private String itemForm(Model model, CatalogArea area, ItemForm form, String key) {
        model.addAttribute("area", area);
        model.addAttribute("form", form);
        model.addAttribute("itemKey", key);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("modes", DisclosureMode.values());
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("parsed", org.gongkai.catalog.TimeLimit.parse(form.timeLimit()));
        return "console/catalog/guideline-item";
    }
}
