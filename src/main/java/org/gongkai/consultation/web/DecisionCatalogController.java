package org.gongkai.consultation.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.consultation.DecisionCatalog;
import org.gongkai.consultation.DecisionCatalogs;
import org.gongkai.consultation.DecisionItemStatus;
import org.gongkai.consultation.Hearings;
import org.gongkai.consultation.Participation;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.ConsoleActions;
import org.gongkai.shared.web.ConsoleActions.Done;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 决策事项目录 in the console (compiling, publishing, adjusting, progress) and on the portal. */
@Controller
class DecisionCatalogController {

    private final DecisionCatalogs catalogs;
    private final OrganizationDirectory directory;
    private final Hearings hearings;

    DecisionCatalogController(DecisionCatalogs catalogs, OrganizationDirectory directory, Hearings hearings) {
        this.catalogs = catalogs;
        this.directory = directory;
        this.hearings = hearings;
    }

    private static String page(long id) {
        return "/console/decision-catalogs/" + id;
    }

    @GetMapping("/console/decision-catalogs")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? hearings.day().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("catalogs", catalogs.ofYear(y));
        model.addAttribute(
                "compilable",
                catalogs.compilable().stream().map(Organization::id).toList());
        return "console/decision/list";
    }

    @PostMapping("/console/decision-catalogs")
    String create(
            @RequestParam(required = false) Long governmentId,
            @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        return act("/console/decision-catalogs" + (year == null ? "" : "?year=" + year), redirect, () -> {
            if (governmentId == null || year == null) {
                throw new RuleViolation("请选择人民政府和年度。");
            }
            long id = catalogs.create(governmentId, year);
            return new Done(page(id), "已新建决策事项目录，请添加事项。");
        });
    }

    @GetMapping("/console/decision-catalogs/{id}")
    String show(@PathVariable long id, Model model) {
        DecisionCatalog c = catalogs.find(id);
        model.addAttribute("catalog", c);
        model.addAttribute("government", directory.find(c.organizationId()).orElseThrow());
        model.addAttribute("names", directory.names());
        model.addAttribute("canCompile", catalogs.canCompile(c.organizationId()));
        model.addAttribute(
                "movable",
                c.items().stream()
                        .filter(i -> catalogs.canMove(c, i))
                        .map(DecisionCatalog.Item::id)
                        .toList());
        model.addAttribute("sponsors", catalogs.sponsors());
        model.addAttribute("participations", Participation.values());
        model.addAttribute("statuses", DecisionItemStatus.values());
        return "console/decision/catalog";
    }

    @PostMapping("/console/decision-catalogs/{id}/items")
    String addItem(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Long sponsorId,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) List<String> participation,
            @RequestParam(required = false) String plannedBy,
            @RequestParam(required = false) Long consultationId,
            @RequestParam(required = false) Long hearingId,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已增加决策事项。", () -> {
            List<Participation> ways = new ArrayList<>();
            for (String p : participation == null
                    ? List.<String>of()
                    : participation.stream().limit(10).toList()) {
                ways.add(ConsoleActions.choice(Participation.class, p, "participation", "公众参与方式"));
            }
            catalogs.addItem(
                    id,
                    new DecisionCatalogs.ItemDraft(
                            title, sponsorId, reason, ways, plannedBy, consultationId, hearingId));
        });
    }

    @PostMapping("/console/decision-catalogs/{id}/items/{itemId}/removal")
    String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        return act(page(id), redirect, "已删除事项。", () -> catalogs.removeDraftItem(id, itemId));
    }

    @PostMapping("/console/decision-catalogs/{id}/publication")
    String publish(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String approvalNote,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已公布决策事项目录。", () -> catalogs.publish(id, lock(version), approvalNote));
    }

    @PostMapping("/console/decision-catalogs/{id}/items/{itemId}/status")
    String move(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String decisionIndexNumber,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已更新事项进展。",
                () -> catalogs.move(
                        id,
                        itemId,
                        lock(version),
                        ConsoleActions.choice(DecisionItemStatus.class, status, "status", "状态"),
                        note,
                        decisionIndexNumber));
    }

    // --- portal --------------------------------------------------------------------------------------------------

    @GetMapping("/participation/decisions")
    String publicCatalog(
            @RequestParam(required = false) Long government,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<Organization> governments = catalogs.governments();
        Organization g = government == null
                ? governments.stream().findFirst().orElse(null)
                : governments.stream()
                        .filter(o -> o.id() == government)
                        .findFirst()
                        .orElseThrow(() -> new org.gongkai.shared.NotFound("该人民政府不存在。"));
        List<Integer> years = g == null ? List.of() : catalogs.publishedYears(g.id());
        int y = year != null ? year : years.isEmpty() ? hearings.day().getYear() : years.get(0);
        model.addAttribute("governments", governments);
        model.addAttribute("government", g);
        model.addAttribute("years", years);
        model.addAttribute("year", y);
        model.addAttribute(
                "catalog", g == null ? null : catalogs.published(g.id(), y).orElse(null));
        model.addAttribute("names", directory.names());
        return "portal/decision/catalog";
    }
}
