package org.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.gongkai.shared.PersonalInformationFinding.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal information that must be masked or accepted before sign-off (issue 4 §3). */
class PersonalInformationScannerTests {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440304198506121230", "510799200002290045"})
    void validIdNumbersAreFound(String id) {
        assertThat(PersonalInformationScanner.scan("申请人身份证号：" + id + "，住址略。"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.ID_NUMBER);
                    assertThat(f.masked())
                            .startsWith(id.substring(0, 6))
                            .contains("********")
                            .hasSize(18);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"440304198513121230", "440304198502301230", "1234567890123456789", "912345198506121230"})
    void numbersWithoutABirthDateOrProvinceAreNotIdNumbers(String notAnId) {
        assertThat(PersonalInformationScanner.scan("编号 " + notAnId))
                .noneMatch(f -> f.kind() == Kind.ID_NUMBER || f.kind() == Kind.SUSPECTED_ID_NUMBER);
    }

    /** Issue 9 §16: a mistyped ID number still identifies a person. */
    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "440304198506121231", "110105194912310023"})
    void anIdNumberWithAWrongCheckCharacterIsSuspected(String mistyped) {
        assertThat(PersonalInformationScanner.scan("身份证号 " + mistyped + " 。"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.SUSPECTED_ID_NUMBER);
                    assertThat(f.masked()).isEqualTo(mistyped.substring(0, 6) + "********" + mistyped.substring(14));
                });
        assertThat(PersonalInformationScanner.mask("身份证号 " + mistyped)).doesNotContain(mistyped.substring(6, 14));
    }

    /** Issue 9 §16: a card number failing Luhn is suspected when it starts like a card issued in China. */
    @Test
    void aCardNumberFailingLuhnIsSuspected() {
        assertThat(PersonalInformationScanner.scan("卡号 6222 0210 0112 3456 79 。"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.SUSPECTED_BANK_CARD);
                    assertThat(f.masked()).isEqualTo("6222 **** **** 5679");
                });
        assertThat(PersonalInformationScanner.scan("流水号 1234567812345678")).isEmpty();
    }

    @Test
    void mobileNumbersAreFoundButNotInsideLongerNumbers() {
        List<PersonalInformationFinding> found =
                PersonalInformationScanner.scan("联系电话13812345678，或+86 15912345678；文号编码 2013812345678 不是手机号");
        assertThat(found)
                .extracting(PersonalInformationFinding::kind)
                .containsExactly(Kind.MOBILE_NUMBER, Kind.MOBILE_NUMBER);
        assertThat(found).extracting(PersonalInformationFinding::masked).containsExactly("138****5678", "159****5678");
        assertThat(PersonalInformationScanner.scan("座机 0818-6212345")).isEmpty();
    }

    @Test
    void bankCardsMustPassLuhn() {
        assertThat(PersonalInformationScanner.scan("补助发放至卡号 6222 0210 0112 3456 78 。"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.BANK_CARD);
                    assertThat(f.masked()).isEqualTo("6222 **** **** 5678");
                });
        assertThat(PersonalInformationScanner.scan("卡号 4111111111111111"))
                .extracting(PersonalInformationFinding::kind)
                .containsExactly(Kind.BANK_CARD);
        assertThat(PersonalInformationScanner.scan("卡号 4111111111111112"))
                .extracting(PersonalInformationFinding::kind)
                .containsExactly(Kind.SUSPECTED_BANK_CARD);
    }

    /** A hash or a code that happens to hold a Luhn-valid or phone-like run of digits is not personal information. */
    @Test
    void numbersInsideHashesAndCodesAreNotFindings() {
        assertThat(PersonalInformationScanner.scan(
                        "原 SM3 链尾 0ffca5c92559960000689232e573d027566d155e58fe81492c11129d932dc5b0"))
                .isEmpty();
        assertThat(PersonalInformationScanner.scan("a13812345678b x4111111111111111y"))
                .isEmpty();
        assertThat(PersonalInformationScanner.scan("卡号4111111111111111，电话13812345678。"))
                .hasSize(2);
    }

    @Test
    void emailsAreFound() {
        assertThat(PersonalInformationScanner.scan("请发送至 zhangsan@example.com 。"))
                .singleElement()
                .satisfies(f -> assertThat(f.masked()).isEqualTo("z***@example.com"));
    }

    @Test
    void emailsAreFoundWhateverSurroundsThem() {
        assertThat(PersonalInformationScanner.scan("邮箱a.b-c@mail.example.gov.cn，电话略"))
                .singleElement()
                .satisfies(f -> assertThat(f.masked()).isEqualTo("a***@mail.example.gov.cn"));
        assertThat(PersonalInformationScanner.scan("x".repeat(65) + "@example.com"))
                .isEmpty();
        assertThat(PersonalInformationScanner.scan("请勿使用 a@b 或 @example.com")).isEmpty();
    }

    /**
     * Issue 9 §2: every pattern is linear. Before, 40,000 letters took 14 s (quadratic: a million would take
     * hours); each of these million-character texts is scanned in well under a second on the machines here
     * (bench/hardening.sh prints the figure). The bound below only catches a return to super-linear time.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "a",
                "a@",
                "a@b.",
                "a.",
                "1",
                "1 ",
                "1-",
                "13812345678 ",
                "4111111111111111,",
                "11010519491231002X ",
                "+86-",
                "@a."
            })
    void aMillionCharactersAreScannedInLinearTime(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            PersonalInformationScanner.scan(text);
            PersonalInformationScanner.mask(text);
        });
    }

    @Test
    void aTextWithManyFindingsIsScannedWithoutComparingEachToAll() {
        String text = "手机13812345678，卡号4111111111111111，身份证11010519491231002X；".repeat(20_000);
        List<PersonalInformationFinding> found =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PersonalInformationScanner.scan(text));
        assertThat(found).hasSize(60_000);
    }

    @Test
    void maskReplacesEveryFindingAndNothingElse() {
        String text = "张三，身份证11010519491231002X，手机13812345678，卡号4111111111111111，邮箱a.b@x.cn。文号示政发〔2026〕3号。";
        assertThat(PersonalInformationScanner.mask(text))
                .isEqualTo("张三，身份证110105********002X，手机138****5678，卡号4111 **** **** 1111，邮箱a***@x.cn。文号示政发〔2026〕3号。");
    }

    @Test
    void anyTextIsScannedWithoutException() {
        Random random = new Random(20261123L);
        String alphabet = "0123456789Xx +-@.abc中文，。";
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String masked = PersonalInformationScanner.mask(s.toString());
            assertThat(PersonalInformationScanner.scan(masked)).isEmpty();
        }
    }
}
