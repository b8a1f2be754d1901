package org.gongkai.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener that failed runs again while the node runs (issue 10 §2): its publication stays incomplete in the
 * registry, the resubmission runs it again, and the registry is then empty. It used to wait for the next start.
 */
@Import(IncompletePublicationsIntegrationTests.Listeners.class)
@TestPropertySource(properties = "gongkai.events.resubmit-older-than=0s")
class IncompletePublicationsIntegrationTests extends IntegrationTest {

    /** An event only this test publishes. */
    record Probe(String name) {}

    /** A listener whose first run fails, as an index briefly unavailable would. */
    static class FlakyListener {
        private final AtomicInteger runs = new AtomicInteger();

        /** How many times it ran (a method: the bean is a transactional proxy without the field's value). */
        public int runs() {
            return runs.get();
        }

        @TransactionalEventListener
        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void on(Probe probe) {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first run fails (test)");
            }
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FlakyListener listener;

    @Autowired
    IncompletePublicationsResubmission resubmission;

    private long incomplete() {
        return jdbc.sql("select count(*) from event_publication where listener_id like ? and completion_date is null")
                .param("%FlakyListener%")
                .query(Long.class)
                .single();
    }

    @Test
    void aFailedListenerRunsAgainWhileTheNodeRuns() throws InterruptedException {
        transactions.executeWithoutResult(tx -> events.publishEvent(new Probe("检索索引暂时不可用")));
        assertThat(listener.runs()).isEqualTo(1);
        assertThat(incomplete()).isEqualTo(1);

        advance(java.time.Duration.ofSeconds(1)); // the registry dates publications with the application's clock
        resubmission.resubmit();
        for (int i = 0; i < 100 && incomplete() > 0; i++) {
            Thread.sleep(100); // resubmission may hand the listener to another thread
        }
        assertThat(listener.runs()).isEqualTo(2);
        assertThat(incomplete()).isZero();
    }
}
