package org.gongkai.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Issue 9 §5: a lock timeout during sign-in printed the whole staff_member row, hash and TOTP secret, into the
 * log. The log pattern of logback-spring.xml keeps database messages out of both the message and the trace.
 */
class RedactedLogTests {

    private static final String ROW =
            "[1, 'cg_signer', '$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA', 'JBSWY3DPEHPK3PXP']";

    private static String render(String message, Throwable thrown) {
        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("m", RedactingMessageConverter::new);
        layout.getInstanceConverterMap().put("redactedEx", RedactingThrowableConverter::new);
        layout.setPattern("%m%n%redactedEx");
        layout.start();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.ERROR, message, thrown, null);
        return layout.doLayout(event);
    }

    @Test
    void aDatabaseMessageIsReplacedByItsStateInTheTraceAndInTheMessage() {
        SQLException sql =
                new SQLException("Timeout trying to lock table \"STAFF_MEMBER\"; row " + ROW, "HYT00", 50200);
        PessimisticLockingFailureException spring = new PessimisticLockingFailureException(
                "PreparedStatementCallback; SQL [update staff_member set failed_attempts = ? where id = ?]; "
                        + sql.getMessage(),
                sql);
        ServletException tomcat = new ServletException("Request processing failed: " + spring, spring);
        String logged =
                render("Servlet.service() threw exception [" + tomcat.getMessage() + "] with root cause", tomcat);

        assertThat(logged)
                .doesNotContain("argon2", "JBSWY3DPEHPK3PXP", "cg_signer", "update staff_member")
                .contains(
                        "SQLState HYT00",
                        "错误码 50200",
                        "PessimisticLockingFailureException",
                        "ServletException",
                        "at org.gongkai.shared.logging.RedactedLogTests");
    }

    @Test
    void otherExceptionsAreLoggedAsTheyAre() {
        String logged = render("导入失败", new IllegalStateException("第 3 行缺少事项名称"));
        assertThat(logged).contains("导入失败", "IllegalStateException: 第 3 行缺少事项名称");
    }
}
