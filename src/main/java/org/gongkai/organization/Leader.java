package org.gongkai.organization;

/** One of a unit's leaders as the public sees them (领导信息): name, post and the work they are responsible for. */
public record Leader(
        long id, long organizationId, String name, String post, String responsibilities, int sortOrder, int version) {}
