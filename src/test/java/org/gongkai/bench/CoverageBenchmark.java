package org.gongkai.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalog.AreaGuidelines;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.catalog.CatalogCoverage;
import org.gongkai.organization.CountyAdministration;
import org.gongkai.organization.OrganizationDraft;
import org.gongkai.organization.OrganizationKind;
import org.gongkai.organization.Role;
import org.gongkai.organization.StaffAdministration;
import org.gongkai.organization.StaffDraft;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test (no assertion on time; surefire does not pick up *Benchmark): bench/coverage.sh runs it.
 * Builds 60 units with a draft catalog in each of the 26 areas from the guidelines, then times the
 * county-wide coverage table and prints the figures.
 */
class CoverageBenchmark extends IntegrationTest {

    static final int UNITS = 60;

    @Autowired
    CountyAdministration county;

    @Autowired
    StaffAdministration staff;

    @Autowired
    CatalogCompilation compilation;

    @Autowired
    AreaGuidelines guidelines;

    @Autowired
    CatalogCoverage coverage;

    @Test
    void countyCoverageTable() {
        actAs("sysadmin");
        long government = organizationId("示范县人民政府");
        long jurisdiction = county.organization(government).jurisdictionId();
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(county.createOrganization(new OrganizationDraft(
                    "基准测试单位" + i,
                    OrganizationKind.DEPARTMENT,
                    government,
                    jurisdiction,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    100 + i)));
        }
        long editor = staff.createAccount(new StaffDraft("bench_editor", "基准", null, government))
                .staffId();
        actAs("secadmin");
        staff.grantRole(editor, Role.EDITOR, government, true);
        actAs("bench_editor");
        long started = System.nanoTime();
        int catalogs = 0;
        for (long unit : units) {
            for (var area : guidelines.areas()) {
                compilation.startDraft(unit, area.area().id());
                catalogs++;
            }
        }
        System.out.printf("setup: %d catalogs in %d ms%n", catalogs, (System.nanoTime() - started) / 1_000_000);
        actAs("gkb");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long t = System.nanoTime();
            CatalogCoverage.Table table = coverage.county();
            times.add(System.nanoTime() - t);
            if (i == 0) {
                System.out.printf(
                        "table: %d units × %d areas%n",
                        table.rows().size(), table.areas().size());
            }
        }
        List<Long> warm = times.subList(2, times.size()).stream().sorted().toList();
        System.out.printf(
                "BENCH coverage.county(): first %d ms, warm p50 %d ms, max %d ms (%d runs)%n",
                Duration.ofNanos(times.get(0)).toMillis(),
                Duration.ofNanos(warm.get(warm.size() / 2)).toMillis(),
                Duration.ofNanos(warm.get(warm.size() - 1)).toMillis(),
                warm.size());
    }
}
