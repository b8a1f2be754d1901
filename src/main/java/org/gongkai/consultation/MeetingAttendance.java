package org.gongkai.consultation;

import java.time.Instant;
import java.util.List;

/**
 * 列席 (issue 15 §9, seed 001): citizens, experts and stakeholders attending a government meeting — the meeting and
 * when it was held, its topics, how attendees were invited, who attended, and what they said and how it was taken up.
 */
public record MeetingAttendance(
        long id,
        long organizationId,
        String meeting,
        Instant heldAt,
        List<String> topics,
        String invitation,
        List<String> attendees,
        String opinions,
        boolean published,
        Instant publishedAt,
        int version) {}
