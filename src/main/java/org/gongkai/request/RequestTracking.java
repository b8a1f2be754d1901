package org.gongkai.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.TrackingCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public tracking page (issue 11 §8): with the 查询码 and the last four digits of the phone number, an applicant
 * sees the status, the deadline and the holidays and pauses that moved it — and nothing of the applicant's personal
 * data. An unknown code and a wrong phone suffix get the same answer.
 */
@Service
public class RequestTracking {

    /** One line of the public timeline: what happened and on which day, without names or notes. */
    public record Step(String label, LocalDate on) {}

    public record Tracked(
            String trackingCode,
            String caseNumber,
            String unitName,
            RequestStatus status,
            LocalDate submittedOn,
            LocalDate receivedOn,
            RequestClock.Reading clock,
            List<Step> steps,
            ReplyOutcome outcome,
            LocalDate concludedOn) {}

    private final RequestRepository cases;
    private final RequestClock requestClock;
    private final OrganizationDirectory directory;
    private final java.time.Clock clock;

    RequestTracking(
            RequestRepository cases,
            RequestClock requestClock,
            OrganizationDirectory directory,
            java.time.Clock clock) {
        this.cases = cases;
        this.requestClock = requestClock;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Tracked> track(String typedCode, String phoneSuffix) {
        String code = TrackingCodes.normalize(typedCode);
        String suffix = phoneSuffix == null ? "" : phoneSuffix.strip();
        if (code == null || !suffix.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        return cases.findByTrackingCode(code)
                .filter(c -> MessageDigest.isEqual(
                        c.phoneLast4().getBytes(StandardCharsets.US_ASCII), suffix.getBytes(StandardCharsets.US_ASCII)))
                .map(c -> {
                    List<TimelineEntry> timeline = cases.timeline(c.id());
                    return new Tracked(
                            TrackingCodes.display(c.trackingCode()),
                            c.caseNumber(),
                            directory.names().getOrDefault(c.organizationId(), ""),
                            c.status(),
                            LocalDate.ofInstant(c.submittedAt(), clock.getZone()),
                            c.receivedOn(),
                            requestClock.read(timeline),
                            timeline.stream()
                                    .filter(e -> e.kind() != TimelineKind.ASSIGNED)
                                    .map(e -> new Step(e.kind().label(), e.on()))
                                    .toList(),
                            c.status().isOpen() ? null : c.outcome(),
                            c.concludedOn());
                });
    }
}
