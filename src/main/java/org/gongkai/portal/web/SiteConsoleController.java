package org.gongkai.portal.web;

import java.io.IOException;
import java.util.List;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.portal.Site;
import org.gongkai.portal.SiteForm;
import org.gongkai.portal.SiteImports;
import org.gongkai.portal.Sites;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 网站群: the supervising office adds, changes and removes the sites of the units it supervises. */
@Controller
class SiteConsoleController {

    private static final String PAGE = "/console/sites";
    /** Sites a page: a province registers thousands. */
    static final int LIST_PAGE = 50;

    private final Sites sites;
    private final SiteImports imports;
    private final OrganizationDirectory directory;

    SiteConsoleController(Sites sites, SiteImports imports, OrganizationDirectory directory) {
        this.sites = sites;
        this.imports = imports;
        this.directory = directory;
    }

    @GetMapping(PAGE)
    String list(
            @RequestParam(required = false) Long edit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            Model model) {
        Site editing = edit == null ? null : sites.find(edit);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("pageParam", page);
        return page(model, editing, editing == null ? SiteForm.empty() : SiteForm.of(editing));
    }

    private String page(Model model, Site editing, SiteForm form) {
        java.util.Map<Long, String> names = directory.names();
        String q = model.containsAttribute("q") ? (String) model.getAttribute("q") : "";
        String wanted = q.toLowerCase(java.util.Locale.ROOT);
        List<Site> mine = sites.manageable().stream()
                .filter(s -> wanted.isEmpty()
                        || s.host().contains(wanted)
                        || s.name().contains(q)
                        || names.getOrDefault(s.organizationId(), "").contains(q))
                .toList();
        int pages = Math.max(1, (mine.size() + LIST_PAGE - 1) / LIST_PAGE);
        Object asked = model.getAttribute("pageParam");
        int current = asked instanceof String p && p.matches("\\d{1,6}")
                ? Math.min(Math.max(Integer.parseInt(p), 1), pages)
                : 1;
        model.addAttribute("q", q);
        model.addAttribute("total", mine.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute(
                "sites", mine.subList((current - 1) * LIST_PAGE, Math.min(current * LIST_PAGE, mine.size())));
        model.addAttribute("names", names);
        model.addAttribute("entries", directory.tree());
        model.addAttribute("canManage", sites.canManage());
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("maxImportRows", SiteImports.MAX_ROWS);
        model.addAttribute("canManageMain", sites.canManageMainPortal());
        if (!model.containsAttribute("mainForm")) {
            org.gongkai.portal.MainPortal main = sites.mainPortal();
            model.addAttribute(
                    "mainForm",
                    new SiteForm(
                            null,
                            null,
                            main.siteCode(),
                            null,
                            main.sponsor(),
                            main.operator(),
                            main.icpNumber(),
                            main.policeNumber(),
                            main.errorReportUrl(),
                            main.conacUrl(),
                            main.version()));
        }
        if (!model.containsAttribute("mainErrors")) {
            model.addAttribute("mainErrors", java.util.Map.of());
        }
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

    /** The main portal's footer (any host that is no site's). */
    @PostMapping(PAGE + "/main")
    String saveMain(@ModelAttribute SiteForm form, Model model, RedirectAttributes redirect) {
        try {
            sites.saveMainPortal(form);
            redirect.addFlashAttribute("notice", "门户网站页脚已保存。");
            return "redirect:" + PAGE;
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            model.addAttribute("mainForm", form);
            model.addAttribute(
                    "mainErrors",
                    e instanceof org.gongkai.shared.InvalidFields fields
                            ? fields.errors()
                            : e.field() == null ? java.util.Map.of() : java.util.Map.of(e.field(), e.getMessage()));
            return page(model, null, SiteForm.empty());
        }
    }

    /** A list of sites (xlsx or CSV): all registered or changed, or none, with every fault listed by row. */
    @PostMapping(PAGE + "/import")
    String importList(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            SiteImports.Result result = imports.importFile(
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute(
                    "notice",
                    "已导入网站清单：新增 " + result.added() + " 个，修改 " + result.changed() + " 个，未变 " + result.unchanged()
                            + " 个。"
                            + (result.ignoredColumns().isEmpty()
                                    ? ""
                                    : "以下列不属于网站清单，已忽略：" + String.join("、", result.ignoredColumns()) + "。"));
            return "redirect:" + PAGE;
        } catch (SiteImports.Refused e) {
            model.addAttribute("error", e);
            model.addAttribute("importProblems", e.problems());
            model.addAttribute("importUnlisted", e.count() - e.problems().size());
            return page(model, null, SiteForm.empty());
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return page(model, null, SiteForm.empty());
        }
    }

    /** The sites this office manages, in the layout the import reads: to edit many at once and upload again. */
    @GetMapping(PAGE + "/export.csv")
    ResponseEntity<byte[]> export() {
        return Downloads.bytes("网站清单.csv", "text/csv;charset=UTF-8", imports.export());
    }

    @PostMapping(PAGE + "/{id}/removal")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return org.gongkai.shared.web.ConsoleActions.act(
                PAGE, redirect, "网站已删除，该域名此后显示门户网站首页。", () -> sites.delete(id, version == null ? -1 : version));
    }
}
