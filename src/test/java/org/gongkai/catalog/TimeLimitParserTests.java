package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.gongkai.catalog.TimeRule.Kind;
import org.gongkai.catalog.TimeRule.Period;
import org.gongkai.catalog.TimeRule.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 公开时限 phrases of RULES.md §3.5 and AREA-GUIDELINES.md, read into rules; unknown ones are flagged. */
class TimeLimitParserTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "信息形成或者变更之日起20个工作日内 | 20 | FORMED_OR_CHANGED",
                "信息形成或变更之日起20个工作日内 | 20 | FORMED_OR_CHANGED",
                "自制作或获取该信息之日起20个工作日内公开 | 20 | MADE_OR_OBTAINED",
                "信息形成20个工作日内公开 | 20 | FORMED",
                "20工作日 | 20 | FORMED_OR_CHANGED",
                "20个工作日 | 20 | FORMED_OR_CHANGED",
                "制定或获取信息之日起10个工作日内 | 10 | MADE_OR_OBTAINED",
                "自该政府信息形成或者变更之日起20个工作日内及时公开 | 20 | FORMED_OR_CHANGED",
                "信息形成(变更)20个工作日内 | 20 | FORMED",
                "自收到申请之日起20个工作日内公开 | 20 | REQUEST_RECEIVED",
                "3个工作日 | 3 | FORMED_OR_CHANGED"
            })
    void withinWorkingDays(String phrase, int days, Trigger trigger) {
        TimeLimit limit = TimeLimit.parse(phrase);
        assertThat(limit.understood()).isTrue();
        assertThat(limit.rules()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.WITHIN_WORKING_DAYS);
            assertThat(r.days()).isEqualTo(days);
            assertThat(r.trigger()).isEqualTo(trigger);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "实时公开 | IMMEDIATE", "及时公开 | PROMPT", "按进展情况及时公开 | AS_PROGRESS",
                "重大决策作出后及时公开 | AFTER_EVENT", "长期公开 | LONG_TERM", "按年公开 | PERIODIC"
            })
    void namedKinds(String phrase, Kind kind) {
        assertThat(TimeLimit.parse(phrase).rules())
                .singleElement()
                .extracting(TimeRule::kind)
                .isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"按年公开 | YEAR", "按季度公开 | QUARTER", "每月公开 | MONTH", "半年至少更新1次 | HALF_YEAR"})
    void periodic(String phrase, Period period) {
        assertThat(TimeLimit.parse(phrase).rules())
                .singleElement()
                .extracting(TimeRule::period)
                .isEqualTo(period);
    }

    @Test
    void theCombinedMajorProjectsPhraseKeepsBothParts() {
        TimeLimit limit = TimeLimit.parse("信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示");
        assertThat(limit.understood()).isTrue();
        assertThat(limit.rules()).hasSize(2);
        assertThat(limit.rules().get(0))
                .isEqualTo(new TimeRule(Kind.WITHIN_WORKING_DAYS, 20, Trigger.FORMED, null, null));
        assertThat(limit.rules().get(1))
                .isEqualTo(new TimeRule(Kind.WITHIN_WORKING_DAYS, 7, Trigger.DECISION_MADE, null, "行政许可、行政处罚"));
        assertThat(limit.describe()).contains("20 个工作日内", "行政许可、行政处罚：自作出决定之日起 7 个工作日内");
    }

    @Test
    void theLawEnforcementTemplateKeepsItsTwoScopes() {
        TimeLimit limit = TimeLimit.parse("1.除处罚决定外其他内容:长期公开(动态调整);2.处罚决定:20个工作日内");
        assertThat(limit.rules())
                .extracting(TimeRule::kind, TimeRule::scope)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.LONG_TERM, "除处罚决定外其他内容"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WITHIN_WORKING_DAYS, "处罚决定"));
    }

    @Test
    void theLegalProvisoIsANoteNotARule() {
        TimeLimit limit = TimeLimit.parse("信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的,从其规定。");
        assertThat(limit.understood()).isTrue();
        assertThat(limit.rules()).singleElement().extracting(TimeRule::days).isEqualTo(20);
    }

    @Test
    void aNoticePeriodIsNotADeadline() {
        TimeLimit limit = TimeLimit.parse("制定或获取信息之日起10个工作日内,公示7个工作日");
        assertThat(limit.rules())
                .extracting(TimeRule::kind)
                .containsExactly(Kind.WITHIN_WORKING_DAYS, Kind.NOTICE_PERIOD);
    }

    @Test
    void budgetsWithinCalendarDaysOfApproval() {
        TimeLimit limit = TimeLimit.parse("本级人民代表大会或其常务委员会批准后20日内");
        assertThat(limit.rules())
                .singleElement()
                .isEqualTo(new TimeRule(Kind.WITHIN_DAYS, 20, Trigger.APPROVED, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "同上", "视情况而定", "另行通知", "信息形成20个工作日内公开;视情况而定"})
    void unreadablePhrasesAreKeptVerbatimAndFlagged(String phrase) {
        TimeLimit limit = TimeLimit.parse(phrase);
        assertThat(limit.understood()).isFalse();
        assertThat(limit.rules()).isEmpty();
        assertThat(limit.phrase()).isEqualTo(phrase.strip());
        assertThat(limit.describe()).contains("需人工设定规则");
    }

    @Test
    void anyStringIsParsedWithoutException() {
        Random random = new Random(20261123L);
        String alphabet = "信息形成或者变更之日起个工作日内公开其中行政许可处罚;；:：,，。()（）0123456789实时及时按年季度月长期同上决定";
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            TimeLimit limit = TimeLimit.parse(s.toString());
            assertThat(limit.understood()).isEqualTo(!limit.rules().isEmpty());
        }
        assertThat(TimeLimit.parse("9".repeat(600)).understood()).isFalse();
        assertThat(TimeLimit.parse("99999999999个工作日内").understood()).isFalse();
    }
}
