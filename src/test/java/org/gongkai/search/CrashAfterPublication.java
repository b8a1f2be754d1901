package org.gongkai.search;

import org.gongkai.information.PublicInformationChanged;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test-only: with {@code gongkai.test.crash-after-publication=true} the process dies like a power cut
 * (no shutdown hooks) the first time published information commits, before the search index hears of it.
 */
@Component
@ConditionalOnProperty("gongkai.test.crash-after-publication")
class CrashAfterPublication {

    @Order(0)
    @TransactionalEventListener
    void on(PublicInformationChanged event) {
        Runtime.getRuntime().halt(137);
    }
}
