package org.gongkai.shared.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} with every database exception's message replaced by its SQLState, and every other
 * message in the chain cleared of the database messages it quotes.
 */
public class RedactingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        if (!(proxy instanceof ThrowableProxy tp)) {
            return super.throwableProxyToString(proxy);
        }
        return super.throwableProxyToString(new Redacted(tp, DatabaseMessages.messages(tp.getThrowable())));
    }

    /** A view of a throwable proxy whose message, causes and suppressed exceptions are redacted. */
    private static final class Redacted implements IThrowableProxy {
        private final IThrowableProxy proxy;
        private final List<String> secrets;

        Redacted(IThrowableProxy proxy, List<String> secrets) {
            this.proxy = proxy;
            this.secrets = secrets;
        }

        @Override
        public String getMessage() {
            if (proxy instanceof ThrowableProxy tp && DatabaseMessages.fromDatabase(tp.getThrowable())) {
                return DatabaseMessages.replacement(tp.getThrowable());
            }
            String message = proxy.getMessage();
            if (message != null) {
                for (String secret : secrets) {
                    message = message.replace(secret, "〔数据库信息已隐去〕");
                }
            }
            return message;
        }

        /** The throwable's own {@code toString()} where it overrides the usual "class: message" line. */
        @Override
        public String getOverridingMessage() {
            String line = proxy.getOverridingMessage();
            if (line == null) {
                return null;
            }
            if (proxy instanceof ThrowableProxy tp && DatabaseMessages.fromDatabase(tp.getThrowable())) {
                return proxy.getClassName() + ": " + DatabaseMessages.replacement(tp.getThrowable());
            }
            for (String secret : secrets) {
                line = line.replace(secret, "〔数据库信息已隐去〕");
            }
            return line;
        }

        @Override
        public String getClassName() {
            return proxy.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return proxy.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return proxy.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return proxy.getCause() == null ? null : new Redacted(proxy.getCause(), secrets);
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = proxy.getSuppressed();
            return suppressed == null
                    ? null
                    : Arrays.stream(suppressed)
                            .map(s -> (IThrowableProxy) new Redacted(s, secrets))
                            .toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return proxy.isCyclic();
        }
    }
}
