package org.gongkai.information;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.shared.WithholdingGround;

/**
 * What an editor enters for a record. {@code bodyHtml} is rich text and is sanitized before it is kept;
 * {@code jointIssuerIds} are the organizations issuing jointly with the record's own (联合发文); {@code
 * needsInterpretation} is the unit's decision whether the policy needs a 政策解读 signed off with it (三同步), null for
 * the default of its type ({@link DocumentType#needsInterpretationByDefault}).
 */
public record InformationDraft(
        String title,
        String documentNumber,
        LocalDate writtenDate,
        LocalDate formedDate,
        DocumentType documentType,
        String topicCode,
        DisclosureColumn column,
        String keywords,
        String summary,
        String bodyHtml,
        DisclosureAttribute attribute,
        WithholdingGround withholdingGround,
        String withholdingReason,
        List<Long> jointIssuerIds,
        String correctionNote,
        Boolean needsInterpretation) {

    public InformationDraft {
        jointIssuerIds = jointIssuerIds == null ? List.of() : List.copyOf(jointIssuerIds);
    }
}
