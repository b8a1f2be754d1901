package org.gongkai.catalog.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.choice;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.util.List;
import org.gongkai.catalog.NegativeLists;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Organization;
import org.gongkai.shared.WithholdingGround;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Negative lists in the console (compile, review, publish) and on the portal (published ones). */
@Controller
class NegativeListController {

    private final NegativeLists negativeLists;
    private final CountyAdministration county;
    private final AccessControl access;

    NegativeListController(NegativeLists negativeLists, CountyAdministration county, AccessControl access) {
        this.negativeLists = negativeLists;
        this.county = county;
        this.access = access;
    }

    @GetMapping("/console/negative-lists")
    String overview(@RequestParam(required = false) Long organizationId, Model model) {
        List<Organization> units = county.visibleOrganizations();
        Long chosen = access.defaultUnit(organizationId, units);
        boolean readable =
                chosen != null && units.stream().anyMatch(u -> u.id() == chosen) && negativeLists.canRead(chosen);
        if (readable) {
            var latest = negativeLists.latest(chosen);
            if (latest.isPresent()) {
                return "redirect:/console/negative-lists/" + latest.get().id();
            }
            model.addAttribute("canCompile", negativeLists.canCompile(chosen));
        }
        model.addAttribute("units", units);
        model.addAttribute("unitId", chosen);
        model.addAttribute("readable", readable);
        return "console/catalog/negative-lists";
    }

    @PostMapping("/console/negative-lists")
    String start(@RequestParam long organizationId, RedirectAttributes redirect) {
        long id = negativeLists.start(organizationId);
        redirect.addFlashAttribute("notice", "已建立负面清单草稿。");
        return "redirect:/console/negative-lists/" + id;
    }

    @GetMapping("/console/negative-lists/{id}")
    String list(@PathVariable long id, Model model) {
        var list = negativeLists.list(id);
        model.addAttribute("list", list);
        model.addAttribute("grounds", WithholdingGround.values());
        model.addAttribute("canCompile", negativeLists.canCompile(list.organizationId()));
        model.addAttribute("canReview", negativeLists.canReview(id));
        return "console/catalog/negative-list";
    }

    @PostMapping("/console/negative-lists/{id}/entries")
    String addEntry(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) String ground,
            @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已添加事项。",
                () -> negativeLists.addEntry(
                        id,
                        lock(lockVersion),
                        name,
                        content,
                        choice(WithholdingGround.class, ground, "ground", "不予公开理由"),
                        legalBasis,
                        reason));
    }

    @PostMapping("/console/negative-lists/{id}/entries/{entryId}/removal")
    String removeEntry(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam(required = false) Integer lockVersion,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已删除事项。", () -> negativeLists.removeEntry(id, lock(lockVersion), entryId));
    }

    @PostMapping("/console/negative-lists/{id}/submission")
    String submit(
            @PathVariable long id, @RequestParam(required = false) Integer lockVersion, RedirectAttributes redirect) {
        return act(page(id), redirect, "已提交审核。", () -> negativeLists.submit(id, lock(lockVersion)));
    }

    @PostMapping("/console/negative-lists/{id}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        return act(
                page(id),
                redirect,
                approve ? "已审核通过。" : "已退回。",
                () -> negativeLists.decide(id, lock(lockVersion), approve, comment));
    }

    @PostMapping("/console/negative-lists/{id}/publication")
    String publish(
            @PathVariable long id, @RequestParam(required = false) Integer lockVersion, RedirectAttributes redirect) {
        return act(page(id), redirect, "负面清单已发布。", () -> negativeLists.publish(id, lock(lockVersion)));
    }

    @PostMapping("/console/negative-lists/{id}/new-version")
    String newVersion(@PathVariable long id, RedirectAttributes redirect) {
        long next = negativeLists.start(negativeLists.list(id).organizationId());
        redirect.addFlashAttribute("notice", "已在已发布版本的基础上建立新版本草稿。");
        return "redirect:/console/negative-lists/" + next;
    }

    @GetMapping("/negative-lists")
    String portal(Model model) {
        model.addAttribute("lists", negativeLists.published());
        return "portal/catalog/negative-lists";
    }

    private static String page(long id) {
        return "/console/negative-lists/" + id;
    }
}
