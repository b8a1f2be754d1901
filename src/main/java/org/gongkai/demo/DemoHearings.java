package org.gongkai.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.consultation.HearingDraft;
import org.gongkai.consultation.Hearings;
import org.springframework.stereotype.Component;

/**
 * The demo county's hearings (issue 15 §7): one held five months ago with its list and record, one announced for next
 * month with its participants published, and one drafted.
 */
@Component
class DemoHearings {

    private final Hearings hearings;
    private final ZoneId zone;

    DemoHearings(Hearings hearings, Clock clock) {
        this.hearings = hearings;
        this.zone = clock.getZone();
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    void create(Map<String, Long> orgs, Consumer<String> actAs, LocalDate today) {
        long zj = orgs.get("示范县住房和城乡建设局");
        long mz = orgs.get("示范县民政局");
        String rules = "听证参加人 13 名：消费者 6 名、经营者 2 名、专家学者 2 名、人大代表政协委员 2 名、有关部门 1 名；" + "消费者从自愿报名者中随机抽取，抽取过程公开。";

        actAs.accept("gkb");
        LocalDate held = today.minusMonths(5);
        hearings.importHeld(
                zj,
                new Hearings.Held(
                        new HearingDraft(
                                "示范县城区自来水价格调整听证会",
                                "一、居民生活用水价格由每立方米 2.40 元调整为 2.70 元。\n二、实行居民阶梯水价，第一阶梯每户每月 15 立方米。\n三、低保户、特困供养人员每户每月减免 5 立方米。",
                                "根据供水企业成本监审结果，拟调整城区自来水价格。",
                                at(held, 9),
                                "示范县政务中心三楼第一会议室",
                                rules,
                                "公告发布之日起 10 日内电话或现场报名。"),
                        at(held.minusDays(30), 10),
                        "陈建国（消费者）\n刘芳（消费者）\n周强（经营者，县供水公司）\n吴敏（专家，县职业技术学校）\n郑伟（县人大代表）",
                        at(held.minusDays(12), 10),
                        held.minusDays(9),
                        "听证会如期举行，听证参加人全部出席。多数参加人同意调价方案，建议加大对困难群众的减免力度；"
                                + "组织单位采纳该建议，将低保户、特困供养人员减免水量由每月 5 立方米提高到 8 立方米。",
                        at(held.plusDays(3), 15)));

        actAs.accept("mz_editor");
        long next = hearings.create(
                mz,
                new HearingDraft(
                        "示范县殡葬服务收费标准调整听证会",
                        "一、遗体接运费由每次 300 元调整为 260 元。\n二、遗体火化费维持每具 500 元不变。\n三、骨灰寄存费每年 60 元。",
                        "为减轻群众殡葬负担，拟调整部分殡葬基本服务收费标准。",
                        at(today.plusDays(25), 9),
                        "示范县民政局二楼会议室",
                        rules,
                        "公告发布之日起 7 日内到县民政局社会事务股报名。"));
        actAs.accept("mz_signer");
        hearings.announce(next, hearings.find(next).version());
        actAs.accept("mz_editor");
        hearings.setParticipants(next, hearings.find(next).version(), "黄丽（消费者）\n孙涛（消费者）\n马军（经营者，县殡仪馆）\n林静（县政协委员）");
        actAs.accept("mz_signer");
        hearings.publishParticipants(next, hearings.find(next).version());

        actAs.accept("mz_editor");
        hearings.create(
                mz,
                new HearingDraft(
                        "示范县养老机构床位费指导价听证会",
                        "一、公办养老机构普通床位每月 800 元。\n二、护理型床位每月 1200 元。",
                        null,
                        at(today.plusDays(60), 9),
                        "示范县民政局二楼会议室",
                        rules,
                        null));
    }
}
