package org.gongkai.information;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.shared.WithholdingGround;

/**
 * Test-data builder of {@link InformationDraft} (issue 10 §6): a valid proactive 行政规范性文件 of 2026-02-27 about
 * 最低生活保障 unless a test says otherwise, so that each test names only what it is about instead of fifteen
 * constructor arguments.
 */
public final class InformationDrafts {

    private String title;
    private String documentNumber;
    private LocalDate writtenDate = LocalDate.of(2026, 2, 27);
    private LocalDate formedDate = LocalDate.of(2026, 2, 27);
    private DocumentType type = DocumentType.NORMATIVE_DOCUMENT;
    private String topic = "1703";
    private DisclosureColumn column = DisclosureColumn.A20_11;
    private String keywords = "救助,低保";
    private String summary = "关于最低生活保障的规定";
    private String body = "<p>正文</p>";
    private DisclosureAttribute attribute = DisclosureAttribute.PROACTIVE;
    private WithholdingGround ground;
    private String reason;
    private List<Long> jointIssuers = List.of();
    private String correctionNote;
    /**
     * The unit decided the policy needs no 政策解读, so it is signed off alone; the tests of 三同步 say otherwise (null
     * for the default of its type).
     */
    private Boolean needsInterpretation = false;

    private InformationDrafts(String title) {
        this.title = title;
    }

    /** A valid draft with this title. */
    public static InformationDrafts draft(String title) {
        return new InformationDrafts(title);
    }

    /**
     * A notice with only what every record must have (title, formed date 2026-02-27, type, body 正文): no 成文日期,
     * topic, column, keywords or summary.
     */
    public static InformationDrafts bareNotice(String title) {
        return new InformationDrafts(title)
                .writtenDate(null)
                .type(DocumentType.NOTICE)
                .topic(null)
                .column(null)
                .keywords(null)
                .summary(null)
                .body("正文");
    }

    /** A copy of an existing draft (or a record's {@code toDraft()}), to change a few things. */
    public static InformationDrafts from(InformationDraft d) {
        return new InformationDrafts(d.title())
                .documentNumber(d.documentNumber())
                .writtenDate(d.writtenDate())
                .formedDate(d.formedDate())
                .type(d.documentType())
                .topic(d.topicCode())
                .column(d.column())
                .keywords(d.keywords())
                .summary(d.summary())
                .body(d.bodyHtml())
                .attribute(d.attribute())
                .ground(d.withholdingGround())
                .reason(d.withholdingReason())
                .jointIssuers(d.jointIssuerIds())
                .correctionNote(d.correctionNote())
                .needsInterpretation(d.needsInterpretation());
    }

    public InformationDrafts title(String v) {
        title = v;
        return this;
    }

    public InformationDrafts documentNumber(String v) {
        documentNumber = v;
        return this;
    }

    public InformationDrafts writtenDate(LocalDate v) {
        writtenDate = v;
        return this;
    }

    public InformationDrafts formedDate(LocalDate v) {
        formedDate = v;
        return this;
    }

    public InformationDrafts type(DocumentType v) {
        type = v;
        return this;
    }

    public InformationDrafts topic(String v) {
        topic = v;
        return this;
    }

    public InformationDrafts column(DisclosureColumn v) {
        column = v;
        return this;
    }

    public InformationDrafts keywords(String v) {
        keywords = v;
        return this;
    }

    public InformationDrafts summary(String v) {
        summary = v;
        return this;
    }

    public InformationDrafts body(String v) {
        body = v;
        return this;
    }

    public InformationDrafts attribute(DisclosureAttribute v) {
        attribute = v;
        return this;
    }

    public InformationDrafts ground(WithholdingGround v) {
        ground = v;
        return this;
    }

    public InformationDrafts reason(String v) {
        reason = v;
        return this;
    }

    public InformationDrafts jointIssuers(List<Long> v) {
        jointIssuers = v;
        return this;
    }

    public InformationDrafts correctionNote(String v) {
        correctionNote = v;
        return this;
    }

    public InformationDrafts needsInterpretation(Boolean v) {
        needsInterpretation = v;
        return this;
    }

    public InformationDraft build() {
        return new InformationDraft(
                title,
                documentNumber,
                writtenDate,
                formedDate,
                type,
                topic,
                column,
                keywords,
                summary,
                body,
                attribute,
                ground,
                reason,
                jointIssuers,
                correctionNote,
                needsInterpretation);
    }
}
