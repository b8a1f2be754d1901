package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The supervising office sees every unit × area with its status and its gaps against the guideline. */
class CatalogCoverageIntegrationTests extends IntegrationTest {

    @Autowired
    CatalogCoverage coverage;

    @Autowired
    CatalogCompilation compilation;

    @Autowired
    AreaGuidelines guidelines;

    @Test
    void theCountyTableShowsStatusAndGaps() {
        long township = organizationId("示范县白果乡人民政府");
        long area = guidelines.areas().stream()
                .filter(s -> s.area().name().equals("户籍管理"))
                .findFirst()
                .orElseThrow()
                .area()
                .id();
        actAs("gkb");
        CatalogCoverage.Table before = coverage.county();
        assertThat(before.areas()).hasSizeGreaterThanOrEqualTo(26);
        assertThat(before.rows())
                .extracting(r -> r.organization().name())
                .contains("示范县教育局", "示范县白果乡人民政府", "示范县河东镇柳树村村民委员会")
                .doesNotContain("示范县人民政府");
        CatalogCoverage.Cell empty = before.rows().stream()
                .filter(r -> r.organization().id() == township)
                .findFirst()
                .orElseThrow()
                .cells()
                .stream()
                .filter(c -> c.areaId() == area)
                .findFirst()
                .orElseThrow();
        assertThat(empty.statusLabel()).isEqualTo("未编制");

        actAs("cg_editor");
        long chengguan = organizationId("示范县城关镇人民政府");
        long id = compilation.startDraft(chengguan, area);
        StandardCatalog draft = compilation.catalog(id);
        CatalogItem dropped = draft.items().get(0);
        compilation.removeItem(id, dropped.itemKey(), draft.lockVersion());
        compilation.addItem(
                id,
                compilation.catalog(id).lockVersion(),
                new CatalogItemDraft(
                        null,
                        "本镇流动人口登记",
                        null,
                        "登记条件、材料",
                        null,
                        "及时公开",
                        "示范县城关镇人民政府",
                        EnumSet.of(Channel.SERVICE_CENTER),
                        null,
                        Audience.PUBLIC,
                        DisclosureMode.PROACTIVE,
                        EnumSet.of(AdministrativeLevel.TOWNSHIP)));

        CatalogCoverage.Cell cell = coverage.cell(chengguan, area);
        assertThat(cell.latestStatus()).isEqualTo(CatalogStatus.DRAFT);
        assertThat(cell.missing()).containsExactly(dropped.secondLevel());
        assertThat(cell.extra()).containsExactly("本镇流动人口登记");

        // issue 9 §21: an item is itself, not its 二级事项 name — one removed while another of the same name stays
        // is missing, and two items of one name are two items
        CatalogItem second = compilation.catalog(id).items().stream()
                .filter(i -> i.thirdLevel() == null)
                .findFirst()
                .orElseThrow();
        compilation.addItem(
                id,
                compilation.catalog(id).lockVersion(),
                new CatalogItemDraft(
                        "另一一级事项",
                        second.secondLevel(),
                        null,
                        "同名事项",
                        null,
                        "及时公开",
                        "示范县城关镇人民政府",
                        EnumSet.of(Channel.SERVICE_CENTER),
                        null,
                        Audience.PUBLIC,
                        DisclosureMode.PROACTIVE,
                        EnumSet.of(AdministrativeLevel.TOWNSHIP)));
        int withNamesake = compilation.catalog(id).items().size();
        compilation.removeItem(id, second.itemKey(), compilation.catalog(id).lockVersion());
        cell = coverage.cell(chengguan, area);
        assertThat(cell.missing()).contains(dropped.secondLevel(), second.secondLevel());
        assertThat(cell.items()).isEqualTo(withNamesake - 1);

        actAs("gkb");
        assertThat(coverage.county().rows().stream()
                        .filter(r -> r.organization().id() == chengguan)
                        .findFirst()
                        .orElseThrow()
                        .cells()
                        .stream()
                        .filter(c -> c.areaId() == area)
                        .findFirst()
                        .orElseThrow()
                        .items())
                .isEqualTo(draft.items().size());

        actAs("edu_editor");
        assertThatThrownBy(() -> coverage.county()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coverage.cell(chengguan, area)).isInstanceOf(AccessDeniedException.class);
    }
}
