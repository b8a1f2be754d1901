package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The progressive standards of 国办函〔2020〕109号 第四条、第五条 (RULES §1.6), counted by hand. */
class ProcessingFeeTests {

    @ParameterizedTest(name = "{0} earlier + {1} items = {2} yuan")
    @CsvSource({
        "0, 10, 0", // ≤10 free
        "0, 11, 100", // the 11th at 100
        "10, 1, 100",
        "0, 30, 2000", // 11–30: 20 × 100
        "29, 2, 300", // 30th at 100, 31st at 200
        "0, 40, 4000", // 2000 + 10 × 200
        "40, 1, 300", // the 41st at 300
        "0, 50, 7000", // 4000 + 10 × 300
        "12, 0, 0"
    })
    void byCount(int earlier, int items, long yuan) {
        assertThat(ProcessingFee.byCount(earlier, items)).isEqualTo(yuan);
    }

    @ParameterizedTest(name = "{0} pages = {1} yuan")
    @CsvSource({
        "30, 0",
        "31, 10",
        "100, 700", // 70 × 10
        "101, 720", // + 20
        "200, 2700", // 700 + 100 × 20
        "201, 2740", // + 40
        "250, 4700" // 2700 + 50 × 40
    })
    void byVolume(int pages, long yuan) {
        assertThat(ProcessingFee.byVolume(pages)).isEqualTo(yuan);
    }
}
