package org.gongkai.support;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the system clock with one the tests move (2026-03-02 09:00 in Beijing time at start), and counts SQL
 * statements per thread ({@link StatementCounter}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** Where the clock stands when each test class begins ({@link ClassClock}). */
    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START, ZoneId.of("Asia/Shanghai"));
    }

    /** Counts the statements of a piece of work on the test thread (console read-model bounds). */
    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }
}
