package org.gongkai.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.consultation.Inquiries;
import org.gongkai.consultation.InquiryMigration;
import org.gongkai.consultation.InquiryMigration.HeldInquiry;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo county's 咨询建言 over the last year (issue 15 §10), in every state: answered in time and published, answered
 * late, answered privately, closed as not effective, waiting in time, late, and one two months old escalated to the
 * supervising office — brought in from the old site's 留言板 — and one asked on the portal today.
 */
@Component
class DemoInquiries {

    private final InquiryMigration migration;
    private final Inquiries inquiries;
    private final ZoneId zone;

    DemoInquiries(InquiryMigration migration, Inquiries inquiries, Clock clock) {
        this.migration = migration;
        this.inquiries = inquiries;
        this.zone = clock.getZone();
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }

    private HeldInquiry answered(
            String subject, String question, String name, LocalDate asked, LocalDate answered, String answer) {
        return new HeldInquiry(subject, question, name, true, at(asked, 9), answer, at(answered, 16), true, null);
    }

    void create(Map<String, Long> orgs, Consumer<String> actAs, LocalDate today) {
        long mz = orgs.get("示范县民政局");
        long edu = orgs.get("示范县教育局");
        long cg = orgs.get("示范县城关镇人民政府");
        long zj = orgs.get("示范县住房和城乡建设局");

        actAs.accept("gkb");
        LocalDate d = today.minusDays(300);
        migration.importHeld(
                mz,
                answered(
                        "城乡低保标准是多少？",
                        "请问今年我县城市和农村最低生活保障标准分别是多少？",
                        "李先生",
                        d,
                        d.plusDays(5),
                        "您好！我县城市低保标准为每人每月 780 元，农村低保标准为每人每年 6240 元，详见县民政局网站公布的标准调整通知。"));
        d = today.minusDays(95);
        migration.importHeld(
                mz,
                answered(
                        "80 岁以上老人高龄津贴怎么申领？",
                        "我父亲今年满 80 岁，联系电话 13800001234，请问高龄津贴到哪里申请、需要什么材料？",
                        null,
                        d,
                        d.plusDays(3),
                        "您好！请携带老人身份证、户口簿和银行卡到户籍所在地乡镇（街道）便民服务中心申请，审核通过后次月起按月发放。"));
        d = today.minusDays(40);
        migration.importHeld(
                mz,
                new HeldInquiry(
                        "养老院床位",
                        "我家老人想入住县社会福利院，目前还有床位吗？",
                        "赵女士",
                        false,
                        at(d, 10),
                        "您好！县社会福利院目前有空余床位 12 张，请携带老人体检报告到院办理入住评估。",
                        at(d.plusDays(6), 15),
                        false,
                        null));
        d = today.minusDays(180);
        migration.importHeld(
                edu,
                answered(
                        "学区划分何时公布？",
                        "今年城区小学学区划分什么时候公布？",
                        "家长",
                        d,
                        d.plusDays(25),
                        "您好！今年城区义务教育学校招生范围已于 6 月 10 日在县教育局网站和各学校公示，答复较晚，敬请谅解。"));
        d = today.minusDays(60);
        migration.importHeld(
                edu,
                new HeldInquiry(
                        "招生培训",
                        "专业代办入学、包过考试，联系微信。",
                        null,
                        true,
                        at(d, 11),
                        null,
                        at(d.plusDays(1), 9),
                        false,
                        "广告信息，与政务咨询无关"));
        migration.importHeld(
                cg,
                new HeldInquiry(
                        "东街路灯不亮",
                        "城关镇东街中段路灯已经坏了一个多月，晚上出行很不安全，请尽快维修。",
                        "东街居民",
                        true,
                        at(today.minusDays(65), 20),
                        null,
                        null,
                        false,
                        null));
        migration.importHeld(
                cg,
                new HeldInquiry(
                        "菜市场周边占道经营",
                        "城关镇农贸市场周边早上占道经营严重，车辆无法通行，建议规范管理。",
                        null,
                        true,
                        at(today.minusDays(20), 8),
                        null,
                        null,
                        false,
                        null));
        SecurityContextHolder.clearContext();
        inquiries.ask(zj, "老旧小区加装电梯有补贴吗？", "我住的小区建于 1998 年，六层无电梯，请问加装电梯有没有政府补贴，怎么申请？", "周先生", "zhou@example.com", true);
    }

    /** What the history's messages ask and are told: a topic, a question and an answer, varied by a number. */
    private static final String[][] TOPICS = {
        {"办事指南咨询", "请问办理该事项需要准备哪些材料，到哪个窗口办理？", "您好！所需材料和办理地点详见本单位办事指南，也可拨打咨询电话了解。"},
        {"政策执行时间", "新出台的政策从什么时候开始执行，对已经在办的事项有没有影响？", "您好！该政策自印发之日起施行，此前已受理的事项按原规定办理。"},
        {"补贴发放进度", "去年申请的补贴什么时候能发放到位？", "您好！经核实，该批补贴已完成审核，将于本月底前发放到申请人账户。"},
        {"道路维修建议", "建议对村道破损路段尽快维修，雨天行车很不安全。", "您好！您反映的路段已列入今年维修计划，预计下季度开工，感谢您的建议。"},
        {"入学政策咨询", "随迁子女入学需要提供哪些证明材料？", "您好！请提供居住证明和监护人就业证明，具体要求见当年招生公告。"}
    };

    /**
     * A benchmark-sized county's history (issue 15 §10 pages at realistic size): {@code count} messages over the units
     * answering the public, received between {@code from} and {@code to}, most answered in time and published, some
     * answered privately; in batches of 1,000, each in its own transaction. Runs as the supervising office.
     */
    void history(Map<String, Long> orgs, int count, LocalDate from, LocalDate to, Consumer<Runnable> inTransaction) {
        java.util.List<Long> units = inquiries.answeringUnits().stream()
                .map(org.gongkai.organization.Organization::id)
                .filter(orgs::containsValue)
                .toList();
        java.util.Random random = new java.util.Random(20261203L);
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        for (int start = 0; start < count; start += 1000) {
            int end = Math.min(count, start + 1000);
            int first = start;
            inTransaction.accept(() -> {
                for (int i = first; i < end; i++) {
                    String[] topic = TOPICS[i % TOPICS.length];
                    LocalDate asked = from.plusDays((long) (random.nextDouble() * days));
                    boolean published = random.nextInt(10) < 8;
                    migration.importHeld(
                            units.get(i % units.size()),
                            new HeldInquiry(
                                    topic[0] + "（第 " + (i + 1) + " 号）",
                                    topic[1],
                                    random.nextBoolean() ? "市民" : null,
                                    published,
                                    at(asked, 8 + random.nextInt(10)),
                                    topic[2],
                                    at(asked.plusDays(1 + random.nextInt(12)), 16),
                                    published,
                                    null));
                }
            });
        }
    }
}
