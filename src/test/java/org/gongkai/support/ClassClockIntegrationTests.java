package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The clock does not leak between classes: this class starts at the common instant although other classes move
 * it (sign-in moves it three months), and it moves it 400 days itself for the classes after it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassClockIntegrationTests extends IntegrationTest {

    @Test
    @Order(1)
    void theClassStartsAtTheCommonInstant() {
        assertThat(clock.instant()).isEqualTo(TestClockConfiguration.START);
    }

    @Test
    @Order(2)
    void withinTheClassTheClockMovesOnlyForward() {
        advance(Duration.ofDays(400));
        assertThat(clock.instant()).isEqualTo(TestClockConfiguration.START.plus(Duration.ofDays(400)));
    }
}
