package org.gongkai.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The public appraisal (社会评议, issue 16 §2): for each unit a short questionnaire on the portal, published at once for
 * its period, whose first question is the overall satisfaction the evaluation's 公开效果 part is scored from. It is an
 * ordinary survey of the unit (listed with its surveys, answered once per person, its results published by the unit
 * after the period). No authorization of its own: the supervising office's evaluation round opens it.
 */
@Component
public class Appraisals {

    /** The first question's options, in order; their weights in the satisfaction rate are 100, 60 and 0. */
    public static final List<String> OVERALL = List.of("满意", "基本满意", "不满意");

    private static final List<Integer> WEIGHTS = List.of(100, 60, 0);

    private final SurveyRepository repository;
    private final Clock clock;

    Appraisals(SurveyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Opens a unit's appraisal questionnaire for the period; returns the survey's id. */
    public long open(
            long organizationId, String unitName, String title, LocalDate opensOn, LocalDate closesOn, String by) {
        if (opensOn == null
                || closesOn == null
                || opensOn.isBefore(LocalDate.now(clock))
                || closesOn.isBefore(opensOn)) {
            throw new RuleViolation("closesOn", "请填写社会评议的起止日期：从今天或以后开始，截止不早于开始。");
        }
        List<Survey.Question> questions = List.of(
                new Survey.Question(1, Survey.Kind.SINGLE, "您对" + unitName + "政务公开工作的总体评价", OVERALL),
                new Survey.Question(
                        2, Survey.Kind.SINGLE, "您能否方便地找到" + unitName + "公开的政府信息", List.of("能", "基本能", "不能")),
                new Survey.Question(3, Survey.Kind.TEXT, "您对" + unitName + "政务公开工作的意见和建议", List.of()));
        long id = repository.insert(
                organizationId,
                new Surveys.SurveyDraft(
                        title,
                        "本问卷用于" + unitName + "政务公开工作考核的社会评议（公开效果）。每人只能答一次，不收集姓名和联系方式。",
                        opensOn,
                        closesOn,
                        questions),
                clock.instant(),
                by);
        repository.publish(id, 0, clock.instant());
        return id;
    }

    /** The answers to a questionnaire's first question, and the satisfaction rate they make (null with none). */
    public record Satisfaction(long satisfied, long basically, long dissatisfied) {

        public long answers() {
            return satisfied + basically + dissatisfied;
        }

        /** The rate in thousandths: satisfied count 100, basically satisfied 60, dissatisfied 0. */
        public Long permille() {
            long n = answers();
            return n == 0 ? null : (satisfied * WEIGHTS.get(0) + basically * WEIGHTS.get(1)) * 10 / n;
        }
    }

    /** Each questionnaire's satisfaction, by survey id. */
    public Map<Long, Satisfaction> satisfaction(List<Long> surveyIds) {
        Map<Long, Satisfaction> out = new HashMap<>();
        for (long id : surveyIds) {
            long[] counts = new long[3];
            for (long[] row : repository.counts(id)) {
                if (row[0] == 1 && row[1] >= 1 && row[1] <= 3) {
                    counts[(int) row[1] - 1] = row[2];
                }
            }
            out.put(id, new Satisfaction(counts[0], counts[1], counts[2]));
        }
        return out;
    }
}
