package org.gongkai.organization;

/** 行政区划: a county (6-digit GB/T 2260 code), township (9 digits) or village (12 digits). */
public record Jurisdiction(long id, String code, String name, AdministrativeLevel level, Long parentId, int version) {}
