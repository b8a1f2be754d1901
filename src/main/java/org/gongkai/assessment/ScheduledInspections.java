package org.gongkai.assessment;

import java.time.Duration;
import org.gongkai.shared.ScheduledLeases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the site self-inspection weekly ({@link SiteInspections#runWeekly()}), on one node at a time. */
@Component
class ScheduledInspections {

    static final String LEASE = "assessment.site-inspection";

    private final SiteInspections inspections;
    private final ScheduledLeases leases;
    private final Duration hold;

    ScheduledInspections(
            SiteInspections inspections,
            ScheduledLeases leases,
            @Value("${gongkai.inspection.lease:30m}") Duration hold) {
        this.inspections = inspections;
        this.leases = leases;
        this.hold = hold;
    }

    @Scheduled(
            fixedDelayString = "${gongkai.inspection.check:6h}",
            initialDelayString = "${gongkai.inspection.first-check:10m}")
    void run() {
        leases.runExclusively(LEASE, hold, inspections::runWeekly);
    }
}
