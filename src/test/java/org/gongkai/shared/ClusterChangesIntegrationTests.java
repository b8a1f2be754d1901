package org.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationReview;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13: a change recorded on one node reaches every other node once — not its own node, not a change rolled back,
 * and not one whose transaction took a lower id but committed after a higher one is missed.
 */
class ClusterChangesIntegrationTests extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ClusterChanges thisNode;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    private final List<ClusterChange> heardByB = new CopyOnWriteArrayList<>();

    private ClusterChanges node(String name, List<ClusterChange> heard) {
        ClusterChanges node = new ClusterChanges(
                jdbc,
                e -> heard.add((ClusterChange) e),
                new ScheduledLeases(jdbc, Clock.systemUTC(), name),
                Duration.ofHours(1));
        node.start(null);
        return node;
    }

    @Test
    void aChangeIsHeardOnceByTheOtherNodesAndNotByItsOwn() {
        List<ClusterChange> heardByA = new CopyOnWriteArrayList<>();
        ClusterChanges a = node("node-a", heardByA);
        ClusterChanges b = node("node-b", heardByB);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(s -> a.record(ClusterChange.INFORMATION, 41L));
        tx.executeWithoutResult(s -> {
            a.record(ClusterChange.INFORMATION, 42L);
            s.setRollbackOnly(); // never committed: never heard
        });
        tx.executeWithoutResult(s -> a.record(ClusterChange.CONTENT, 1L));
        a.poll();
        b.poll();
        b.poll();
        assertThat(heardByB)
                .containsExactly(
                        new ClusterChange(ClusterChange.INFORMATION, 41L),
                        new ClusterChange(ClusterChange.CONTENT, 1L));
        assertThat(heardByA).as("its own changes").isEmpty();
        a.destroy();
        b.destroy();
    }

    @Test
    void aChangeCommittedAfterALaterOneIsNotMissed() throws Exception {
        ClusterChanges a = node("node-a", new CopyOnWriteArrayList<>());
        ClusterChanges b = node("node-b", heardByB);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread slow = new Thread(() -> tx.executeWithoutResult(s -> {
            a.record(ClusterChange.INFORMATION, 1L); // takes the lower id
            recorded.countDown();
            try {
                commit.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        slow.start();
        assertThat(recorded.await(10, TimeUnit.SECONDS)).isTrue();
        tx.executeWithoutResult(s -> a.record(ClusterChange.INFORMATION, 2L));
        b.poll();
        commit.countDown();
        slow.join();
        b.poll();
        assertThat(heardByB).extracting(ClusterChange::subject).containsExactlyInAnyOrder(1L, 2L);
        a.destroy();
        b.destroy();
    }

    @Test
    void aPublicationIsRecordedForTheOtherNodesInItsTransaction() {
        ClusterChanges b = node("node-b", heardByB);
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(
                unit,
                InformationDrafts.draft("集群变更测试" + System.nanoTime())
                        .writtenDate(java.time.LocalDate.of(2026, 2, 26))
                        .formedDate(java.time.LocalDate.of(2026, 2, 26))
                        .topic("1102")
                        .column(org.gongkai.information.DisclosureColumn.A20_1)
                        .body("正文")
                        .build());
        editing.submit(id, editing.record(id).lockVersion());
        actAs("mz_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("mz_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, null, null);
        b.poll();
        assertThat(heardByB).contains(new ClusterChange(ClusterChange.INFORMATION, id));
        assertThat(thisNode.node()).isNotEqualTo("node-b");
        b.destroy();
    }
}
