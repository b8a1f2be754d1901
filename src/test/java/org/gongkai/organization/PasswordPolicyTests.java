package org.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** At least 8 characters and three of four character classes; never containing the sign-in name. */
class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy(8, 90, 5, 15, 0);

    @ParameterizedTest
    @ValueSource(strings = {"Demo@2026", "abcDEF12", "abc@1234", "ABC#defg", "密码Abc12345"})
    void threeClassesAndEightCharactersPass(String password) {
        assertThatCode(() -> policy.checkPassword("p", password, "zhang")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab1@", "abcdefgh", "abcd1234", "ABCDEFGH1", "12345678@"})
    void tooShortOrTooFewClassesFail(String password) {
        assertThatThrownBy(() -> policy.checkPassword("p", password, "zhang")).hasMessageContaining("密码");
    }

    @Test
    void containingTheSignInNameFails() {
        assertThatThrownBy(() -> policy.checkPassword("p", "Zhang@2026", "zhang"))
                .hasMessageContaining("登录名");
    }

    @Test
    void aLongerMinimumIsApplied() {
        PasswordPolicy strict = new PasswordPolicy(12, 90, 5, 15, 0);
        assertThatThrownBy(() -> strict.checkPassword("p", "Demo@2026", "x")).hasMessageContaining("至少 12 位");
    }

    @Test
    void policyValuesOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> new PasswordPolicy(6, 90, 5, 15, 0).checkValues())
                .hasMessageContaining("8 到 64");
        assertThatThrownBy(() -> new PasswordPolicy(8, 90, 0, 15, 0).checkValues())
                .hasMessageContaining("锁定次数");
        assertThatThrownBy(() -> new PasswordPolicy(8, 90, 5, 0, 0).checkValues())
                .hasMessageContaining("锁定时长");
    }
}
