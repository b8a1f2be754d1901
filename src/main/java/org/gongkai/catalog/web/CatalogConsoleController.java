package org.gongkai.catalog.web;

import static org.gongkai.shared.web.ConsoleActions.act;
import static org.gongkai.shared.web.ConsoleActions.choice;
import static org.gongkai.shared.web.ConsoleActions.lock;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.catalog.AdjustmentKind;
import org.gongkai.catalog.Audience;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.CatalogItem;
import org.gongkai.catalog.CatalogItemDraft;
import org.gongkai.catalog.Channel;
import org.gongkai.catalog.DisclosureMode;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.catalog.TimeLimit;
import org.gongkai.catalog.TimeRule;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Organization;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.ConsoleActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Compiling, reviewing and publishing catalogs in the console. */
@Controller
class CatalogConsoleController {

    record ItemForm(
            String firstLevel,
            String secondLevel,
            String thirdLevel,
            String contentElements,
            String legalBasis,
            String timeLimit,
            String responsibleBody,
            List<Channel> channels,
            String localChannels,
            Audience audience,
            DisclosureMode mode,
            List<AdministrativeLevel> levels,
            Integer lockVersion,
            String audienceNote,
            String modeNote) {

        static ItemForm of(CatalogItem i, int lockVersion) {
            return new ItemForm(
                    i.firstLevel(),
                    i.secondLevel(),
                    i.thirdLevel(),
                    i.contentElements(),
                    i.legalBasis(),
                    i.timeLimit().phrase(),
                    i.responsibleBody(),
                    List.copyOf(i.channels()),
                    i.localChannels(),
                    i.audience(),
                    i.mode(),
                    List.copyOf(i.levels()),
                    lockVersion,
                    i.audienceNote(),
                    i.modeNote());
        }

        CatalogItemDraft draft() {
            Set<Channel> chosen =
                    channels == null || channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
            Set<AdministrativeLevel> lv = levels == null || levels.isEmpty() ? Set.of() : EnumSet.copyOf(levels);
            return new CatalogItemDraft(
                    firstLevel,
                    secondLevel,
                    thirdLevel,
                    contentElements,
                    legalBasis,
                    timeLimit,
                    responsibleBody,
                    chosen,
                    localChannels,
                    audience,
                    mode,
                    lv,
                    audienceNote,
                    modeNote);
        }

        int lock() {
            return ConsoleActions.lock(lockVersion);
        }
    }

    private final CatalogCompilation compilation;
    private final CountyAdministration county;
    private final AccessControl access;

    CatalogConsoleController(CatalogCompilation compilation, CountyAdministration county, AccessControl access) {
        this.compilation = compilation;
        this.county = county;
        this.access = access;
    }

    @GetMapping("/console/catalogs")
    String overview(@RequestParam(required = false) Long organizationId, Model model) {
        List<Organization> units = county.visibleOrganizations();
        Long chosen = access.defaultUnit(organizationId, units);
        model.addAttribute("units", units);
        model.addAttribute("unitId", chosen);
        model.addAttribute("awaiting", compilation.awaitingMyReview());
        if (chosen != null && units.stream().anyMatch(u -> u.id() == chosen) && compilation.canRead(chosen)) {
            model.addAttribute("areas", compilation.overview(chosen));
            model.addAttribute("canCompile", compilation.canCompile(chosen));
        }
        return "console/catalog/catalogs";
    }

    @PostMapping("/console/catalogs")
    String start(@RequestParam long organizationId, @RequestParam long areaId, RedirectAttributes redirect) {
        long id = compilation.startDraft(organizationId, areaId);
        redirect.addFlashAttribute("notice", "已建立目录草稿，可在此基础上增删改事项。");
        return "redirect:/console/catalogs/" + id;
    }

    @GetMapping("/console/catalogs/{id}")
    String catalog(@PathVariable long id, Model model) {
        StandardCatalog c = compilation.catalog(id);
        model.addAttribute("catalog", c);
        model.addAttribute("canCompile", compilation.canCompile(c.organizationId()));
        model.addAttribute("canReview", compilation.canReview(id));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("adjustments", compilation.proposedAdjustments(id));
        return "console/catalog/catalog";
    }

    @PostMapping("/console/catalogs/{id}/adjustments/{key}")
    String explain(
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(
                page(id),
                redirect,
                "已保存调整理由。",
                () -> compilation.explainAdjustment(
                        id, lock(lockVersion), key, choice(AdjustmentKind.class, kind, "kind", "调整类型"), reason));
    }

    @GetMapping("/console/catalogs/{id}/items/new")
    String newItem(@PathVariable long id, Model model) {
        StandardCatalog c = compilation.catalog(id);
        return itemForm(
                model,
                c,
                new ItemForm(
                        null,
                        null,
                        null,
                        null,
                        null,
                        "信息形成或者变更之日起20个工作日内",
                        c.organizationName(),
                        List.of(Channel.GOVERNMENT_WEBSITE),
                        null,
                        Audience.PUBLIC,
                        DisclosureMode.PROACTIVE,
                        List.of(AdministrativeLevel.COUNTY),
                        c.lockVersion(),
                        null,
                        null),
                null);
    }

    @PostMapping("/console/catalogs/{id}/items/new")
    String createItem(@PathVariable long id, ItemForm form, Model model, RedirectAttributes redirect) {
        try {
            compilation.addItem(id, form.lock(), form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return itemForm(model, compilation.catalog(id), form, null);
        }
        redirect.addFlashAttribute("notice", "已新增事项“" + form.secondLevel().strip() + "”。");
        return "redirect:/console/catalogs/" + id;
    }

    @GetMapping("/console/catalogs/{id}/items/{key}")
    String editItem(@PathVariable long id, @PathVariable String key, Model model) {
        StandardCatalog c = compilation.catalog(id);
        CatalogItem item = c.item(key).orElseThrow(() -> new RuleViolation("该事项不存在或已被删除。"));
        return itemForm(model, c, ItemForm.of(item, c.lockVersion()), key);
    }

    @PostMapping("/console/catalogs/{id}/items/{key}")
    String updateItem(
            @PathVariable long id, @PathVariable String key, ItemForm form, Model model, RedirectAttributes redirect) {
        try {
            compilation.updateItem(id, key, form.lock(), form.draft());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return itemForm(model, compilation.catalog(id), form, key);
        }
        redirect.addFlashAttribute("notice", "已保存事项“" + form.secondLevel().strip() + "”。");
        return "redirect:/console/catalogs/" + id;
    }

    /** 设定公开时限规则: the rule of an item whose phrase the system cannot read, set (or cleared) by hand. */
    @PostMapping("/console/catalogs/{id}/items/{key}/time-rule")
    String setTimeRule(
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam(required = false) Integer lockVersion,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String days,
            @RequestParam(required = false) String trigger,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String clear,
            RedirectAttributes redirect) {
        boolean clearing = clear != null;
        return act(
                page(id) + "/items/" + key,
                redirect,
                clearing ? "已清除人工设定的公开时限规则。" : "已设定公开时限规则，随本版目录审核、发布。",
                () -> compilation.setTimeRule(
                        id,
                        key,
                        lock(lockVersion),
                        clearing
                                ? null
                                : TimeRule.manual(
                                        choice(TimeRule.Kind.class, kind, "kind", "规则类型"),
                                        days(days),
                                        choice(TimeRule.Trigger.class, trigger, "trigger", "起算时间"),
                                        choice(TimeRule.Period.class, period, "period", "公开周期"))));
    }

    private static Integer days(String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        String digits = days.strip();
        if (digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RuleViolation("days", "天数应填写 1 至 " + TimeRule.MAX_NOTICE_DAYS + " 之间的整数。");
        }
        return Integer.valueOf(digits);
    }

    @PostMapping("/console/catalogs/{id}/items/{key}/removal")
    String removeItem(
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam(required = false) Integer lockVersion,
            RedirectAttributes redirect) {
        return act(page(id), redirect, "已删除该事项。", () -> compilation.removeItem(id, key, lock(lockVersion)));
    }

    @PostMapping("/console/catalogs/{id}/submission")
    String submit(
            @PathVariable long id, @RequestParam(required = false) Integer lockVersion, RedirectAttributes redirect) {
        return act(page(id), redirect, "已提交审核。", () -> compilation.submit(id, lock(lockVersion)));
    }

    @PostMapping("/console/catalogs/{id}/decision")
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
                approve ? "已审核通过。" : "已退回，并附审核意见。",
                () -> compilation.decide(id, lock(lockVersion), approve, comment));
    }

    @PostMapping("/console/catalogs/{id}/publication")
    String publish(
            @PathVariable long id, @RequestParam(required = false) Integer lockVersion, RedirectAttributes redirect) {
        return act(page(id), redirect, "目录已发布，公众可在门户查看。", () -> compilation.publish(id, lock(lockVersion)));
    }

    private String itemForm(Model model, StandardCatalog c, ItemForm form, String key) {
        model.addAttribute("catalog", c);
        model.addAttribute("form", form);
        model.addAttribute("itemKey", key);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("modes", DisclosureMode.values());
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("parsed", TimeLimit.parse(form.timeLimit()));
        TimeLimit stored =
                key == null ? null : c.item(key).map(CatalogItem::timeLimit).orElse(null);
        // an item the parser cannot read, or whose rule was set by hand, may have its rule set here
        if (stored != null && (!stored.understood() || stored.manual())) {
            model.addAttribute("storedLimit", stored);
            model.addAttribute("canSetRule", c.status().editable() && compilation.canCompile(c.organizationId()));
            model.addAttribute("ruleKinds", TimeRule.Kind.values());
            model.addAttribute("ruleTriggers", TimeRule.Trigger.values());
            model.addAttribute("rulePeriods", TimeRule.Period.values());
        }
        return "console/catalog/catalog-item";
    }

    private static String page(long id) {
        return "/console/catalogs/" + id;
    }
}
