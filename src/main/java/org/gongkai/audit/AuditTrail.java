package org.gongkai.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gongkai.shared.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to and reads the hash-chained audit trail. {@link #record} joins the caller's transaction,
 * so an entry exists exactly when the audited write commits; {@link #recordIndependently} commits on
 * its own, for refusals and failures whose business transaction rolls back.
 */
@Service
public class AuditTrail {

    static final int MAX_DETAIL = 2000;

    private final AuditRepository repository;
    private final Clock clock;

    AuditTrail(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records an action of the signed-in user, inside the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, Outcome outcome, String detail) {
        append(currentActor(), action, target, outcome, detail);
    }

    /** Records an action in a transaction of its own, committed even when the caller's rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(String actor, String action, String target, Outcome outcome, String detail) {
        append(actor == null ? currentActor() : actor, action, target, outcome, detail);
    }

    private void append(String actor, String action, String target, Outcome outcome, String detail) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String boundedDetail = detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        repository.append(now, actor, currentAddress(), action, target, outcome, boundedDetail);
    }

    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        return repository.search(query);
    }

    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verifyChain();
    }

    /** Verification without a signed-in user, for the command line on the server itself. */
    @Transactional(readOnly = true)
    public ChainVerification verifyFromCommandLine() {
        return verifyChain();
    }

    private ChainVerification verifyChain() {
        return repository.verify(clock.instant());
    }

    /** The signed-in user's own most recent actions, for the dashboard. */
    @Transactional(readOnly = true)
    public List<AuditEntry> myRecentActions(int limit) {
        return repository.recentBy(currentActor(), Math.min(Math.max(limit, 1), 50));
    }

    private static String currentActor() {
        return Actors.currentName();
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "本机";
    }
}
