package org.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: scheduled work runs on one node at a time — a lease is held by one node, renewed by it, refused to the
 * others until it runs out, then taken over; of several nodes asking at the same moment exactly one gets it.
 */
class ScheduledLeasesIntegrationTests extends IntegrationTest {

    private ScheduledLeases node(String name, Instant at) {
        return new ScheduledLeases(jdbc, Clock.fixed(at, ZoneOffset.UTC), name);
    }

    @Test
    void aLeaseIsHeldByOneNodeUntilItRunsOut() {
        String lease = "test.lease." + System.nanoTime();
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        Duration hold = Duration.ofSeconds(30);
        assertThat(node("a", now).acquire(lease, hold)).isTrue();
        assertThat(node("b", now.plusSeconds(10)).acquire(lease, hold))
                .as("held by a")
                .isFalse();
        assertThat(node("a", now.plusSeconds(20)).acquire(lease, hold))
                .as("renewed by a")
                .isTrue();
        assertThat(node("b", now.plusSeconds(40)).acquire(lease, hold))
                .as("a renewed until +50 s")
                .isFalse();
        assertThat(node("b", now.plusSeconds(51)).acquire(lease, hold))
                .as("run out: b takes over")
                .isTrue();
        assertThat(node("a", now.plusSeconds(52)).acquire(lease, hold)).isFalse();
        List<String> ran = new ArrayList<>();
        assertThat(node("a", now.plusSeconds(53)).runExclusively(lease, hold, () -> ran.add("a")))
                .isFalse();
        assertThat(node("b", now.plusSeconds(53)).runExclusively(lease, hold, () -> ran.add("b")))
                .isTrue();
        assertThat(ran).containsExactly("b");
    }

    @Test
    void ofNodesAskingAtOnceExactlyOneGetsTheLease() throws Exception {
        for (int round = 0; round < 5; round++) {
            String lease = "test.race." + System.nanoTime();
            Instant now = Instant.parse("2030-01-01T00:00:00Z");
            int nodes = 6;
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> got = new ArrayList<>();
            try {
                for (int i = 0; i < nodes; i++) {
                    ScheduledLeases n = node("n" + i, now);
                    got.add(pool.submit(() -> {
                        start.await();
                        try {
                            return n.acquire(lease, Duration.ofSeconds(30));
                        } catch (org.springframework.dao.DataAccessException e) {
                            return false; // a lock timeout is a refusal too
                        }
                    }));
                }
                start.countDown();
                int holders = 0;
                for (Future<Boolean> f : got) {
                    holders += f.get() ? 1 : 0;
                }
                assertThat(holders).as("round %d", round).isEqualTo(1);
            } finally {
                pool.shutdown();
            }
        }
    }
}
