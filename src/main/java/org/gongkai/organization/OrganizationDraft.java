package org.gongkai.organization;

/** What an administrator enters for an organization. */
public record OrganizationDraft(
        String name,
        OrganizationKind kind,
        Long parentId,
        Long jurisdictionId,
        String creditCode,
        String functions,
        String officeAddress,
        String officeHours,
        String phone,
        String fax,
        String email,
        String website,
        Integer sortOrder) {}
