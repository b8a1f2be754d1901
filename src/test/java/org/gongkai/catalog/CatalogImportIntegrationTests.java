package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Importing a catalog file: all rows or none; a re-import of the published catalog changes nothing. */
class CatalogImportIntegrationTests extends IntegrationTest {

    static final String HEADER = "序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群众,主动,依申请公开,乡级\n";

    @Autowired
    CatalogCompilation compilation;


    private long versions(long unit, long area) {
        return jdbc.sql("select count(*) from standard_catalog where organization_id = ? and area_id = ?")
                .params(unit, area).query(Long.class).single();
    }

    @Test
    void aGoodFileBecomesADraft_aBadOneLeavesNothing() {
        long unit = organizationId("示范县城关镇人民政府");
        long area = areaId("农村危房改造");
        byte[] bad = (HEADER + "1,危房改造,补助对象认定,对象名单,《条例》,20工作日,城关镇,■政府网站,√,,√,,√\n"
                + "2,危房改造,补助标准,标准,《条例》,20工作日,城关镇,■政府网站,√,,√,√,√\n").getBytes(StandardCharsets.UTF_8);
        actAs("cg_editor");
        assertThatThrownBy(() -> compilation.importFile(unit, area, "bad.csv", bad)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("未导入任何内容").hasMessageContaining("第 3 行");
        assertThat(versions(unit, area)).isZero();
        byte[] good = (HEADER + "1,危房改造,补助对象认定,对象名单,《条例》,20工作日,城关镇,■政府网站 ■社区/企事业单位/村公示栏(电子屏),√,,√,,√\n"
                + "2,同上,补助标准,标准,同上,同上,同上,同上,√,,√,,√\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> compilation.importFile(unit, null, "good.csv", good)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("没有可识别的领域");
        long id = compilation.importFile(unit, area, "good.csv", good);
        StandardCatalog draft = compilation.catalog(id);
        assertThat(draft.status()).isEqualTo(CatalogStatus.DRAFT);
        assertThat(draft.items()).extracting(CatalogItem::secondLevel).containsExactly("补助对象认定", "补助标准");
        assertThat(draft.items().get(1).firstLevel()).isEqualTo("危房改造");
        assertThatThrownBy(() -> compilation.importFile(unit, area, "good.csv", good)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("未发布的目录");

        actAs("hd_editor");
        assertThatThrownBy(() -> compilation.importFile(unit, area, "good.csv", good)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reimportingThePublishedWorkbookKeepsEveryItem() {
        long unit = organizationId("示范县城关镇人民政府");
        long area = areaId("公共文化服务");
        actAs("cg_editor");
        long first = compilation.startDraft(unit, area);
        compilation.submit(first, compilation.catalog(first).lockVersion());
        actAs("gkb");
        compilation.decide(first, compilation.catalog(first).lockVersion(), true, null);
        actAs("cg_editor");
        compilation.publish(first, compilation.catalog(first).lockVersion());

        byte[] exported = compilation.workbook(first);
        assertThat(compilation.areaNamedIn(compilation.readFile(unit, "x.xlsx", exported).areaHint()))
                .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("公共文化服务"));
        long second = compilation.importFile(unit, area, "exported.xlsx", exported);
        assertThat(compilation.catalog(second).versionNumber()).isEqualTo(2);
        assertThat(compilation.proposedAdjustments(second)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.kind()).isEqualTo(AdjustmentKind.RETAINED));
    }
}
