package org.gongkai.catalog.web;

import java.io.IOException;
import java.util.List;
import org.gongkai.catalog.AreaGuidelines;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.CatalogImports;
import org.gongkai.catalog.CatalogUploads;
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
 * Importing a catalog from Excel or CSV: upload, preview with every problem, then confirm. The file waits in the
 * database under a token between preview and confirmation ({@link CatalogUploads}) and is read again on confirmation.
 */
@Controller
class CatalogImportController {

    static final int PREVIEW_PAGE = 100;

    private final CatalogCompilation compilation;
    private final CatalogImports imports;
    private final CatalogUploads uploads;
    private final AreaGuidelines guidelines;
    private final CountyAdministration county;

    CatalogImportController(
            CatalogCompilation compilation,
            CatalogImports imports,
            CatalogUploads uploads,
            AreaGuidelines guidelines,
            CountyAdministration county) {
        this.compilation = compilation;
        this.imports = imports;
        this.uploads = uploads;
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
            Model model)
            throws IOException {
        try {
            if (organizationId == null) {
                throw new RuleViolation("organizationId", "请选择导入到哪个单位。");
            }
            byte[] content = file == null ? null : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            String token = uploads.hold(organizationId, name, content);
            return "redirect:/console/catalogs/import/preview?upload=" + token;
        } catch (RuleViolation e) {
            model.addAttribute("error", e);
            return form(organizationId, model);
        }
    }

    /** The preview of the uploaded file, PREVIEW_PAGE rows a page; the file is read again from where it waits. */
    @GetMapping("/console/catalogs/import/preview")
    String preview(
            @RequestParam(required = false) String upload,
            @RequestParam(defaultValue = "1") String page,
            RedirectAttributes redirect,
            Model model) {
        CatalogUploads.Upload held = uploads.find(upload).orElse(null);
        if (held == null) {
            redirect.addFlashAttribute("error", new RuleViolation("导入已过期或已完成，请重新上传文件。"));
            return "redirect:/console/catalogs/import";
        }
        return preview(held, page, model);
    }

    private String preview(CatalogUploads.Upload upload, String page, Model model) {
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
            RedirectAttributes redirect) {
        try {
            long id = uploads.importUpload(token, areaId);
            redirect.addFlashAttribute("notice", "已导入目录，生成草稿；请核对后提交审核。");
            return "redirect:/console/catalogs/" + id;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e);
            if (CatalogUploads.GONE.equals(e.field())) {
                return "redirect:/console/catalogs/import";
            }
            // the upload was not taken: the preview shows it again with the reason
            return "redirect:/console/catalogs/import/preview?upload=" + token;
        }
    }
}
