package org.gongkai.information;

import org.gongkai.shared.ClusterChange;
import org.gongkai.shared.ClusterChanges;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other nodes, in the changing transaction, that a record's public state changed or that many records were
 * reloaded: their render caches, static record pages and embedded search indexes follow ({@link ClusterChange}).
 */
@Component
class PublicInformationRelay {

    private final ClusterChanges changes;

    PublicInformationRelay(ClusterChanges changes) {
        this.changes = changes;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PublicInformationChanged event) {
        changes.record(ClusterChange.INFORMATION, event.recordId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PublicInformationReloaded event) {
        changes.record(ClusterChange.RELOADED, null);
    }
}
