package org.gongkai.information;

import java.time.Duration;
import org.gongkai.shared.ScheduledLeases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link InformationReview#publishDue()} every few seconds, on one node at a time when several share the database
 * (issue 13): the node holding the lease publishes; if it dies, another takes over once the lease runs out.
 */
@Component
class ScheduledPublication {

    static final String LEASE = "information.publish-due";

    private final InformationReview review;
    private final ScheduledLeases leases;
    private final Duration hold;

    ScheduledPublication(
            InformationReview review,
            ScheduledLeases leases,
            @Value("${gongkai.information.publish-lease:45s}") Duration hold) {
        this.review = review;
        this.leases = leases;
        this.hold = hold;
    }

    @Scheduled(fixedDelayString = "${gongkai.information.publish-check:15s}", initialDelayString = "5s")
    void run() {
        leases.runExclusively(LEASE, hold, review::publishDue);
    }
}
