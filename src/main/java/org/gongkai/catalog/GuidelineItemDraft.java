package org.gongkai.catalog;

import java.util.Set;
import org.gongkai.organization.AdministrativeLevel;

/** What the supervising office enters for a guideline item. */
public record GuidelineItemDraft(
        String firstLevel,
        String secondLevel,
        String thirdLevel,
        String contentElements,
        String legalBasis,
        String timeLimit,
        String responsibleBody,
        Audience audience,
        DisclosureMode mode,
        Set<AdministrativeLevel> levels) {}
