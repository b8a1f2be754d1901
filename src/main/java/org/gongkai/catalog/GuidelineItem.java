package org.gongkai.catalog;

import java.util.Set;
import org.gongkai.organization.AdministrativeLevel;

/**
 * One item of an area's guideline (标准指引) as valid from {@code fromVersion} to {@code toVersion}
 * (null: still current). {@code itemKey} stays the same across the item's versions.
 */
public record GuidelineItem(
        long id,
        long areaId,
        String itemKey,
        int fromVersion,
        Integer toVersion,
        int sortOrder,
        String firstLevel,
        String secondLevel,
        String thirdLevel,
        String contentElements,
        String legalBasis,
        TimeLimit timeLimit,
        String responsibleBody,
        Audience audience,
        DisclosureMode mode,
        Set<AdministrativeLevel> levels) {

    public boolean appliesAt(AdministrativeLevel level) {
        return levels.contains(level);
    }
}
