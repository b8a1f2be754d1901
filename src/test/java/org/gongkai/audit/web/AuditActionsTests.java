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
}
