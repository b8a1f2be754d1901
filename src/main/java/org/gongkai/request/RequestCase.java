package org.gongkai.request;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.request.RequestClock.DueKind;
import org.gongkai.shared.TrackingCodes;
import org.gongkai.shared.WithholdingGround;

/**
 * A request case as stored, without the applicant's sealed personal data (opened on its own, audited:
 * {@link RequestCases#applicantContact}). {@code phoneLast4} is what the masked phone shows and the tracking page
 * asks for.
 */
public record RequestCase(
        long id,
        long organizationId,
        String trackingCode,
        String caseNumber,
        IntakeChannel channel,
        RequestStatus status,
        ApplicantKind applicantKind,
        String applicantName,
        String contactPerson,
        IdDocumentType idType,
        String phoneLast4,
        ProvisionForm provisionForm,
        ObtainWay obtainWay,
        Instant submittedAt,
        LocalDate receivedOn,
        LocalDate dueOn,
        DueKind dueKind,
        Long handlerId,
        ReplyOutcome outcome,
        WithholdingGround withholdingGround,
        String outcomeReason,
        LocalDate concludedOn,
        String createdBy,
        int version) {

    /** The phone as lists show it: only its last four digits. */
    public String maskedPhone() {
        return "*******" + phoneLast4;
    }

    /** The tracking code as printed: three groups of four. */
    public String trackingCodeDisplay() {
        return TrackingCodes.display(trackingCode);
    }
}
