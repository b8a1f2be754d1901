package org.gongkai.catalog;

import java.util.Set;
import org.gongkai.organization.AdministrativeLevel;

/**
 * What an editor enters for a catalog item. The audience and mode notes are what real layouts write in brackets
 * after the tick, such as √（仅限本人）.
 */
public record CatalogItemDraft(
        String firstLevel,
        String secondLevel,
        String thirdLevel,
        String contentElements,
        String legalBasis,
        String timeLimit,
        String responsibleBody,
        Set<Channel> channels,
        String localChannels,
        Audience audience,
        DisclosureMode mode,
        Set<AdministrativeLevel> levels,
        String audienceNote,
        String modeNote) {

    /** An item without notes. */
    public CatalogItemDraft(
            String firstLevel,
            String secondLevel,
            String thirdLevel,
            String contentElements,
            String legalBasis,
            String timeLimit,
            String responsibleBody,
            Set<Channel> channels,
            String localChannels,
            Audience audience,
            DisclosureMode mode,
            Set<AdministrativeLevel> levels) {
        this(
                firstLevel,
                secondLevel,
                thirdLevel,
                contentElements,
                legalBasis,
                timeLimit,
                responsibleBody,
                channels,
                localChannels,
                audience,
                mode,
                levels,
                null,
                null);
    }
}
