package org.gongkai.organization;

/** What an administrator enters for a jurisdiction. */
public record JurisdictionDraft(String code, String name, AdministrativeLevel level, Long parentId) {}
