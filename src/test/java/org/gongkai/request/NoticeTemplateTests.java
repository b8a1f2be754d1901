package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The letters' paragraphs as an office rewrites them: what a text may say, and how it is filled in (issue 11 §5). */
class NoticeTemplateTests {

    @Test
    void everyDefaultTextIsValidAndUsesOnlyItsPlaceholders() {
        for (NoticeTemplate t : NoticeTemplate.values()) {
            assertThat(t.problems(t.defaultText())).as(t.name()).isEmpty();
            assertThat(NoticeTemplate.names(t.defaultText()).keySet())
                    .as(t.name())
                    .containsAll(t.required());
        }
    }

    @Test
    void aRewrittenTextKeepsTheCasesFactsAndTheRemedies() {
        assertThat(NoticeTemplate.RECEIVED.problems("本机关已收到您的申请。"))
                .anySatisfy(p -> assertThat(p).contains("须保留 {收到日期}"))
                .anySatisfy(p -> assertThat(p).contains("须保留 {所需信息}"));
        assertThat(NoticeTemplate.RECEIVED.problems("{收到日期}收到，申请获取{所需信息}，申请人{姓名}。"))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("{姓名} 不是可用的占位符").contains("{所需信息}"));
        assertThat(NoticeTemplate.REMEDIES.problems("如不服，可以依法申请行政复议。"))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("第五十一条"));
        assertThat(NoticeTemplate.FEE_DECISION.problems("{金额}"))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("这一段不使用占位符"));
        assertThat(NoticeTemplate.REPLY_OTHER.problems(" "))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("不能为空"));
        assertThat(NoticeTemplate.REPLY_OTHER.problems("{理由}" + "字".repeat(NoticeTemplate.MAX_LENGTH)))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("不能超过"));
    }

    @Test
    void renderingReplacesKnownNamesOnly_inOnePass() {
        assertThat(NoticeTemplate.render("于{收到日期}收到{未知}{所需信息}{", Map.of("收到日期", "2026年3月2日", "所需信息", "“{收到日期}”")))
                .isEqualTo("于2026年3月2日收到{未知}“{收到日期}”{");
        // a hostile text of unclosed braces is read once, not once per brace
        String braces = "{".repeat(200_000) + "{收到日期}";
        assertThat(NoticeTemplate.render(braces, Map.of("收到日期", "X")))
                .endsWith("{X")
                .hasSize(200_001);
        assertThat(NoticeTemplate.names(braces)).containsOnlyKeys("收到日期");
    }
}
