package org.gongkai.organization;

import java.util.Set;

/** The organizations a staff member may act on for some roles: all of them, or the listed ids. */
public record OrganizationScope(boolean all, Set<Long> organizationIds) {

    public boolean covers(Long organizationId) {
        return all || organizationId != null && organizationIds.contains(organizationId);
    }

    public boolean isEmpty() {
        return !all && organizationIds.isEmpty();
    }
}
