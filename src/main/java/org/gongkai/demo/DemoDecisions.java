package org.gongkai.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.consultation.Consultation;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.DecisionCatalogs;
import org.gongkai.consultation.DecisionCatalogs.ItemDraft;
import org.gongkai.consultation.DecisionItemStatus;
import org.gongkai.consultation.Hearing;
import org.gongkai.consultation.Hearings;
import org.gongkai.consultation.Participation;
import org.springframework.stereotype.Component;

/**
 * The demo county's 决策事项目录 for this year (issue 15 §6): published with the county committee's agreement, its items
 * linked to the demo's consultations and hearings, one decided, some in progress, one added by adjustment and one taken
 * out.
 */
@Component
class DemoDecisions {

    private final DecisionCatalogs catalogs;
    private final Consultations consultations;
    private final Hearings hearings;

    DemoDecisions(DecisionCatalogs catalogs, Consultations consultations, Hearings hearings) {
        this.catalogs = catalogs;
        this.consultations = consultations;
        this.hearings = hearings;
    }

    private Long consultation(String titlePart) {
        return consultations.published(null).stream()
                .filter(c -> c.title().contains(titlePart))
                .map(Consultation::id)
                .findFirst()
                .orElse(null);
    }

    private Long hearing(String titlePart) {
        return hearings.published().stream()
                .filter(h -> h.title().contains(titlePart))
                .map(Hearing::id)
                .findFirst()
                .orElse(null);
    }

    void create(Map<String, Long> orgs, Consumer<String> actAs, LocalDate today) {
        long government = orgs.get("示范县人民政府");
        long mz = orgs.get("示范县民政局");
        long edu = orgs.get("示范县教育局");
        long zj = orgs.get("示范县住房和城乡建设局");
        long cg = orgs.get("示范县城关镇人民政府");
        int year = today.getYear();

        actAs.accept("gkb");
        long id = catalogs.create(government, year);
        long subsistence = catalogs.addItem(
                id,
                new ItemDraft(
                        "示范县最低生活保障审核确认办法",
                        mz,
                        "贯彻《社会救助暂行办法》",
                        List.of(Participation.PUBLIC_CONSULTATION, Participation.LEGALITY_REVIEW),
                        year + "年第一季度",
                        consultation("最低生活保障审核确认办法"),
                        null));
        long water = catalogs.addItem(
                id,
                new ItemDraft(
                        "城区自来水价格调整",
                        zj,
                        "供水成本监审结果",
                        List.of(Participation.HEARING, Participation.EXPERT_REVIEW, Participation.RISK_ASSESSMENT),
                        year + "年第二季度",
                        null,
                        hearing("自来水价格")));
        catalogs.addItem(
                id,
                new ItemDraft(
                        "示范县中小学校外培训机构管理办法",
                        edu,
                        null,
                        List.of(Participation.PUBLIC_CONSULTATION, Participation.LEGALITY_REVIEW),
                        year + "年第三季度",
                        consultation("校外培训机构"),
                        null));
        long market = catalogs.addItem(
                id,
                new ItemDraft(
                        "城关镇农贸市场搬迁",
                        cg,
                        null,
                        List.of(Participation.HEARING, Participation.RISK_ASSESSMENT),
                        year + "年第四季度",
                        null,
                        null));
        catalogs.publish(id, catalogs.find(id).version(), "经县委常委会 " + year + " 年第 2 次会议同意");
        catalogs.addItem(
                id,
                new ItemDraft(
                        "殡葬服务收费标准调整",
                        mz,
                        "群众反映殡葬服务收费偏高，年中增列",
                        List.of(Participation.HEARING),
                        year + "年第四季度",
                        null,
                        hearing("殡葬服务")));
        catalogs.move(id, subsistence, 0, DecisionItemStatus.DECIDED, "县政府常务会议审议通过", null);
        catalogs.move(id, water, 0, DecisionItemStatus.DECIDED, "听证后按减免调整方案实施", null);
        catalogs.move(id, market, 0, DecisionItemStatus.WITHDRAWN, "选址纳入城关镇国土空间规划统筹研究，本年度不作决策", null);
    }
}
