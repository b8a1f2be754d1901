package org.gongkai.organization;

import java.time.Instant;

/** A role held by a staff member over an organization (null: the whole platform), optionally with its subtree. */
public record RoleGrant(
        long id,
        long staffId,
        Role role,
        Long organizationId,
        String organizationName,
        boolean includeSubtree,
        Instant grantedAt,
        String grantedBy) {

    public boolean platformWide() {
        return organizationId == null;
    }

    /** How the scope reads on screen: 全平台, or the organization, with 含下级单位 when so granted. */
    public String scopeLabel() {
        return platformWide() ? "全平台" : organizationName + (includeSubtree ? "（含下级单位）" : "");
    }
}
