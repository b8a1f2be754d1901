package org.gongkai.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.catalog.AreaGuidelines;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.PublishedCatalog;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.organization.OrganizationDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** 基层政务公开标准目录 on the portal: published catalogs only, in the standard layout, printable. */
@Controller
class CatalogPortalController {

    private final CatalogCompilation compilation;
    private final AreaGuidelines guidelines;
    private final OrganizationDirectory directory;
    private final org.gongkai.catalog.NegativeLists negativeLists;

    CatalogPortalController(
            CatalogCompilation compilation,
            AreaGuidelines guidelines,
            OrganizationDirectory directory,
            org.gongkai.catalog.NegativeLists negativeLists) {
        this.negativeLists = negativeLists;
        this.compilation = compilation;
        this.guidelines = guidelines;
        this.directory = directory;
    }

    @GetMapping("/catalogs")
    String list(
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Long areaId,
            Model model) {
        List<PublishedCatalog> published = compilation.publishedList(organizationId, areaId);
        model.addAttribute("catalogs", published);
        model.addAttribute("units", directory.tree());
        model.addAttribute("areas", guidelines.areas());
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("areaId", areaId);
        model.addAttribute("hasNegativeLists", !negativeLists.published().isEmpty());
        return "portal/catalog/catalogs";
    }

    /** The published catalog as xlsx, in the layout offices already use. */
    @GetMapping("/catalogs/{id}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) throws NoResourceFoundException {
        StandardCatalog c = compilation
                .publishedCatalog(id)
                .orElseThrow(
                        () -> new NoResourceFoundException(HttpMethod.GET, "/catalogs/" + id + ".xlsx", "catalog"));
        String name = c.organizationName() + c.area().name() + "领域政务公开事项标准目录（第" + c.versionNumber() + "版）.xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(compilation.workbook(id));
    }

    @GetMapping("/catalogs/{id}")
    String catalog(@PathVariable long id, Model model) throws NoResourceFoundException {
        StandardCatalog c = compilation
                .publishedCatalog(id)
                .orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, "/catalogs/" + id, "catalog"));
        model.addAttribute("catalog", c);
        model.addAttribute(
                "versions", compilation.versions(c.organizationId(), c.area().id()));
        model.addAttribute(
                "history",
                compilation.adjustmentHistory(c.organizationId(), c.area().id()).stream()
                        .filter(a -> a.kind() != org.gongkai.catalog.AdjustmentKind.RETAINED)
                        .toList());
        return "portal/catalog/catalog";
    }
}
