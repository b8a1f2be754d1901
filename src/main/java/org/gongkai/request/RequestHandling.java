package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The handler's steps on a case (第四十五条: 登记、审核、办理、答复、归档), each checked, guarded and audited. */
@Service
public class RequestHandling {

    private final RequestRepository cases;
    private final RequestSteps steps;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    RequestHandling(RequestRepository cases, RequestSteps steps, AccessControl access, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Confirms receipt of an online application (第三十一条: 双方确认之日): today becomes the receipt date, the case gets
     * its 登记编号, and the reply period starts.
     */
    @Transactional
    public void confirmReceipt(long id, int version) {
        RequestCase c = handled(id, version, "REQUEST_CONFIRM_RECEIPT");
        steps.confirmReceipt(c, LocalDate.now(clock));
        audit.record("REQUEST_CONFIRM_RECEIPT", "request:" + id, Outcome.SUCCESS, null);
    }

    /** The case as the handler read it, if the current staff member handles the unit's requests. */
    private RequestCase handled(long id, int version, String action) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.require(Role.REQUEST_HANDLER, c.organizationId(), action);
        if (c.version() != version) {
            throw RequestSteps.stale();
        }
        return c;
    }
}
