package org.gongkai.shared.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;

/**
 * {@code %m} that leaves out the message of any database exception the event carries: Tomcat's "threw
 * exception [...]" line and Spring's wrappers repeat the cause's message inside their own.
 */
public class RedactingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        IThrowableProxy proxy = event.getThrowableProxy();
        if (message == null || !(proxy instanceof ThrowableProxy tp)) {
            return message;
        }
        for (String secret : DatabaseMessages.messages(tp.getThrowable())) {
            message = message.replace(secret, "〔数据库信息已隐去〕");
        }
        return message;
    }
}
