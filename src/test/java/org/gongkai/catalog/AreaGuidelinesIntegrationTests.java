package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The 26 areas and their guidelines ship with the platform; the supervising office keeps them, versioned. */
class AreaGuidelinesIntegrationTests extends IntegrationTest {

    @Autowired
    AreaGuidelines guidelines;

    private CatalogArea area(String name) {
        return guidelines.areas().stream()
                .map(AreaGuidelines.AreaSummary::area)
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the26NationalAreasShipWithTheirGuidelinesAndTheCommonRows() {
        List<AreaGuidelines.AreaSummary> areas = guidelines.areas();
        assertThat(areas.stream().filter(s -> s.area().national())).hasSize(26);
        assertThat(areas).extracting(s -> s.area().name()).contains("重大建设项目", "社会救助", "公共法律服务");
        assertThat(areas.stream().mapToLong(AreaGuidelines.AreaSummary::items).sum())
                .isGreaterThanOrEqualTo(223);

        List<GuidelineItem> majorProjects = guidelines.items(area("重大建设项目").id(), null);
        assertThat(majorProjects).extracting(GuidelineItem::secondLevel).contains("办事指南", "招标投标", "法律法规", "重大决策草案");
        GuidelineItem approval = majorProjects.stream()
                .filter(i -> i.secondLevel().equals("企业投资项目备案"))
                .findFirst()
                .orElseThrow();
        assertThat(approval.timeLimit().rules()).hasSize(2);
        assertThat(approval.legalBasis()).contains("94号文");

        List<GuidelineItem> relief = guidelines.items(area("社会救助").id(), null);
        // issue 9 §30: rows printed without a basis or a body take the area's stated ones
        assertThat(relief).allSatisfy(i -> {
            assertThat(i.legalBasis()).isNotBlank();
            assertThat(i.responsibleBody()).isNotBlank();
        });
        assertThat(relief).anySatisfy(i -> assertThat(i.legalBasis()).isEqualTo("《信息公开条例》及相关规定"));
        assertThat(relief).allSatisfy(i -> assertThat(i.secondLevel()).isNotBlank());
        assertThat(relief)
                .extracting(GuidelineItem::contentElements)
                .noneMatch(c -> c != null && c.matches(".*[a-z]{4,}.*"));
    }

    @Test
    void theSupervisingOfficeEditsAGuideline_andTheOldVersionStaysReadable() {
        actAs("gkb");
        assertThat(guidelines.canEdit()).isTrue();
        CatalogArea relief = area("救灾");
        List<GuidelineItem> before = guidelines.items(relief.id(), null);
        GuidelineItem first = before.get(0);
        int version = relief.guidelineVersion();

        guidelines.updateItem(
                relief.id(),
                first.itemKey(),
                version,
                new GuidelineItemDraft(
                        first.firstLevel(),
                        first.secondLevel(),
                        null,
                        first.contentElements() + "（含本地规定）",
                        first.legalBasis(),
                        "信息形成或者变更之日起10个工作日内",
                        first.responsibleBody(),
                        first.audience(),
                        first.mode(),
                        first.levels()));
        String key = guidelines.addItem(
                relief.id(),
                version + 1,
                new GuidelineItemDraft(
                        "救灾物资",
                        "物资发放",
                        null,
                        "发放对象、数量、标准",
                        "《自然灾害救助条例》",
                        "视情况而定",
                        "乡镇人民政府",
                        Audience.PUBLIC,
                        DisclosureMode.PROACTIVE,
                        EnumSet.of(AdministrativeLevel.TOWNSHIP)));

        assertThat(area("救灾").guidelineVersion()).isEqualTo(version + 2);
        List<GuidelineItem> now = guidelines.items(relief.id(), null);
        assertThat(now).hasSize(before.size() + 1);
        assertThat(now.get(0).timeLimit().rules().get(0).days()).isEqualTo(10);
        GuidelineItem added =
                now.stream().filter(i -> i.itemKey().equals(key)).findFirst().orElseThrow();
        assertThat(added.timeLimit().understood()).isFalse();
        assertThat(added.timeLimit().phrase()).isEqualTo("视情况而定");
        assertThat(guidelines.items(relief.id(), version))
                .extracting(
                        GuidelineItem::itemKey,
                        GuidelineItem::contentElements,
                        i -> i.timeLimit().phrase())
                .isEqualTo(before.stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(
                                i.itemKey(), i.contentElements(), i.timeLimit().phrase()))
                        .toList());

        guidelines.removeItem(relief.id(), key, version + 2);
        assertThat(guidelines.items(relief.id(), null)).hasSize(before.size());
        assertThat(guidelines.items(relief.id(), version + 2)).hasSize(before.size() + 1);
    }

    @Test
    void aStaleEditIsRefused_andBadInputIsNamed() {
        actAs("gkb");
        CatalogArea area = area("就业");
        GuidelineItem item = guidelines.items(area.id(), null).get(0);
        GuidelineItemDraft same = new GuidelineItemDraft(
                item.firstLevel(),
                item.secondLevel(),
                null,
                item.contentElements(),
                item.legalBasis(),
                item.timeLimit().phrase(),
                item.responsibleBody(),
                item.audience(),
                item.mode(),
                item.levels());
        guidelines.updateItem(area.id(), item.itemKey(), area.guidelineVersion(), same);
        assertThatThrownBy(() -> guidelines.updateItem(area.id(), item.itemKey(), area.guidelineVersion(), same))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");
        int current = area("就业").guidelineVersion();
        assertThatThrownBy(() -> guidelines.addItem(
                        area.id(),
                        current,
                        new GuidelineItemDraft(
                                null,
                                " ",
                                null,
                                null,
                                null,
                                null,
                                null,
                                Audience.PUBLIC,
                                DisclosureMode.PROACTIVE,
                                EnumSet.of(AdministrativeLevel.COUNTY))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("二级事项");
        assertThatThrownBy(() -> guidelines.addItem(
                        area.id(),
                        current,
                        new GuidelineItemDraft(
                                null,
                                "某事项",
                                null,
                                null,
                                null,
                                null,
                                null,
                                Audience.PUBLIC,
                                DisclosureMode.PROACTIVE,
                                EnumSet.noneOf(AdministrativeLevel.class))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("公开层级");
        assertThat(area("就业").guidelineVersion()).isEqualTo(current);
    }

    @Test
    void localAreasAreAddedByTheSupervisingOfficeOnly() {
        String name = "殡葬服务" + UUID.randomUUID().toString().substring(0, 4);
        actAs("edu_editor");
        assertThat(guidelines.canEdit()).isFalse();
        assertThatThrownBy(() -> guidelines.addLocalArea(name)).isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        long id = guidelines.addLocalArea(name);
        assertThat(guidelines.area(id).national()).isFalse();
        assertThatThrownBy(() -> guidelines.addLocalArea(name))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已存在");
    }
}
