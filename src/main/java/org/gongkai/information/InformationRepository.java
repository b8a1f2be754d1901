package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.shared.WithholdingGround;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The working copies of government information with their revisions, attachments, review history and catalog links,
 * and the writes of their moves (InformationMove). What the public reads is in {@link PublishedRecords}, the listing's
 * read model in {@link PublicListing}; what the content scan found in {@link FindingRepository}; the units' settings
 * in {@link SettingsRepository}.
 */
@Repository
class InformationRepository {

    private static final String RECORD = "id, organization_id, title, document_number, written_date, formed_date, "
            + "document_type, topic_code, disclosure_column, keywords, summary, body_html, attribute, withholding_ground, "
            + "withholding_reason, status, scheduled_at, index_number, published_revision, first_published_at, validity, "
            + "validity_date, validity_record_id, withdrawn_reason, created_at, created_by, submitted_by, correction_note, "
            + "needs_interpretation, interpretation_form, interpretation_author, interpretation_text, consultation_id, "
            + "lock_version";

    private final JdbcClient jdbc;

    InformationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- working copies -------------------------------------------------------------------------

    long insert(long organizationId, InformationDraft d, String bodyText, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into information_record (organization_id, title, document_number, written_date, formed_date, "
                        + "document_type, topic_code, disclosure_column, keywords, summary, body_html, body_text, attribute, "
                        + "withholding_ground, withholding_reason, needs_interpretation, status, created_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)")
                .params(
                        organizationId,
                        d.title(),
                        d.documentNumber(),
                        date(d.writtenDate()),
                        date(d.formedDate()),
                        d.documentType().name(),
                        d.topicCode(),
                        name(d.column()),
                        d.keywords(),
                        d.summary(),
                        d.bodyHtml(),
                        bodyText,
                        d.attribute().name(),
                        name(d.withholdingGround()),
                        d.withholdingReason(),
                        d.needsInterpretation(),
                        utc(at),
                        by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        setIssuers(id, d.jointIssuerIds());
        return id;
    }

    /** Saves an editable working copy if nobody changed it since {@code lockVersion}. */
    boolean update(long id, int lockVersion, InformationDraft d, String bodyText) {
        boolean saved = jdbc.sql("update information_record set title = ?, document_number = ?, written_date = ?, "
                                + "formed_date = ?, document_type = ?, topic_code = ?, disclosure_column = ?, keywords = ?, summary = ?, "
                                + "body_html = ?, body_text = ?, attribute = ?, withholding_ground = ?, withholding_reason = ?, "
                                + "correction_note = ?, needs_interpretation = ?, lock_version = lock_version + 1 "
                                + "where id = ? and lock_version = ? and status in ('DRAFT', 'RETURNED')")
                        .params(
                                d.title(),
                                d.documentNumber(),
                                date(d.writtenDate()),
                                date(d.formedDate()),
                                d.documentType().name(),
                                d.topicCode(),
                                name(d.column()),
                                d.keywords(),
                                d.summary(),
                                d.bodyHtml(),
                                bodyText,
                                d.attribute().name(),
                                name(d.withholdingGround()),
                                d.withholdingReason(),
                                d.correctionNote(),
                                d.needsInterpretation(),
                                id,
                                lockVersion)
                        .update()
                == 1;
        if (saved) {
            setIssuers(id, d.jointIssuerIds());
        }
        return saved;
    }

    /** Replaces the texts a masking changed, without touching the lock (the editor's form stays valid only if reloaded). */
    void replaceTexts(long id, String title, String summary, String bodyHtml, String bodyText) {
        jdbc.sql("update information_record set title = ?, summary = ?, body_html = ?, body_text = ?, "
                        + "lock_version = lock_version + 1 where id = ?")
                .params(title, summary, bodyHtml, bodyText, id)
                .update();
    }

    /** The working copy's joint issuers in order (a unit's confirmation is kept apart, in information_issue_confirmation). */
    private void setIssuers(long id, List<Long> issuers) {
        jdbc.sql("delete from information_issuer where record_id = ?").param(id).update();
        int order = 1;
        for (Long org : issuers) {
            jdbc.sql("insert into information_issuer (record_id, organization_id, sort_order) values (?, ?, ?)")
                    .params(id, org, order++)
                    .update();
        }
    }

    /**
     * The named unit agrees to be a joint issuer; false when it is not (or no longer) named in the working copy, or
     * has already agreed (also when another request agreed at the same moment).
     */
    boolean confirmIssuer(long id, long organizationId, String by, Instant at) {
        try {
            return jdbc.sql(
                                    "insert into information_issue_confirmation (record_id, organization_id, confirmed_at, confirmed_by) "
                                            + "select record_id, organization_id, ?, ? from information_issuer i where record_id = ? "
                                            + "and organization_id = ? and " + NOT_CONFIRMED)
                            .params(utc(at), by, id, organizationId)
                            .update()
                    == 1;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    private static final String NOT_CONFIRMED = "not exists (select 1 from information_issue_confirmation c "
            + "where c.record_id = i.record_id and c.organization_id = i.organization_id)";

    /** The working copy's joint issuers that have not yet confirmed. */
    List<Long> unconfirmedIssuers(long id) {
        return jdbc.sql("select organization_id from information_issuer i where record_id = ? and " + NOT_CONFIRMED
                        + " order by sort_order")
                .param(id)
                .query(Long.class)
                .list();
    }

    /** Records naming one of the units as joint issuer, awaiting its confirmation. */
    List<Long> awaitingConfirmationBy(java.util.Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct record_id from information_issuer i where organization_id in (:orgs) and "
                        + NOT_CONFIRMED + " order by record_id desc")
                .param("orgs", organizationIds)
                .query(Long.class)
                .list();
    }

    Optional<GovernmentInformation> find(long id) {
        return jdbc.sql("select " + RECORD + " from information_record where id = ?")
                .param(id)
                .query((rs, n) -> record(rs, issuers(rs.getLong("id"))))
                .optional();
    }

    Optional<String> indexNumber(long id) {
        return jdbc.sql("select index_number from information_record where id = ? and index_number is not null")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<Long> idByIndexNumber(String indexNumber) {
        return jdbc.sql("select id from information_record where index_number = ?")
                .param(indexNumber)
                .query(Long.class)
                .optional();
    }

    String bodyText(long id) {
        return jdbc.sql("select body_text from information_record where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** The joint issuers the public sees on a revision: the revision's, those that have confirmed. */
    List<Long> issuers(long id) {
        return jdbc.sql("select organization_id from information_issuer where record_id = ? order by sort_order")
                .param(id)
                .query(Long.class)
                .list();
    }

    /** Another live record of the unit with this 文号, if any (withdrawn records give their number back). */
    Optional<String> titleWithNumber(long organizationId, String documentNumber, Long exceptId) {
        return jdbc
                .sql("select title from information_record where organization_id = ? and document_number = ? "
                        + "and id <> ? and status <> 'WITHDRAWN'")
                .params(organizationId, documentNumber, exceptId == null ? -1L : exceptId)
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    /** Writes a move of the working copy (InformationMove); false when the record moved or changed meanwhile. */
    boolean move(long id, int lockVersion, InformationMove move) {
        List<Object> params = new ArrayList<>(List.of(move.to().name(), id, lockVersion));
        move.from().forEach(s -> params.add(s.name()));
        return jdbc.sql("update information_record set status = ?, lock_version = lock_version + 1 where id = ? "
                                + "and lock_version = ? and status in ("
                                + marks(move.from().size()) + ")")
                        .params(params)
                        .update()
                == 1;
    }

    void submitted(long id, Instant at, String by) {
        jdbc.sql("update information_record set submitted_at = ?, submitted_by = ? where id = ?")
                .params(utc(at), by, id)
                .update();
    }

    void scheduled(long id, Instant at) {
        jdbc.sql("update information_record set scheduled_at = ? where id = ?")
                .params(at == null ? null : utc(at), id)
                .update();
    }

    /** Publishes a revision; false when the record is no longer in {@code from} at this lock version. */
    boolean published(long id, int lockVersion, RecordStatus from, String indexNumber, int revision, Instant at) {
        return jdbc.sql("update information_record set status = ?, index_number = ?, published_revision = ?, "
                                + "first_published_at = coalesce(first_published_at, ?), scheduled_at = null, "
                                + "correction_note = null, lock_version = lock_version + 1 "
                                + "where id = ? and lock_version = ? and status = ?")
                        .params(
                                InformationMove.PUBLISH.to().name(),
                                indexNumber,
                                revision,
                                utc(at),
                                id,
                                lockVersion,
                                from.name())
                        .update()
                == 1;
    }

    /** Withdraws published information; false when it is no longer published at this lock version. */
    boolean withdrawn(long id, int lockVersion, String reason, String by, Instant at) {
        InformationMove move = InformationMove.WITHDRAW;
        List<Object> params = new ArrayList<>(List.of(move.to().name(), reason, by, utc(at), id, lockVersion));
        move.from().forEach(s -> params.add(s.name()));
        return jdbc.sql("update information_record set status = ?, withdrawn_reason = ?, withdrawn_by = ?, "
                                + "withdrawn_at = ?, lock_version = lock_version + 1 "
                                + "where id = ? and lock_version = ? and published_revision is not null and status in ("
                                + marks(move.from().size()) + ")")
                        .params(params)
                        .update()
                == 1;
    }

    /** Marks the validity of public information; false when it changed or stopped being public meanwhile. */
    boolean validity(long id, int lockVersion, Validity validity, LocalDate date, Long relatedId) {
        return jdbc.sql("update information_record set validity = ?, validity_date = ?, validity_record_id = ?, "
                                + "lock_version = lock_version + 1 where id = ? and lock_version = ? "
                                + "and status <> 'WITHDRAWN' and published_revision is not null")
                        .params(validity.name(), date(date), relatedId, id, lockVersion)
                        .update()
                == 1;
    }

    /**
     * Information filed as not disclosed proactively becomes proactive and goes back to drafting (第十八条 cleanup);
     * false when it is no longer filed at this lock version.
     */
    boolean attribute(long id, int lockVersion, DisclosureAttribute attribute, LocalDate formedDate) {
        return jdbc.sql(
                                "update information_record set attribute = ?, withholding_ground = null, "
                                        + "withholding_reason = null, formed_date = ?, status = 'DRAFT', "
                                        + "lock_version = lock_version + 1 where id = ? and lock_version = ? and status = 'FILED'")
                        .params(attribute.name(), date(formedDate), id, lockVersion)
                        .update()
                == 1;
    }

    /** Records of these units, newest first, optionally in one status. */
    List<GovernmentInformation> ofOrganizations(Collection<Long> organizationIds, RecordStatus status, int limit) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(organizationIds);
        String where = "organization_id in (" + marks(organizationIds.size()) + ")";
        if (status != null) {
            where += " and status = ?";
            params.add(status.name());
        }
        params.add(limit);
        return jdbc.sql("select " + RECORD + " from information_record where " + where + " order by id desc limit ?")
                .params(params)
                .query((rs, n) -> record(rs, List.of()))
                .list();
    }

    /** Proactive records of these units whose working copy is not public yet: the 第二十六条 clock runs. */
    List<GovernmentInformation> clockRunning(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + RECORD + " from information_record where organization_id in ("
                        + marks(organizationIds.size()) + ") and attribute = 'PROACTIVE' "
                        + "and status not in ('PUBLISHED', 'WITHDRAWN', 'FILED') order by formed_date, id")
                .params(new ArrayList<>(organizationIds))
                .query((rs, n) -> record(rs, List.of()))
                .list();
    }

    List<Long> scheduledBefore(Instant at) {
        return jdbc.sql(
                        "select id from information_record where status = 'SCHEDULED' and scheduled_at <= ? order by id")
                .param(utc(at))
                .query(Long.class)
                .list();
    }

    // --- catalog items ----------------------------------------------------------------------------

    /** A record's link to an item of a standard catalog, as stored: the area and the item's key. */
    record StoredLink(long areaId, String itemKey) {}

    /** The text extracted from an attached file. */
    record AttachmentText(long attachmentId, String fileName, String text) {}

    List<StoredLink> catalogLinks(long recordId) {
        return jdbc.sql(
                        "select area_id, item_key from information_catalog_link where record_id = ? order by area_id, item_key")
                .param(recordId)
                .query((rs, n) -> new StoredLink(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The links a published revision holds: what the public sees of the record's catalog items. */
    List<StoredLink> catalogLinks(long recordId, int revision) {
        return jdbc.sql(
                        "select l.area_id, l.item_key from information_revision_catalog_link l join information_revision v "
                                + "on v.id = l.revision_id where v.record_id = ? and v.revision_number = ? order by l.area_id, l.item_key")
                .params(recordId, revision)
                .query((rs, n) -> new StoredLink(rs.getLong(1), rs.getString(2)))
                .list();
    }

    void setCatalogLinks(long recordId, List<StoredLink> links) {
        jdbc.sql("delete from information_catalog_link where record_id = ?")
                .param(recordId)
                .update();
        for (StoredLink l : links) {
            jdbc.sql("insert into information_catalog_link (record_id, area_id, item_key) values (?, ?, ?)")
                    .params(recordId, l.areaId(), l.itemKey())
                    .update();
        }
    }

    // --- reviews ---------------------------------------------------------------------------------

    void review(
            long id, ReviewDecision.Step step, ReviewDecision.Verdict decision, String comment, String by, Instant at) {
        jdbc.sql("insert into information_review (record_id, step, decision, comment, decided_by, decided_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(id, step.name(), decision.name(), comment, by, utc(at))
                .update();
    }

    /** Who took the latest decision of this step and outcome on the record. */
    Optional<String> lastDecider(long id, ReviewDecision.Step step, ReviewDecision.Verdict decision) {
        return jdbc.sql("select decided_by from information_review where record_id = ? and step = ? and decision = ? "
                        + "order by id desc fetch first 1 rows only")
                .params(id, step.name(), decision.name())
                .query(String.class)
                .optional();
    }

    List<ReviewDecision> reviews(long id) {
        return jdbc.sql("select step, decision, comment, decided_by, decided_at from information_review "
                        + "where record_id = ? order by id")
                .param(id)
                .query((rs, n) -> new ReviewDecision(
                        ReviewDecision.Step.valueOf(rs.getString("step")),
                        ReviewDecision.Verdict.valueOf(rs.getString("decision")),
                        rs.getString("comment"),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at")))
                .list();
    }

    // --- attachments -----------------------------------------------------------------------------

    long insertAttachment(
            long recordId,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String text,
            Instant at,
            String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into information_attachment (record_id, file_name, media_type, size_bytes, sha256, "
                        + "extracted_text, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(recordId, fileName, mediaType, size, sha256, text, utc(at), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Attachment> attachments(long recordId) {
        return jdbc.sql(
                        "select id, record_id, file_name, media_type, size_bytes, sha256, withheld_at from information_attachment "
                                + "where record_id = ? and not detached order by id")
                .param(recordId)
                .query(InformationRepository::attachment)
                .list();
    }

    Optional<Attachment> attachment(long id) {
        return jdbc.sql(
                        "select id, record_id, file_name, media_type, size_bytes, sha256, withheld_at from information_attachment "
                                + "where id = ?")
                .param(id)
                .query(InformationRepository::attachment)
                .optional();
    }

    /** Texts of the attached files, by attachment id. */
    List<AttachmentText> attachmentTexts(long recordId) {
        return jdbc.sql("select id, file_name, extracted_text from information_attachment where record_id = ? "
                        + "and not detached order by id")
                .param(recordId)
                .query((rs, n) -> new AttachmentText(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    boolean detach(long recordId, long attachmentId) {
        return jdbc.sql(
                                "update information_attachment set detached = true where id = ? and record_id = ? and not detached")
                        .params(attachmentId, recordId)
                        .update()
                == 1;
    }

    /** Whether the attachment is part of a published revision that is still public. */
    boolean isPublic(long attachmentId) {
        return jdbc.sql("select count(*) from information_revision_attachment ra "
                                + "join information_revision v on v.id = ra.revision_id "
                                + "join information_record r on r.id = v.record_id "
                                + "join information_attachment a on a.id = ra.attachment_id "
                                + "where ra.attachment_id = ? and r.status <> 'WITHDRAWN' and a.withheld_at is null")
                        .param(attachmentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean touch(long id, int lockVersion) {
        return jdbc.sql(
                                "update information_record set lock_version = lock_version + 1 where id = ? and lock_version = ? "
                                        + "and status in ('DRAFT', 'RETURNED')")
                        .params(id, lockVersion)
                        .update()
                == 1;
    }

    // --- publication -----------------------------------------------------------------------------

    boolean indexNumberTaken(String indexNumber) {
        return jdbc.sql("select count(*) from information_record where index_number = ?")
                        .param(indexNumber)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Freezes the working copy as a published revision, with its attached files. */
    void insertRevision(long recordId, int revision, Instant at, String by) {
        jdbc.sql("insert into information_revision (record_id, revision_number, title, document_number, written_date, "
                        + "formed_date, document_type, topic_code, disclosure_column, keywords, summary, body_html, body_text, "
                        + "correction_note, interpretation_form, interpretation_author, interpretation_text, published_at, "
                        + "published_by) "
                        + "select id, ?, title, document_number, written_date, formed_date, document_type, topic_code, "
                        + "disclosure_column, keywords, summary, body_html, body_text, correction_note, interpretation_form, "
                        + "interpretation_author, interpretation_text, ?, ? "
                        + "from information_record where id = ?")
                .params(revision, utc(at), by, recordId)
                .update();
        long revisionId = jdbc.sql("select id from information_revision where record_id = ? and revision_number = ?")
                .params(recordId, revision)
                .query(Long.class)
                .single();
        int order = 1;
        for (Attachment a : attachments(recordId)) {
            jdbc.sql(
                            "insert into information_revision_attachment (revision_id, attachment_id, sort_order) values (?, ?, ?)")
                    .params(revisionId, a.id(), order++)
                    .update();
        }
        jdbc.sql("insert into information_revision_issuer (revision_id, organization_id, sort_order) "
                        + "select ?, organization_id, sort_order from information_issuer where record_id = ?")
                .params(revisionId, recordId)
                .update();
        jdbc.sql("insert into information_revision_catalog_link (revision_id, area_id, item_key) "
                        + "select ?, area_id, item_key from information_catalog_link where record_id = ?")
                .params(revisionId, recordId)
                .update();
        jdbc.sql("insert into information_revision_explains (revision_id, explained_id) "
                        + "select ?, explained_id from information_explains where record_id = ?")
                .params(revisionId, recordId)
                .update();
        // a unit the published revision no longer names has no agreement left to keep
        jdbc.sql("delete from information_issue_confirmation where record_id = ? and organization_id not in "
                        + "(select organization_id from information_issuer where record_id = ?)")
                .params(recordId, recordId)
                .update();
    }

    /** The working copy set back to a published revision: its texts and metadata, and its attachments. */
    void restoreRevision(long recordId, int revision) {
        Map<String, Object> v = jdbc.sql("select id, title, document_number, written_date, formed_date, document_type, "
                        + "topic_code, disclosure_column, keywords, summary, body_html, body_text, correction_note, "
                        + "interpretation_form, interpretation_author, interpretation_text "
                        + "from information_revision where record_id = ? and revision_number = ?")
                .params(recordId, revision)
                .query()
                .singleRow();
        jdbc.sql("update information_record set title = ?, document_number = ?, written_date = ?, formed_date = ?, "
                        + "document_type = ?, topic_code = ?, disclosure_column = ?, keywords = ?, summary = ?, body_html = ?, "
                        + "body_text = ?, correction_note = ?, interpretation_form = ?, interpretation_author = ?, "
                        + "interpretation_text = ? where id = ?")
                .params(
                        v.get("title"),
                        v.get("document_number"),
                        v.get("written_date"),
                        v.get("formed_date"),
                        v.get("document_type"),
                        v.get("topic_code"),
                        v.get("disclosure_column"),
                        v.get("keywords"),
                        v.get("summary"),
                        v.get("body_html"),
                        v.get("body_text"),
                        v.get("correction_note"),
                        v.get("interpretation_form"),
                        v.get("interpretation_author"),
                        v.get("interpretation_text"),
                        recordId)
                .update();
        long revisionId = ((Number) v.get("id")).longValue();
        jdbc.sql(
                        "update information_attachment set detached = case when withheld_at is null and id in (select attachment_id "
                                + "from information_revision_attachment where revision_id = ?) then false else true end where record_id = ?")
                .params(revisionId, recordId)
                .update();
        jdbc.sql("delete from information_issuer where record_id = ?")
                .param(recordId)
                .update();
        jdbc.sql(
                        "insert into information_issuer (record_id, organization_id, sort_order) "
                                + "select ?, organization_id, sort_order from information_revision_issuer where revision_id = ?")
                .params(recordId, revisionId)
                .update();
        jdbc.sql("delete from information_catalog_link where record_id = ?")
                .param(recordId)
                .update();
        jdbc.sql("insert into information_catalog_link (record_id, area_id, item_key) "
                        + "select ?, area_id, item_key from information_revision_catalog_link where revision_id = ?")
                .params(recordId, revisionId)
                .update();
        jdbc.sql("delete from information_explains where record_id = ?")
                .param(recordId)
                .update();
        jdbc.sql("insert into information_explains (record_id, explained_id) "
                        + "select ?, explained_id from information_revision_explains where revision_id = ?")
                .params(recordId, revisionId)
                .update();
    }

    /** Names the consultation the decision came from (null: none); the caller has checked and touched the record. */
    void setConsultation(long recordId, Long consultationId) {
        jdbc.sql("update information_record set consultation_id = ? where id = ?")
                .params(consultationId, recordId)
                .update();
    }

    // --- interpretations (issue 15) ---------------------------------------------------------------

    /** Sets the working copy's interpretation and what it explains; the caller has checked and touched the record. */
    void describeInterpretation(long recordId, Interpretation i, List<Long> explained) {
        jdbc.sql("update information_record set interpretation_form = ?, interpretation_author = ?, "
                        + "interpretation_text = ? where id = ?")
                .params(i.form().name(), i.author(), i.text(), recordId)
                .update();
        jdbc.sql("delete from information_explains where record_id = ?")
                .param(recordId)
                .update();
        for (Long e : explained) {
            jdbc.sql("insert into information_explains (record_id, explained_id) values (?, ?)")
                    .params(recordId, e)
                    .update();
        }
    }

    /** The records the working copy of this interpretation explains, in id order. */
    List<Long> explained(long recordId) {
        return jdbc.sql("select explained_id from information_explains where record_id = ? order by explained_id")
                .param(recordId)
                .query(Long.class)
                .list();
    }

    /** The records the working copies of which explain this one, in id order (withdrawn ones left out). */
    List<Long> explainedBy(long recordId) {
        return jdbc.sql(
                        "select e.record_id from information_explains e join information_record r on r.id = e.record_id "
                                + "where e.explained_id = ? and r.status <> 'WITHDRAWN' order by e.record_id")
                .param(recordId)
                .query(Long.class)
                .list();
    }

    /** The records a published revision explains. */
    List<Long> explained(long recordId, int revision) {
        return jdbc.sql(
                        "select e.explained_id from information_revision_explains e join information_revision v "
                                + "on v.id = e.revision_id where v.record_id = ? and v.revision_number = ? order by e.explained_id")
                .params(recordId, revision)
                .query(Long.class)
                .list();
    }

    /**
     * The unit's policy records an interpretation may be linked to while they are not yet public: drafts and records
     * in review that need an interpretation, newest first.
     */
    List<GovernmentInformation> awaitingInterpretation(long organizationId, int limit) {
        return jdbc.sql("select " + RECORD + " from information_record where organization_id = ? "
                        + "and document_type <> 'INTERPRETATION' and published_revision is null "
                        + "and status not in ('WITHDRAWN', 'FILED') "
                        + "and (needs_interpretation = true or (needs_interpretation is null "
                        + "and document_type in ('REGULATION', 'NORMATIVE_DOCUMENT'))) order by id desc limit ?")
                .params(organizationId, limit)
                .query((rs, n) -> record(rs, List.of()))
                .list();
    }

    // --- mapping ---------------------------------------------------------------------------------

    private static GovernmentInformation record(ResultSet rs, List<Long> issuers) throws SQLException {
        String ground = rs.getString("withholding_ground");
        return new GovernmentInformation(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                issuers,
                rs.getString("title"),
                rs.getString("document_number"),
                localDate(rs, "written_date"),
                localDate(rs, "formed_date"),
                DocumentType.valueOf(rs.getString("document_type")),
                rs.getString("topic_code"),
                column(rs.getString("disclosure_column")),
                rs.getString("keywords"),
                rs.getString("summary"),
                rs.getString("body_html"),
                DisclosureAttribute.valueOf(rs.getString("attribute")),
                ground == null ? null : WithholdingGround.valueOf(ground),
                rs.getString("withholding_reason"),
                RecordStatus.valueOf(rs.getString("status")),
                instant(rs, "scheduled_at"),
                rs.getString("index_number"),
                (Integer) rs.getObject("published_revision", Integer.class),
                instant(rs, "first_published_at"),
                Validity.valueOf(rs.getString("validity")),
                localDate(rs, "validity_date"),
                (Long) rs.getObject("validity_record_id", Long.class),
                rs.getString("withdrawn_reason"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getString("submitted_by"),
                rs.getString("correction_note"),
                (Boolean) rs.getObject("needs_interpretation", Boolean.class),
                interpretation(rs),
                (Long) rs.getObject("consultation_id", Long.class),
                rs.getInt("lock_version"));
    }

    /** The interpretation columns of a record or revision row, or null when no form is set. */
    static Interpretation interpretation(ResultSet rs) throws SQLException {
        String form = rs.getString("interpretation_form");
        return form == null
                ? null
                : new Interpretation(
                        InterpretationForm.valueOf(form),
                        rs.getString("interpretation_author"),
                        rs.getString("interpretation_text"));
    }

    static PublishedSummary summary(ResultSet rs, int n) throws SQLException {
        return new PublishedSummary(
                rs.getLong("id"),
                rs.getString("index_number"),
                rs.getString("title"),
                rs.getString("document_number"),
                rs.getLong("organization_id"),
                localDate(rs, "written_date"),
                instant(rs, "first_published_at"),
                DocumentType.valueOf(rs.getString("document_type")),
                rs.getString("topic_code"),
                column(rs.getString("disclosure_column")),
                Validity.valueOf(rs.getString("validity")),
                localDate(rs, "written_date"));
    }

    static Attachment attachment(ResultSet rs, int n) throws SQLException {
        return new Attachment(
                rs.getLong("id"),
                rs.getLong("record_id"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getObject("withheld_at") != null);
    }

    static DisclosureColumn column(String value) {
        return value == null ? null : DisclosureColumn.valueOf(value);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
