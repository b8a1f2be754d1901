package org.gongkai.catalog;

import java.util.Set;
import org.gongkai.organization.AdministrativeLevel;

/** What an editor enters for a catalog item. */
public record CatalogItemDraft(String firstLevel, String secondLevel, String thirdLevel, String contentElements,
        String legalBasis, String timeLimit, String responsibleBody, Set<Channel> channels, String localChannels,
        Audience audience, DisclosureMode mode, Set<AdministrativeLevel> levels) {
}
