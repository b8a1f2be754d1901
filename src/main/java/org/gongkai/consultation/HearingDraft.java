package org.gongkai.consultation;

import java.time.Instant;

/** What an editor writes for a hearing's announcement. */
public record HearingDraft(
        String title,
        String draftText,
        String explanation,
        Instant heldAt,
        String place,
        String selectionRules,
        String howToApply) {}
