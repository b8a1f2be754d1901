package org.gongkai.shared;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the other nodes, in the changing transaction, that public content besides records changed. */
@Component
class PublicContentRelay {

    private final ClusterChanges changes;

    PublicContentRelay(ClusterChanges changes) {
        this.changes = changes;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PublicContentChanged event) {
        changes.record(ClusterChange.CONTENT, event.showsOnRecordPages() ? 1L : 0L);
    }
}
