package org.gongkai.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.consultation.Surveys;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The demo county's questionnaires (issue 15 §8): one held six months ago with its results, one open with a dozen answers, one drafted. */
@Component
class DemoSurveys {

    private final Surveys surveys;
    private final java.time.ZoneId zone;

    DemoSurveys(Surveys surveys, java.time.Clock clock) {
        this.surveys = surveys;
        this.zone = clock.getZone();
    }

    void create(Map<String, Long> orgs, Consumer<String> actAs, LocalDate today) {
        long cg = orgs.get("示范县城关镇人民政府");
        long mz = orgs.get("示范县民政局");
        actAs.accept("gkb");
        LocalDate held = today.minusMonths(6);
        java.time.Instant published = held.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                .plusHours(9)
                .toInstant();
        java.util.List<Map<Integer, List<Integer>>> collected = new java.util.ArrayList<>();
        int[][] picks = {{1, 1}, {1, 2}, {2, 1}, {1, 1}, {1, 3}, {3, 2}, {1, 1}, {2, 2}, {1, 1}, {1, 2}, {1, 1}, {2, 3}
        };
        for (int[] p : picks) {
            collected.add(Map.of(1, List.of(p[0]), 2, List.of(p[1])));
        }
        surveys.importHeld(
                mz,
                new Surveys.Held(
                        new Surveys.SurveyDraft(
                                "居家养老服务需求调查",
                                "了解老年人居家养老服务需求，为制定居家养老服务补贴办法提供参考。",
                                held,
                                held.plusDays(30),
                                Surveys.parseQuestions(
                                        "单选：您是否需要上门养老服务？\n- 需要\n- 暂不需要\n- 不清楚\n\n" + "单选：您最需要哪类服务？\n- 助餐\n- 助医\n- 助洁")),
                        published,
                        collected,
                        "多数受访老人需要上门服务，助餐需求最多；已作为制定居家养老服务补贴办法的依据。",
                        published.plus(java.time.Duration.ofDays(40))));
        actAs.accept("cg_editor");
        long open = surveys.create(
                cg,
                new Surveys.SurveyDraft(
                        "城关镇老旧小区改造意愿调查",
                        "为做好老旧小区改造，了解居民意愿和最关心的改造内容，开展本次问卷调查，结果将作为制定改造方案的参考。",
                        today,
                        today.plusDays(20),
                        Surveys.parseQuestions("单选：您是否支持所在小区纳入改造计划？\n- 支持\n- 不支持\n- 无所谓\n\n"
                                + "多选：您最希望改造哪些内容？（可多选）\n- 加装电梯\n- 雨污分流\n- 停车位\n- 绿化和健身设施\n\n"
                                + "填空：您的其他意见和建议")));
        actAs.accept("cg_signer");
        surveys.publish(open, surveys.find(open).version());
        SecurityContextHolder.clearContext();
        int[][] answers = {
            {1, 1, 3}, {1, 1}, {1, 2, 3}, {2, 3}, {1, 1, 4}, {1, 3}, {3, 4}, {1, 1, 2}, {1, 1}, {1, 3, 4}, {2, 2},
            {1, 1, 3}
        };
        for (int i = 0; i < answers.length; i++) {
            int[] a = answers[i];
            List<Integer> wishes =
                    java.util.Arrays.stream(a, 1, a.length).boxed().toList();
            surveys.answer(
                    open,
                    "demo-survey-browser-" + i,
                    "192.0.2." + (i % 4),
                    Map.of(1, List.of(a[0]), 2, wishes),
                    i % 4 == 0 ? Map.of(3, "希望改造期间做好施工安全和噪音管理。") : Map.of());
        }

        actAs.accept("cg_editor");
        surveys.create(
                cg,
                new Surveys.SurveyDraft(
                        "城关镇便民服务中心满意度调查",
                        "了解群众对便民服务中心的评价。",
                        today.plusDays(30),
                        today.plusDays(60),
                        Surveys.parseQuestions("单选：您对便民服务中心的服务是否满意？\n- 满意\n- 基本满意\n- 不满意")));
    }
}
