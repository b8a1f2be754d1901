package org.gongkai.request;

import java.time.LocalDate;

/**
 * 收费通知 of a case (国办函〔2020〕109号): the standard, the units counted (items, or pages), the applicant's items
 * earlier in the month, the amount in yuan, the notice and payment dates, and how it ended (paid with its reference,
 * waived with its reason and approver, or lapsed).
 */
public record FeeNotice(
        ProcessingFee.Method method,
        int units,
        int earlierUnits,
        long amount,
        LocalDate notifiedOn,
        LocalDate paymentDue,
        LocalDate paidOn,
        String paymentReference,
        String waivedReason,
        String waivedBy,
        LocalDate lapsedOn) {}
