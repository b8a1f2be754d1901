package org.gongkai.catalog.web;

import java.util.List;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.StandardCatalog;
import org.gongkai.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published catalogs as JSON, with every element and each time limit's parsed rules. */
@RestController
class CatalogApiController {

    private final CatalogCompilation compilation;

    CatalogApiController(CatalogCompilation compilation) {
        this.compilation = compilation;
    }

    @GetMapping("/api/v1/catalogs")
    List<StandardCatalog> catalogs(
            @RequestParam(required = false) Long organization, @RequestParam(required = false) Long area) {
        return compilation.published(organization, area);
    }

    @GetMapping("/api/v1/catalogs/{id}")
    StandardCatalog catalog(@PathVariable long id) {
        return compilation.publishedCatalog(id).orElseThrow(() -> new RuleViolation("id", "没有编号为 " + id + " 的已发布目录。"));
    }
}
