package org.gongkai.shared.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again, while the node runs, the listeners whose event publication is still incomplete after a while (a
 * listener that failed: the search index unavailable for a moment, a page that could not be dropped). Until now they
 * ran again only at the next start. Listeners are idempotent, so a publication resubmitted on two nodes, or while
 * its first run is still under way, does no harm; the age keeps a listener that is merely slow (a whole-index
 * rebuild) from being started twice as a rule.
 */
@Component
class IncompletePublicationsResubmission {

    private static final Logger log = LoggerFactory.getLogger(IncompletePublicationsResubmission.class);

    private final IncompleteEventPublications publications;
    private final Duration olderThan;
    private final org.gongkai.shared.ScheduledLeases leases;

    IncompletePublicationsResubmission(
            IncompleteEventPublications publications,
            @Value("${gongkai.events.resubmit-older-than:5m}") Duration olderThan,
            org.gongkai.shared.ScheduledLeases leases) {
        this.publications = publications;
        this.olderThan = olderThan;
        this.leases = leases;
    }

    @Scheduled(
            fixedDelayString = "${gongkai.events.resubmit-every:1m}",
            initialDelayString = "${gongkai.events.resubmit-every:1m}")
    void resubmit() {
        try {
            // on one node at a time (issue 13), so that two nodes do not deliver the same event at once
            leases.runExclusively(
                    "events.resubmit",
                    Duration.ofMinutes(3),
                    () -> publications.resubmitIncompletePublicationsOlderThan(olderThan));
        } catch (RuntimeException e) {
            // the next round tries again; the publication stays in the registry
            log.warn("未完成的事件重新投递失败：{}", e.getClass().getSimpleName());
        }
    }
}
