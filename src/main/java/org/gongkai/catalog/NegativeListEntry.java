package org.gongkai.catalog;

import org.gongkai.shared.WithholdingGround;

/** 负面清单事项: what is not disclosed, on which ground and basis, and why. */
public record NegativeListEntry(
        long id,
        int sortOrder,
        String name,
        String content,
        WithholdingGround ground,
        String legalBasis,
        String reason) {}
