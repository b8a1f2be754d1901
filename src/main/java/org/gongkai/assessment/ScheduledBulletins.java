package org.gongkai.assessment;

import java.time.Duration;
import org.gongkai.shared.ScheduledLeases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Generates the monthly bulletin from the first working day of each month on ({@link Bulletins#generateDue()}), checked every
 * hour, on one node at a time when several share the database.
 */
@Component
class ScheduledBulletins {

    static final String LEASE = "assessment.bulletin-due";

    private final Bulletins bulletins;
    private final ScheduledLeases leases;
    private final Duration hold;

    ScheduledBulletins(
            Bulletins bulletins,
            ScheduledLeases leases,
            @Value("${gongkai.assessment.bulletin-lease:10m}") Duration hold) {
        this.bulletins = bulletins;
        this.leases = leases;
        this.hold = hold;
    }

    @Scheduled(
            fixedDelayString = "${gongkai.assessment.bulletin-check:1h}",
            initialDelayString = "${gongkai.assessment.bulletin-first-check:2m}")
    void run() {
        leases.runExclusively(LEASE, hold, bulletins::generateDue);
    }
}
