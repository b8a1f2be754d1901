package org.gongkai.catalog.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.gongkai.catalog.AreaGuidelines;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.CatalogImports;
import org.gongkai.catalog.ImportedCatalog;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.Organization;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a catalog from Excel or CSV: upload, preview with every problem, then confirm. The file
 * waits in the session between preview and confirmation and is read again on confirmation.
 */
@Controller
class CatalogImportController {

    static final String SESSION_KEY = "catalogImport";
    static final int PREVIEW_PAGE = 100;

    /** The uploaded file between preview and confirmation. */
    record Upload(String token, long organizationId, String fileName, byte[] content) implements Serializable {}

    private final CatalogCompilation compilation;
    private final CatalogImports imports;
    private final AreaGuidelines guidelines;
    private final CountyAdministration county;

    CatalogImportController(
            CatalogCompilation compilation,
            CatalogImports imports,
            AreaGuidelines guidelines,
            CountyAdministration county) {
        this.compilation = compilation;
        this.imports = imports;
        this.guidelines = guidelines;
        this.county = county;
    }

    @GetMapping("/console/catalogs/import")
    String form(@RequestParam(required = false) Long organizationId, Model model) {
        List<Organization> units = county.visibleOrganizations().stream()
                .filter(u -> compilation.canCompile(u.id()))
                .toList();
        model.addAttribute("units", units);
        model.addAttribute("unitId", organizationId);
        return "console/catalog/import";
    }

    @PostMapping("/console/catalogs/import")
    String upload(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) MultipartFile file,
            HttpSession session,
            Model model)
            throws IOException {
        try {
            if (organizationId == null) {
                throw new RuleViolation("organizationId", "请选择导入到哪个单位。");
            }
            byte[] content = file == null ? null : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            imports.readFile(organizationId, name, content);
            session.setAttribute(SESSION_KEY, new Upload(UUID.randomUUID().toString(), organizationId, name, content));
            return "redirect:/console/catalogs/import/preview";
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(organizationId, model);
        }
    }

    /** The preview of the uploaded file, PREVIEW_PAGE rows a page; the file is read again from the session. */
    @GetMapping("/console/catalogs/import/preview")
    String preview(@RequestParam(defaultValue = "1") String page, HttpSession session, Model model) {
        if (!(session.getAttribute(SESSION_KEY) instanceof Upload upload)) {
            return "redirect:/console/catalogs/import";
        }
        try {
            ImportedCatalog read = imports.readFile(upload.organizationId(), upload.fileName(), upload.content());
            int pages = Math.max(1, (read.rows().size() + PREVIEW_PAGE - 1) / PREVIEW_PAGE);
            int current = page.matches("\\d{1,6}") ? Math.min(Math.max(Integer.parseInt(page), 1), pages) : 1;
            model.addAttribute("upload", upload);
            model.addAttribute("read", read);
            model.addAttribute(
                    "shown",
                    read.rows()
                            .subList(
                                    (current - 1) * PREVIEW_PAGE,
                                    Math.min(current * PREVIEW_PAGE, read.rows().size())));
            model.addAttribute("page", current);
            model.addAttribute("pages", pages);
            model.addAttribute("unit", county.organization(upload.organizationId()));
            model.addAttribute("areas", guidelines.areas());
            model.addAttribute(
                    "detectedAreaId",
                    imports.areaNamedIn(read.areaHint()).map(a -> a.id()).orElse(null));
            return "console/catalog/import-preview";
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(upload.organizationId(), model);
        }
    }

    @PostMapping("/console/catalogs/import/confirmation")
    String confirm(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) Long areaId,
            HttpSession session,
            RedirectAttributes redirect) {
        if (!(session.getAttribute(SESSION_KEY) instanceof Upload upload)
                || !upload.token().equals(token)) {
            redirect.addFlashAttribute("error", new RuleViolation("导入已过期或已完成，请重新上传文件。"));
            return "redirect:/console/catalogs/import";
        }
        try {
            long id = imports.importFile(upload.organizationId(), areaId, upload.fileName(), upload.content());
            session.removeAttribute(SESSION_KEY);
            redirect.addFlashAttribute("notice", "已导入目录，生成草稿；请核对后提交审核。");
            return "redirect:/console/catalogs/" + id;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            return "redirect:/console/catalogs/import?organizationId=" + upload.organizationId();
        }
    }
}
