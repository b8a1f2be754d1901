package org.gongkai.organization;

/**
 * 行政机关 / 单位, with what the public directory and the disclosure guide show: its functions and its
 * disclosure office's address, hours, phone, fax, email and web address (国务院令第711号 第十二条).
 */
public record Organization(
        long id,
        String name,
        OrganizationKind kind,
        Long parentId,
        long jurisdictionId,
        String creditCode,
        String functions,
        String officeAddress,
        String officeHours,
        String phone,
        String fax,
        String email,
        String website,
        int sortOrder,
        int version) {}
