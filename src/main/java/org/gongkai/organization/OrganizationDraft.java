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
        Integer sortOrder) {

    /** What an administrator would enter to keep the organization as it is. */
    public static OrganizationDraft of(Organization o) {
        return new OrganizationDraft(
                o.name(),
                o.kind(),
                o.parentId(),
                o.jurisdictionId(),
                o.creditCode(),
                o.functions(),
                o.officeAddress(),
                o.officeHours(),
                o.phone(),
                o.fax(),
                o.email(),
                o.website(),
                o.sortOrder());
    }

    public OrganizationDraft withName(String newName) {
        return new OrganizationDraft(
                newName,
                kind,
                parentId,
                jurisdictionId,
                creditCode,
                functions,
                officeAddress,
                officeHours,
                phone,
                fax,
                email,
                website,
                sortOrder);
    }

    /** The same organization under another parent. */
    public OrganizationDraft withParent(Long newParentId) {
        return new OrganizationDraft(
                name,
                kind,
                newParentId,
                jurisdictionId,
                creditCode,
                functions,
                officeAddress,
                officeHours,
                phone,
                fax,
                email,
                website,
                sortOrder);
    }
}
