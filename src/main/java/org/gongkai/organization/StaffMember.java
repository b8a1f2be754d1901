package org.gongkai.organization;

import java.time.Instant;

/** A staff account as administrators see it; never carries the password hash or the TOTP secret. */
public record StaffMember(
        long id,
        String username,
        String displayName,
        String phone,
        Long organizationId,
        boolean enabled,
        Instant lockedUntil,
        boolean mustChangePassword,
        boolean secondFactorEnrolled,
        int version) {}
