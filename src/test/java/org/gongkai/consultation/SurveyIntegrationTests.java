package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 问卷调查 (issue 15 §8) on a fixed clock: questions typed without JavaScript are parsed or refused with the question's
 * number; answers are checked per question; one answer per browser token, and at most 30 from one network address;
 * only keyed hashes are stored; the results (counts and shares) are public once a signer publishes them after the period.
 */
class SurveyIntegrationTests extends IntegrationTest {

    @Autowired
    Surveys surveys;

    private static final String QUESTIONS =
            "单选：您对城区公交服务是否满意？\n- 满意\n- 基本满意\n- 不满意\n\n多选：您希望增加哪些线路？\n- 城北\n- 城南\n- 工业园区\n\n填空：其他建议";

    @Test
    void questionsAreParsedOrRefusedWithTheirNumber() {
        List<Survey.Question> q = Surveys.parseQuestions(QUESTIONS);
        assertThat(q)
                .extracting(Survey.Question::kind)
                .containsExactly(Survey.Kind.SINGLE, Survey.Kind.MULTIPLE, Survey.Kind.TEXT);
        assertThat(q.get(1).options()).containsExactly("城北", "城南", "工业园区");
        assertThat(Surveys.parseQuestions(Surveys.format(q))).isEqualTo(q);
        assertThatThrownBy(() -> Surveys.parseQuestions("单选：只有一个选项\n- 是"))
                .hasMessageContaining("第 1 题")
                .hasMessageContaining("2 至 20");
        assertThatThrownBy(() -> Surveys.parseQuestions("单选：好吗\n- 好\n- 不好\n\n问答：什么"))
                .hasMessageContaining("第 2 题须以");
        assertThatThrownBy(() -> Surveys.parseQuestions("填空：说说看\n- 不该有选项")).hasMessageContaining("不需要选项");
        assertThatThrownBy(() -> Surveys.parseQuestions("多选：选\n- 甲\n- 甲")).hasMessageContaining("重复");
    }

    @Test
    void oneAnswerPerPersonAndTheResultsAfterThePeriod() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        long unit = organizationId("示范县城关镇人民政府");
        actAs("cg_editor");
        long id = surveys.create(
                unit,
                new Surveys.SurveyDraft(
                        "城区公交服务满意度调查",
                        "为改进城区公交服务开展本次调查。",
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 3, 15),
                        Surveys.parseQuestions(QUESTIONS)));
        actAs("cg_signer");
        surveys.publish(id, surveys.find(id).version());

        SecurityContextHolder.clearContext();
        String me = "browser-token-000000000001";
        assertThatThrownBy(() -> surveys.answer(id, me, "10.0.0.1", Map.of(1, List.of(1)), Map.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请回答第 2 题");
        assertThatThrownBy(() -> surveys.answer(id, me, "10.0.0.1", Map.of(1, List.of(1, 2), 2, List.of(1)), Map.of()))
                .hasMessageContaining("单选题");
        assertThatThrownBy(() -> surveys.answer(id, me, "10.0.0.1", Map.of(1, List.of(4), 2, List.of(1)), Map.of()))
                .hasMessageContaining("选项不存在");
        assertThatThrownBy(() -> surveys.answer(id, null, "10.0.0.1", Map.of(1, List.of(1), 2, List.of(1)), Map.of()))
                .hasMessageContaining("Cookie");
        surveys.answer(id, me, "10.0.0.1", Map.of(1, List.of(1), 2, List.of(1, 3)), Map.of(3, "希望延长末班车，电话13800001111"));
        assertThat(surveys.answered(id, me)).isTrue();
        assertThatThrownBy(() -> surveys.answer(id, me, "10.0.0.9", Map.of(1, List.of(3), 2, List.of(2)), Map.of()))
                .as("the same browser from another network")
                .hasMessageContaining("只能答一次");
        for (int i = 2; i <= Surveys.PER_NETWORK; i++) {
            surveys.answer(
                    id,
                    "browser-token-00000000000" + (100 + i),
                    "10.0.0.1",
                    Map.of(1, List.of(i % 3 + 1), 2, List.of(2)),
                    Map.of());
        }
        assertThatThrownBy(() -> surveys.answer(
                        id, "browser-token-another-one", "10.0.0.1", Map.of(1, List.of(1), 2, List.of(2)), Map.of()))
                .hasMessageContaining("同一网络");
        surveys.answer(id, "browser-token-another-one", "10.0.0.2", Map.of(1, List.of(2), 2, List.of(2)), Map.of());
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ? and (voter_key like '%browser%' "
                                + "or network_key like '%10.0.0%')")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("only keyed hashes are stored")
                .isZero();
        assertThatThrownBy(() -> surveys.publicResults(id)).isInstanceOf(NotFound.class);

        actAs("cg_signer");
        assertThatThrownBy(() -> surveys.publishResults(id, surveys.find(id).version(), "结论"))
                .hasMessageContaining("截止后");
        clock.set(Instant.parse("2026-03-16T02:00:00Z"));
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> surveys.answer(
                        id, "late-browser-token-0001", "10.0.0.3", Map.of(1, List.of(1), 2, List.of(1)), Map.of()))
                .hasMessageContaining("已于 2026-03-15 截止");
        actAs("cg_signer");
        surveys.publishResults(id, surveys.find(id).version(), "多数受访者对公交服务基本满意，希望增开城南线路。");
        actAs("cg_editor");
        assertThat(surveys.textAnswers(id, 3))
                .singleElement()
                .asString()
                .contains("末班车")
                .doesNotContain("13800001111");

        SecurityContextHolder.clearContext();
        Surveys.Results results = surveys.publicResults(id);
        assertThat(results.responses()).isEqualTo(Surveys.PER_NETWORK + 1);
        Surveys.QuestionResult multiple = results.questions().get(1);
        assertThat(multiple.options().get(1).count()).isEqualTo(Surveys.PER_NETWORK);
        assertThat(multiple.options().get(1).percent()).isEqualTo(97);
        assertThat(results.questions().get(2).texts()).isEqualTo(1);
    }
}
