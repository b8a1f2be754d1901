package org.gongkai.information.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.information.CleanupDecision;
import org.gongkai.information.CleanupRound;
import org.gongkai.information.CleanupRounds;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.OrganizationScope;
import org.gongkai.organization.Role;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.FormDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cleanup rounds (第十八条) in the console: the office opens and closes them, each unit decides on its records. */
@Controller
class CleanupConsoleController {

    private final CleanupRounds cleanup;
    private final OrganizationDirectory directory;
    private final AccessControl access;

    CleanupConsoleController(CleanupRounds cleanup, OrganizationDirectory directory, AccessControl access) {
        this.cleanup = cleanup;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping("/console/cleanup")
    String rounds(Model model) {
        model.addAttribute("rounds", cleanup.rounds());
        OrganizationScope supervising = access.scope(java.util.EnumSet.of(Role.SUPERVISOR));
        List<Organization> supervised = directory.tree().stream()
                .map(OrganizationDirectory.Entry::organization)
                .filter(o -> supervising.covers(o.id()))
                .toList();
        model.addAttribute("supervised", supervised);
        return "console/information/cleanup-rounds";
    }

    @PostMapping("/console/cleanup")
    String open(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String dueDate,
            RedirectAttributes redirect) {
        try {
            if (organizationId == null) {
                throw new RuleViolation("organizationId", "请选择清理范围（单位）。");
            }
            long id = cleanup.open(organizationId, title, FormDates.date("dueDate", dueDate, "完成期限"));
            redirect.addFlashAttribute("notice", "已开始清理，各单位可以逐件作出清理结果。");
            return "redirect:/console/cleanup/" + id;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            return "redirect:/console/cleanup";
        }
    }

    @GetMapping("/console/cleanup/{id}")
    String round(@PathVariable long id, Model model) {
        CleanupRound round = cleanup.round(id);
        Map<Long, Boolean> decidable = new HashMap<>();
        round.entries().forEach(e -> decidable.put(e.id(), !round.isClosed() && cleanup.canDecide(e)));
        model.addAttribute("round", round);
        model.addAttribute("decidable", decidable);
        model.addAttribute("canClose", cleanup.canClose(round));
        model.addAttribute("names", directory.names());
        model.addAttribute("decisions", CleanupDecision.values());
        return "console/information/cleanup-round";
    }

    @PostMapping("/console/cleanup/{id}/entries/{entryId}")
    String decide(
            @PathVariable long id,
            @PathVariable long entryId,
            @RequestParam(required = false) CleanupDecision decision,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act("/console/cleanup/" + id, redirect, "已记录清理结果。", () -> cleanup.decide(id, entryId, decision, note));
    }

    @PostMapping("/console/cleanup/{id}/closing")
    String close(
            @PathVariable long id, @RequestParam(required = false) Integer lockVersion, RedirectAttributes redirect) {
        return act(
                "/console/cleanup/" + id,
                redirect,
                "本轮清理已结束，清理结果已生效并向社会公布。",
                () -> cleanup.close(id, lock(lockVersion)));
    }
}
