package org.gongkai.information.web;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.information.DisclosureAttribute;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.DocumentType;
import org.gongkai.information.GovernmentInformation;
import org.gongkai.information.InformationDraft;
import org.gongkai.shared.WithholdingGround;
import org.gongkai.shared.web.ConsoleActions;
import org.gongkai.shared.web.FormDates;

/** The record form of the console; kept as entered when a rule is broken, so nothing typed is lost. */
record InformationForm(
        String title,
        String documentNumber,
        String writtenDate,
        String formedDate,
        DocumentType documentType,
        String topicCode,
        DisclosureColumn column,
        String keywords,
        String summary,
        String body,
        DisclosureAttribute attribute,
        WithholdingGround withholdingGround,
        String withholdingReason,
        List<Long> jointIssuerIds,
        String correctionNote,
        Boolean needsInterpretation,
        Integer lockVersion) {

    static InformationForm empty(LocalDate today) {
        return new InformationForm(
                null,
                null,
                null,
                today.toString(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null);
    }

    static InformationForm of(GovernmentInformation r) {
        return new InformationForm(
                r.title(),
                r.documentNumber(),
                text(r.writtenDate()),
                text(r.formedDate()),
                r.documentType(),
                r.topicCode(),
                r.column(),
                r.keywords(),
                r.summary(),
                r.bodyHtml(),
                r.attribute(),
                r.withholdingGround(),
                r.withholdingReason(),
                r.jointIssuerIds(),
                r.correctionNote(),
                r.interpretationNeeded(),
                r.lockVersion());
    }

    InformationDraft draft() {
        return new InformationDraft(
                title,
                documentNumber,
                FormDates.date("writtenDate", writtenDate, "成文日期"),
                FormDates.date("formedDate", formedDate, "形成或变更日期"),
                documentType,
                topicCode == null || topicCode.isBlank() ? null : topicCode,
                column,
                keywords,
                summary,
                body,
                attribute,
                withholdingGround,
                withholdingReason,
                jointIssuerIds,
                correctionNote,
                needsInterpretation);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    int lock() {
        return ConsoleActions.lock(lockVersion);
    }

    public boolean isJointIssuer(long organizationId) {
        return jointIssuerIds != null && jointIssuerIds.contains(organizationId);
    }
}
