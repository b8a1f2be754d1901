package org.gongkai.information;

import static org.gongkai.information.InformationRepository.column;
import static org.gongkai.information.InformationRepository.localDate;
import static org.gongkai.shared.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public side of government information, read from the records and their published revisions: a record as the
 * public sees it (by id or 索引号, any published revision), the records that amended or repealed it, and the texts
 * the search index is built from. Split from {@link InformationRepository}, which holds the working copies (issue 10).
 */
@Repository
class PublishedRecords {

    private final JdbcClient jdbc;

    PublishedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String PUBLISHED = "select r.id, r.index_number, r.organization_id, r.published_revision, "
            + "r.first_published_at, r.validity, r.validity_date, r.validity_record_id, v.id as revision_id, "
            + "v.revision_number, v.title, v.document_number, v.written_date, v.formed_date, v.document_type, v.topic_code, "
            + "v.disclosure_column, v.keywords, v.summary, v.body_html, v.body_text, v.correction_note, v.published_at, "
            + "v.redacted_at from information_record r join information_revision v on v.record_id = r.id ";

    Optional<PublishedInformation> published(long recordId, Integer revision) {
        return jdbc.sql(PUBLISHED + "where r.id = ? and r.status <> 'WITHDRAWN' and r.published_revision is not null "
                        + "and v.revision_number = coalesce(?, r.published_revision)")
                .params(recordId, revision)
                .query(this::published)
                .optional();
    }

    /** The same by 索引号, in one statement (the record page's first read). */
    Optional<PublishedInformation> publishedByIndexNumber(String indexNumber, Integer revision) {
        return jdbc.sql(PUBLISHED
                        + "where r.index_number = ? and r.status <> 'WITHDRAWN' and r.published_revision is not null "
                        + "and v.revision_number = coalesce(?, r.published_revision)")
                .params(indexNumber, revision)
                .query(this::published)
                .optional();
    }

    private PublishedInformation published(ResultSet rs, int n) throws SQLException {
        long recordId = rs.getLong("id");
        long revisionId = rs.getLong("revision_id");
        Long related = (Long) rs.getObject("validity_record_id", Long.class);
        PublishedInformation.RelatedRecord relatedRecord =
                related == null ? null : relatedRecord(related).orElse(null);
        List<Attachment> files = jdbc.sql(
                        "select a.id, a.record_id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.withheld_at "
                                + "from information_revision_attachment ra join information_attachment a on a.id = ra.attachment_id "
                                + "where ra.revision_id = ? order by ra.sort_order")
                .param(revisionId)
                .query(InformationRepository::attachment)
                .list();
        return new PublishedInformation(
                recordId,
                rs.getString("index_number"),
                rs.getLong("organization_id"),
                publicIssuers(recordId, revisionId),
                rs.getInt("revision_number"),
                rs.getInt("published_revision"),
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
                rs.getString("body_text"),
                rs.getString("correction_note"),
                instant(rs, "first_published_at"),
                instant(rs, "published_at"),
                Validity.valueOf(rs.getString("validity")),
                localDate(rs, "validity_date"),
                relatedRecord,
                files,
                instant(rs, "redacted_at"));
    }

    Optional<PublishedInformation.RelatedRecord> relatedRecord(long id) {
        return jdbc.sql("select r.index_number, v.title from information_record r join information_revision v "
                        + "on v.record_id = r.id and v.revision_number = r.published_revision "
                        + "where r.id = ? and r.status <> 'WITHDRAWN'")
                .param(id)
                .query((rs, n) -> new PublishedInformation.RelatedRecord(id, rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** The consultation a public record's decision came from, if it names one. */
    Optional<Long> consultationOf(long recordId) {
        return jdbc.sql("select consultation_id from information_record where id = ? and consultation_id is not null")
                .param(recordId)
                .query(Long.class)
                .optional();
    }

    /** The public records that name this consultation as the one their decision came from. */
    List<PublishedInformation.RelatedRecord> decisionsOf(long consultationId) {
        return jdbc.sql("select r.id, r.index_number, v.title from information_record r join information_revision v "
                        + "on v.record_id = r.id and v.revision_number = r.published_revision "
                        + "where r.consultation_id = ? and r.status <> 'WITHDRAWN' order by r.first_published_at, r.id")
                .param(consultationId)
                .query((rs, n) ->
                        new PublishedInformation.RelatedRecord(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The public 政策解读 of a record: those whose published revision explains it, oldest first. */
    List<PublishedInformation.InterpretationLink> interpretationsOf(long recordId) {
        return jdbc.sql(
                        "select r.id, r.index_number, v.title, v.interpretation_form from information_revision_explains e "
                                + "join information_revision v on v.id = e.revision_id "
                                + "join information_record r on r.id = v.record_id and r.published_revision = v.revision_number "
                                + "where e.explained_id = ? and r.status <> 'WITHDRAWN' order by r.first_published_at, r.id")
                .param(recordId)
                .query((rs, n) -> new PublishedInformation.InterpretationLink(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4) == null
                                ? InterpretationForm.TEXT
                                : InterpretationForm.valueOf(rs.getString(4))))
                .list();
    }

    /** The public records a published revision of an interpretation explains, as they are public now. */
    List<PublishedInformation.RelatedRecord> explainedBy(long recordId, int revision) {
        return jdbc.sql("select r.id, r.index_number, v.title from information_revision_explains e "
                        + "join information_revision x on x.id = e.revision_id "
                        + "join information_record r on r.id = e.explained_id "
                        + "join information_revision v on v.record_id = r.id and v.revision_number = r.published_revision "
                        + "where x.record_id = ? and x.revision_number = ? and r.status <> 'WITHDRAWN' "
                        + "order by r.first_published_at, r.id")
                .params(recordId, revision)
                .query((rs, n) ->
                        new PublishedInformation.RelatedRecord(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The interpretation a published revision is, or empty for any other record. */
    Optional<Interpretation> interpretation(long recordId, int revision) {
        return jdbc.sql(
                        "select interpretation_form, interpretation_author, interpretation_text from information_revision "
                                + "where record_id = ? and revision_number = ? and interpretation_form is not null")
                .params(recordId, revision)
                .query((rs, n) -> InformationRepository.interpretation(rs))
                .optional();
    }

    /** Public records whose validity points at this one (it amended or repealed them). */
    List<PublishedSummary> amendedOrRepealedBy(long recordId) {
        return jdbc.sql(SUMMARY + LIVE + "and r.validity_record_id = ? order by r.first_published_at desc")
                .param(recordId)
                .query(InformationRepository::summary)
                .list();
    }

    List<Integer> revisionNumbers(long recordId) {
        return jdbc.sql("select revision_number from information_revision where record_id = ? order by revision_number")
                .param(recordId)
                .query(Integer.class)
                .list();
    }

    private static final String SUMMARY = "select r.id, r.index_number, v.title, v.document_number, r.organization_id, "
            + "v.written_date, r.first_published_at, v.document_type, v.topic_code, v.disclosure_column, r.validity "
            + "from information_record r join information_revision v on v.record_id = r.id "
            + "and v.revision_number = r.published_revision ";
    private static final String LIVE = "where r.status <> 'WITHDRAWN' and r.published_revision is not null ";

    /** How many records are public, counted on the records themselves (a check of the read model at start). */
    long liveCount() {
        return jdbc.sql("select count(*) from information_record r " + LIVE)
                .query(Long.class)
                .single();
    }

    /**
     * Up to {@code limit} public records with ids above {@code afterId}, by id, with what search indexes: three
     * queries per batch (records with their revision, joint issuers, attachment texts), never one per record.
     */
    List<PublicText> publicTexts(long afterId, int limit) {
        List<TextRow> rows = jdbc.sql("select r.id, r.index_number, r.organization_id, v.title, v.document_number, "
                        + "v.summary, v.body_text, v.interpretation_text, v.topic_code, v.document_type, r.validity, "
                        + "r.first_published_at from information_record r join information_revision v on v.record_id = r.id "
                        + "and v.revision_number = r.published_revision " + LIVE + "and r.id > ? order by r.id limit ?")
                .params(afterId, limit)
                .query((rs, n) -> new TextRow(
                        rs.getLong("id"),
                        rs.getString("index_number"),
                        rs.getLong("organization_id"),
                        rs.getString("title"),
                        rs.getString("document_number"),
                        rs.getString("summary"),
                        // an interpretation's text alternative or transcript is searched as its body
                        withText(rs.getString("body_text"), rs.getString("interpretation_text")),
                        rs.getString("topic_code"),
                        DocumentType.valueOf(rs.getString("document_type")),
                        Validity.valueOf(rs.getString("validity")),
                        instant(rs, "first_published_at")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        long first = rows.get(0).id();
        long last = rows.get(rows.size() - 1).id();
        java.util.Map<Long, List<Long>> joint = new java.util.HashMap<>();
        jdbc.sql(PublicListing.PUBLIC_ISSUERS + "and r.id between ? and ? order by r.id, i.sort_order")
                .params(first, last)
                .query((ResultSet rs) -> {
                    joint.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        java.util.Map<Long, StringBuilder> files = new java.util.HashMap<>();
        jdbc.sql("select v.record_id, a.extracted_text from information_revision_attachment ra "
                        + "join information_revision v on v.id = ra.revision_id "
                        + "join information_record r on r.id = v.record_id and r.published_revision = v.revision_number "
                        + "join information_attachment a on a.id = ra.attachment_id "
                        + "where v.record_id between ? and ? and a.extracted_text is not null and a.withheld_at is null "
                        + "order by v.record_id, a.id")
                .params(first, last)
                .query((ResultSet rs) -> {
                    StringBuilder text = files.computeIfAbsent(rs.getLong(1), k -> new StringBuilder());
                    text.append(text.isEmpty() ? "" : "\n").append(rs.getString(2));
                });
        List<PublicText> out = new ArrayList<>(rows.size());
        for (TextRow r : rows) {
            List<Long> orgs = new ArrayList<>();
            orgs.add(r.organizationId());
            orgs.addAll(joint.getOrDefault(r.id(), List.of()));
            StringBuilder text = files.get(r.id());
            out.add(new PublicText(
                    r.id(),
                    r.indexNumber(),
                    r.title(),
                    r.documentNumber(),
                    r.summary(),
                    r.bodyText(),
                    text == null ? "" : text.toString(),
                    orgs,
                    r.topicCode(),
                    r.documentType(),
                    r.validity(),
                    r.firstPublishedAt()));
        }
        return out;
    }

    private static String withText(String body, String more) {
        return more == null ? body : body == null ? more : body + "\n" + more;
    }

    /** A public record's revision fields as {@link #publicTexts} reads them, before issuers and files join them. */
    private record TextRow(
            long id,
            String indexNumber,
            long organizationId,
            String title,
            String documentNumber,
            String summary,
            String bodyText,
            String topicCode,
            DocumentType documentType,
            Validity validity,
            Instant firstPublishedAt) {}

    List<Long> publicIssuers(long recordId, long revisionId) {
        return jdbc.sql(
                        "select i.organization_id from information_revision_issuer i join information_issue_confirmation c "
                                + "on c.record_id = ? and c.organization_id = i.organization_id where i.revision_id = ? order by i.sort_order")
                .params(recordId, revisionId)
                .query(Long.class)
                .list();
    }
}
