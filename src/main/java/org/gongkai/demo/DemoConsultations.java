package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.consultation.Adoption;
import org.gongkai.consultation.ConsultationDraft;
import org.gongkai.consultation.ConsultationMigration;
import org.gongkai.consultation.ConsultationMigration.HeldBefore;
import org.gongkai.consultation.ConsultationMigration.HeldComment;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.FeedbackItem;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo county's public consultations in every phase (issue 15): one held months ago with its 意见采纳情况, one closed
 * last week waiting for its feedback, one open for comment with comments waiting for moderation, one announced and
 * one draft.
 */
@Component
class DemoConsultations {

    private final ConsultationMigration migration;
    private final Consultations consultations;
    private final ZoneId zone;

    DemoConsultations(ConsultationMigration migration, Consultations consultations, Clock clock) {
        this.migration = migration;
        this.consultations = consultations;
        this.zone = clock.getZone();
    }

    private java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    void create(Map<String, Long> orgs, Consumer<String> actAs, LocalDate today) {
        long mz = orgs.get("示范县民政局");
        long edu = orgs.get("示范县教育局");
        long cg = orgs.get("示范县城关镇人民政府");

        actAs.accept("gkb");
        LocalDate held = today.minusMonths(4);
        migration.importHeld(
                mz,
                new HeldBefore(
                        new ConsultationDraft(
                                "关于公开征求《示范县最低生活保障审核确认办法（征求意见稿）》意见的公告",
                                "第一条 为规范最低生活保障审核确认工作，制定本办法。\n"
                                        + "第二条 共同生活的家庭成员人均收入低于当地最低生活保障标准，且财产状况符合规定的，可以申请最低生活保障。\n"
                                        + "第三条 申请由乡镇人民政府（街道办事处）受理，县民政局审核确认。\n"
                                        + "第四条 审核确认结果在村（社区）公示 7 天。\n"
                                        + "第五条 本办法自发布之日起施行。",
                                "为贯彻《社会救助暂行办法》，规范低保审核确认，起草了本办法。",
                                "《社会救助暂行办法》《最低生活保障审核确认办法》",
                                "在本网站提交意见，或邮寄至示范县民政局社会救助股。",
                                held,
                                held.plusDays(29),
                                null),
                        at(held, 9),
                        List.of(
                                new HeldComment(4, "建议公示期延长至 10 天，便于群众监督。", "王先生", at(held.plusDays(3), 10)),
                                new HeldComment(2, "财产状况的具体标准应当写明。", null, at(held.plusDays(8), 15)),
                                new HeldComment(null, "支持出台本办法。", "城关镇居民", at(held.plusDays(12), 11))),
                        "本次征求意见共收到意见 3 条，经研究，采纳 2 条，部分采纳 1 条，已据此修改完善。",
                        List.of(
                                new FeedbackItem(
                                        "公示期延长至 10 天", Adoption.PARTLY_ADOPTED, "国家规定公示期为 7 天，本办法增加公示结果在县政府网站同步公开。"),
                                new FeedbackItem("写明财产状况的具体标准", Adoption.ADOPTED, null),
                                new FeedbackItem("支持出台", Adoption.ADOPTED, null)),
                        at(held.plusDays(40), 16)));
        LocalDate closed = today.minusDays(35);
        migration.importHeld(
                edu,
                new HeldBefore(
                        new ConsultationDraft(
                                "关于公开征求《示范县中小学校外培训机构管理办法（征求意见稿）》意见的公告",
                                "第一条 为规范校外培训机构管理，制定本办法。\n"
                                        + "第二条 校外培训机构应当取得办学许可证。\n"
                                        + "第三条 培训收费实行明码标价，按课时收费。\n"
                                        + "第四条 本办法自发布之日起施行。",
                                "为落实减轻学生校外培训负担的要求，起草本办法。",
                                "《中华人民共和国民办教育促进法》",
                                "在本网站提交意见。",
                                closed,
                                closed.plusDays(29),
                                null),
                        at(closed, 9),
                        List.of(
                                new HeldComment(3, "建议明确一次性收费不得超过三个月。", "家长李女士", at(closed.plusDays(5), 20)),
                                new HeldComment(2, "线上培训机构是否适用本办法？", null, at(closed.plusDays(9), 21))),
                        null,
                        List.of(),
                        null));
        SecurityContextHolder.clearContext();

        // open now for 30 days, with comments waiting for the editor's moderation
        actAs.accept("cg_editor");
        long open = consultations.create(
                cg,
                new ConsultationDraft(
                        "关于公开征求《城关镇老旧小区改造实施方案（征求意见稿）》意见的公告",
                        "一、改造范围：2000 年以前建成的城镇老旧小区。\n"
                                + "二、改造内容：水电气管网、加装电梯、停车设施、适老化改造。\n"
                                + "三、资金筹措：政府补助、居民出资和社会资本相结合。\n"
                                + "四、实施步骤：居民申请、方案公示、组织实施、竣工验收。",
                        "为改善老旧小区居住条件，镇政府起草了本方案。",
                        "国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见",
                        "在本网站提交意见，或到城关镇便民服务中心填写意见表。",
                        today,
                        today.plusDays(29),
                        null));
        LocalDate soon = today.plusDays(7);
        long announced = consultations.create(
                cg,
                new ConsultationDraft(
                        "关于公开征求《城关镇农村人居环境整治方案（征求意见稿）》意见的公告",
                        "一、整治重点：生活垃圾、生活污水、村容村貌。\n二、责任分工：各村（社区）负责本辖区整治。",
                        "为持续改善农村人居环境，起草本方案。",
                        null,
                        "在本网站提交意见。",
                        soon,
                        soon.plusDays(29),
                        null));
        consultations.create(
                cg,
                new ConsultationDraft(
                        "关于公开征求《城关镇集贸市场管理办法（征求意见稿）》意见的公告",
                        "第一条 为规范集贸市场秩序，制定本办法。",
                        "起草说明待补充完善。",
                        null,
                        "在本网站提交意见。",
                        soon,
                        soon.plusDays(29),
                        null));
        actAs.accept("cg_signer");
        consultations.publish(open, consultations.find(open).version());
        consultations.publish(announced, consultations.find(announced).version());
        SecurityContextHolder.clearContext();
        consultations.comment(open, 2, "建议优先为五层以上住宅加装电梯。", "退休职工老张", null);
        consultations.comment(open, 3, "居民出资比例希望明确，联系电话13912345678。", null, "13912345678");
    }
}
