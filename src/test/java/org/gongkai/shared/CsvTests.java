package org.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Uploaded CSV read as RFC 4180, within the bounds an upload gets, every refusal a Chinese message. */
class CsvTests {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        assertThat(Csv.parse("\uFEFF序号,名称\r\n1,\"甲,乙\"\n2,\"他说\"\"好\"\"\n第二行\"\n"))
                .containsExactly(List.of("序号", "名称"), List.of("1", "甲,乙"), List.of("2", "他说\"好\"\n第二行"));
    }

    @Test
    void paddingPastTheLastColumnIsDropped_contentThereIsRefusedWithItsPlace() {
        assertThat(Csv.parse("a,b,,,\n", 10, 2, "事项目录")).containsExactly(List.of("a", "b"));
        assertThatThrownBy(() -> Csv.parse("a,b\nc,d,,x\n", 10, 2, "事项目录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第 2 行第 4 列有内容");
    }

    @Test
    void tooManyRowsAndAnUnclosedQuoteAreRefused() {
        assertThatThrownBy(() -> Csv.parse("1\n2\n3\n", 2, 5, "事项目录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("超过 2 行");
        assertThatThrownBy(() -> Csv.parse("a,b\nc,\"未结束\n", 10, 5, "事项目录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第 2 行的引号没有配对");
    }
}
