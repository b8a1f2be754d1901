package org.gongkai.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Gives each integration test class its own time: the shared context's clock is set back to {@link
 * TestClockConfiguration#START} before the class's first test, so a class that moves the clock (three months
 * for password expiry) cannot change the dates another class computes, whatever order the classes run in.
 * Within a class the clock only moves forward.
 */
public final class ClassClock extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        testContext.getApplicationContext().getBean(MutableClock.class).set(TestClockConfiguration.START);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
