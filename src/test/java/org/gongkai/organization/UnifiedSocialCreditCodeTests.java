package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 统一社会信用代码: character set, division code and check character. */
class UnifiedSocialCreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91350100M000100Y43"})
    void publishedCodesAreValid(String code) {
        assertThat(UnifiedSocialCreditCode.validate("creditCode", code)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038217", "9144030071526726XH"})
    void aWrongCheckCharacterIsNamed(String code) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.validate("creditCode", code))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("校验位");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91440300192203821", "9144030019220382160", "91440300192203821I", "91AB0300192203821X"})
    void wrongLengthCharactersOrDivisionAreNamed(String code) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.validate("creditCode", code))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("creditCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11510799MB0001521", "12345678901234567"})
    void theComputedCheckCharacterValidates(String first17) {
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        assertThat(UnifiedSocialCreditCode.validate("creditCode", code.toLowerCase()))
                .isEqualTo(code);
    }
}
