package org.gongkai.catalog;

import java.util.Set;
import org.gongkai.organization.AdministrativeLevel;

/** 公开事项: one row of a catalog, with every element of the standard layout (RULES.md §3.3). */
public record CatalogItem(
        long id,
        String itemKey,
        int sortOrder,
        String firstLevel,
        String secondLevel,
        String thirdLevel,
        String contentElements,
        String legalBasis,
        TimeLimit timeLimit,
        String responsibleBody,
        Set<Channel> channels,
        String localChannels,
        Audience audience,
        DisclosureMode mode,
        Set<AdministrativeLevel> levels,
        String audienceNote,
        String modeNote) {

    /** The audience as shown, with its note: 特定群体（仅限本人）. */
    public String audienceText() {
        return audience.label() + (audienceNote == null ? "" : "（" + audienceNote + "）");
    }

    /** The mode as shown, with its note. */
    public String modeText() {
        return mode.label() + (modeNote == null ? "" : "（" + modeNote + "）");
    }

    /** The checklist as printed: ■ for a selected channel, □ for the others, then local channels. */
    public String channelChecklist() {
        StringBuilder out = new StringBuilder();
        for (Channel c : Channel.values()) {
            out.append(channels.contains(c) ? "■" : "□").append(c.label()).append(' ');
        }
        if (localChannels != null && !localChannels.isBlank()) {
            out.append("■").append(localChannels);
        }
        return out.toString().strip();
    }
}
