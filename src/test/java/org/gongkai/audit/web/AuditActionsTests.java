package org.gongkai.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action the code audits or refuses by name has a Chinese name in the audit administrator's console. */
class AuditActionsTests {

    /** An action code given to the audit trail or to an access check, as the code writes them. */
    private static final Pattern AUDITED =
            Pattern.compile("(?:record|require|requireAny|deny)\\w*\\([^;]*?\"([A-Z][A-Z_]{3,})\"");

    @Test
    void everyAuditedActionHasAChineseName() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = AUDITED.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(50);
        assertThat(codes)
                .allSatisfy(
                        code -> assertThat(AuditActions.named(code)).as(code).isTrue());
        assertThat(new AuditActions().label("SIGN_IN")).isEqualTo("登录");
        assertThat(new AuditActions().label("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    /** Issue 14 §8: targets read in words, and the action filter finds actions by their Chinese names. */
    @Test
    void targetsReadInWordsAndActionsAreFoundByTheirNames() {
        AuditActions actions = new AuditActions();
        assertThat(actions.target("staff:6")).isEqualTo("工作人员 6");
        assertThat(actions.target("information:12")).isEqualTo("政府信息 12");
        assertThat(actions.target("something:1")).isEqualTo("something:1");
        assertThat(actions.target(null)).isEmpty();
        assertThat(actions.actionsNamed("登录"))
                .contains("SIGN_IN")
                .allSatisfy(code -> assertThat(actions.label(code)).contains("登录"));
        assertThat(actions.actionsNamed("  ")).isEmpty();
        assertThat(actions.actionsNamed("不存在的操作")).isEmpty();
    }
}
