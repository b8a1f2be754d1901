package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Derives a version's adjustments from the difference with the previous published version. */
final class Adjustments {

    /** The editor's word on one item: an optional kind (承接 / 下放) and the reason. */
    record Explanation(AdjustmentKind kind, String reason) {}

    private Adjustments() {}

    static List<CatalogAdjustment> between(
            List<CatalogItem> previous,
            List<CatalogItem> next,
            Map<String, Explanation> explanations,
            int versionNumber) {
        Map<String, CatalogItem> before =
                previous.stream().collect(Collectors.toMap(CatalogItem::itemKey, Function.identity()));
        List<CatalogAdjustment> out = new ArrayList<>();
        for (CatalogItem item : next) {
            CatalogItem old = before.remove(item.itemKey());
            AdjustmentKind kind = old == null
                    ? AdjustmentKind.ADDED
                    : sameContent(old, item) ? AdjustmentKind.RETAINED : AdjustmentKind.CHANGED;
            out.add(adjustment(versionNumber, item, kind, explanations.get(item.itemKey()), AdjustmentKind.TAKEN_OVER));
        }
        for (CatalogItem gone : previous) {
            if (before.containsKey(gone.itemKey())) {
                out.add(adjustment(
                        versionNumber,
                        gone,
                        AdjustmentKind.CANCELLED,
                        explanations.get(gone.itemKey()),
                        AdjustmentKind.DELEGATED));
            }
        }
        return out;
    }

    private static CatalogAdjustment adjustment(
            int version,
            CatalogItem item,
            AdjustmentKind derived,
            Explanation explanation,
            AdjustmentKind allowedOverride) {
        AdjustmentKind kind = derived;
        String reason = null;
        if (explanation != null) {
            reason = explanation.reason();
            if (explanation.kind() == allowedOverride
                    && (derived == AdjustmentKind.ADDED || derived == AdjustmentKind.CANCELLED)) {
                kind = explanation.kind();
            }
        }
        return new CatalogAdjustment(version, item.itemKey(), item.secondLevel(), kind, reason, null);
    }

    static boolean sameContent(CatalogItem a, CatalogItem b) {
        return Objects.equals(a.firstLevel(), b.firstLevel())
                && Objects.equals(a.secondLevel(), b.secondLevel())
                && Objects.equals(a.thirdLevel(), b.thirdLevel())
                && Objects.equals(a.contentElements(), b.contentElements())
                && Objects.equals(a.legalBasis(), b.legalBasis())
                && Objects.equals(a.timeLimit().phrase(), b.timeLimit().phrase())
                && Objects.equals(a.responsibleBody(), b.responsibleBody())
                && a.channels().equals(b.channels())
                && Objects.equals(a.localChannels(), b.localChannels())
                && a.audience() == b.audience()
                && a.mode() == b.mode()
                && a.levels().equals(b.levels());
    }
}
