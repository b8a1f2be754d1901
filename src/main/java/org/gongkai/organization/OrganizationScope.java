package org.gongkai.organization;

import java.util.Set;

/** The organizations a staff member may act on for some roles: all of them, or the listed ids. */
public record OrganizationScope(boolean all, Set<Long> organizationIds) {

    public boolean covers(Long organizationId) {
        return all || organizationId != null && organizationIds.contains(organizationId);
    }

    /** The ids to filter a query by, or null when every organization is covered (no filter). */
    public Set<Long> filter() {
        return all ? null : organizationIds;
    }

    public boolean isEmpty() {
        return !all && organizationIds.isEmpty();
    }
}
