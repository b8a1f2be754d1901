package org.gongkai.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SQL statement that writes a status is guarded by the state it expects and by a version (issue 10, ADR 0005):
 * a concurrent move leaves nothing written instead of overwriting another person's decision. The statements are
 * read from the source as the code writes them (string literals joined by {@code +}).
 */
class StatusWritesAreGuardedTests {

    /** One argument of {@code jdbc.sql(…)}: string literals, possibly joined with + and other expressions. */
    private static final Pattern SQL_CALL =
            Pattern.compile("\\.sql\\(((?:\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.()]+)\\s*\\+?)+)\\)");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A status write that touches other rows than the one moved: the earlier publication a new one supersedes. */
    private static final Pattern SUPERSEDE = Pattern.compile("set status = 'superseded'.*where .*status = 'published'");

    @Test
    void everyStatusWriteNamesTheExpectedStateAndVersion() throws IOException {
        List<String> statusWrites = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = SQL_CALL.matcher(Files.readString(file));
                while (call.find()) {
                    StringBuilder sql = new StringBuilder();
                    Matcher literal = LITERAL.matcher(call.group(1));
                    while (literal.find()) {
                        sql.append(literal.group(1));
                    }
                    String statement = sql.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    if (!statement.startsWith("update ") || !statement.matches(".* set .*\\bstatus = .*")) {
                        continue;
                    }
                    statusWrites.add(file.getFileName() + ": " + statement);
                    String where = statement.substring(statement.indexOf(" where ") + 1);
                    boolean stateGuard = where.matches(".*\\bstatus (=|in|<>) .*");
                    boolean versionGuard = where.matches(".*\\b(lock_)?version = \\?.*");
                    if (!stateGuard
                            || (!versionGuard && !SUPERSEDE.matcher(statement).find())) {
                        unguarded.add(file.getFileName() + ": " + statement);
                    }
                }
            }
        }
        assertThat(statusWrites).as("the scan finds the status writes").hasSizeGreaterThanOrEqualTo(8);
        assertThat(statusWrites)
                .as("the report's moves, whose assignments vary by move")
                .anyMatch(w -> w.startsWith("ReportRepository.java: update annual_report set status"));
        assertThat(unguarded).isEmpty();
    }
}
