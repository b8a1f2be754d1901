package org.gongkai.consultation;

import java.time.Instant;
import java.util.List;

/**
 * 回应关切 (issue 15 §11): a unit's response to what the public is concerned about, where the concern was raised, and
 * the records (by index number), consultation and inquiry it concerns.
 */
public record ConcernResponse(
        long id,
        long organizationId,
        String title,
        String concern,
        String source,
        String responseText,
        List<String> recordIndexNumbers,
        Long consultationId,
        Long inquiryId,
        boolean published,
        Instant publishedAt,
        int version) {}
