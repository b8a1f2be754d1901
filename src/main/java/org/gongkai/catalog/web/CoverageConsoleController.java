package org.gongkai.catalog.web;

import org.gongkai.catalog.AreaGuidelines;
import org.gongkai.catalog.CatalogCoverage;
import org.gongkai.organization.CountyAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The supervising office's county-wide view of catalog coverage, and one cell's gaps. */
@Controller
class CoverageConsoleController {

    private final CatalogCoverage coverage;
    private final AreaGuidelines guidelines;
    private final CountyAdministration county;

    CoverageConsoleController(CatalogCoverage coverage, AreaGuidelines guidelines, CountyAdministration county) {
        this.coverage = coverage;
        this.guidelines = guidelines;
        this.county = county;
    }

    @GetMapping("/console/catalog/coverage")
    String county(Model model) {
        model.addAttribute("table", coverage.county());
        return "console/catalog/coverage";
    }

    @GetMapping("/console/catalog/coverage/{organizationId}/{areaId}")
    String cell(@PathVariable long organizationId, @PathVariable long areaId, Model model) {
        model.addAttribute("cell", coverage.cell(organizationId, areaId));
        model.addAttribute("unit", county.organization(organizationId));
        model.addAttribute("area", guidelines.area(areaId));
        return "console/catalog/coverage-cell";
    }
}
