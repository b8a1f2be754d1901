package org.gongkai.organization;

/** What the system administrator enters for an account. */
public record StaffDraft(String username, String displayName, String phone, Long organizationId) {}
