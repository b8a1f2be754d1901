package org.gongkai.organization;

import java.io.Serializable;
import java.security.Principal;

/** The signed-in staff member, kept in the session. Roles are looked up afresh for every decision. */
public record StaffPrincipal(long staffId, String username, String displayName, Long organizationId)
        implements Principal, Serializable {

    /** The sign-in name: what the audit trail and Spring Security's {@code getName()} show. */
    @Override
    public String getName() {
        return username;
    }
}
