package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of the records, for the site self-inspection (issue 16 §4): when the site and each unit's
 * columns were last updated, the published text of every public record read in batches, and which addresses of records
 * and files exist. No authorization of its own: the supervising office's inspection reads it.
 */
@Component
public class PublishedContent {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    PublishedContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest first publication of the whole site, or null when nothing is public. */
    @Transactional(readOnly = true)
    public Instant latestPublication() {
        return jdbc.sql("select max(first_published_at) as latest from public_listing where scope_id = 0")
                .query((rs, n) -> instant(rs, "latest"))
                .single();
    }

    /** A unit's column as the public sees it: how many records it lists and when the newest was first published. */
    public record ColumnFreshness(long organizationId, String column, long records, Instant newest) {}

    /**
     * The columns of every unit's page that inspections look for — by 文种 ({@code documentTypes}) and by 公开栏目
     * ({@code disclosureColumns}) — each unit's own records, by unit.
     */
    @Transactional(readOnly = true)
    public List<ColumnFreshness> columns(
            Collection<DocumentType> documentTypes, Collection<DisclosureColumn> disclosureColumns) {
        List<ColumnFreshness> out = new ArrayList<>();
        if (!documentTypes.isEmpty()) {
            jdbc.sql(
                            "select scope_id, document_type, count(*) as n, max(first_published_at) as newest from public_listing "
                                    + "where scope_id > 0 and document_type in (:types) group by scope_id, document_type")
                    .param("types", documentTypes.stream().map(Enum::name).toList())
                    .query(rs -> {
                        out.add(new ColumnFreshness(
                                rs.getLong("scope_id"),
                                rs.getString("document_type"),
                                rs.getLong("n"),
                                instant(rs, "newest")));
                    });
        }
        if (!disclosureColumns.isEmpty()) {
            jdbc.sql(
                            "select scope_id, disclosure_column, count(*) as n, max(first_published_at) as newest from public_listing "
                                    + "where scope_id > 0 and disclosure_column in (:columns) group by scope_id, disclosure_column")
                    .param("columns", disclosureColumns.stream().map(Enum::name).toList())
                    .query(rs -> {
                        out.add(new ColumnFreshness(
                                rs.getLong("scope_id"),
                                rs.getString("disclosure_column"),
                                rs.getLong("n"),
                                instant(rs, "newest")));
                    });
        }
        return out;
    }

    /** A public record's published text: where it is on the portal, its unit, title, body text and body markup. */
    public record Text(
            long recordId, String indexNumber, long organizationId, String title, String bodyText, String bodyHtml) {

        public String path() {
            return "/information/" + indexNumber;
        }
    }

    /** A file the public downloads with a record: its address, its name, the record's title and the file's text. */
    public record FileText(long attachmentId, String fileName, String recordTitle, String text) {

        public String path() {
            return "/files/" + attachmentId;
        }
    }

    /** Files whose text is read at once: each holds at most a million characters (AttachmentInspector). */
    private static final int FILE_BATCH = 8;

    /**
     * Every public record's published text, in batches of a few hundred records, to {@code reader}; and the text of
     * every file the public downloads with them (not those withheld), a few at a time, to {@code files}.
     */
    public void eachPublicText(Consumer<Text> reader, Consumer<FileText> files) {
        long after = 0;
        while (true) {
            List<Text> batch = jdbc.sql(
                            "select r.id, r.index_number, r.organization_id, v.title, v.body_text, v.body_html "
                                    + "from information_record r join information_revision v on v.record_id = r.id "
                                    + "and v.revision_number = r.published_revision where r.status <> 'WITHDRAWN' "
                                    + "and r.published_revision is not null and r.id > ? order by r.id limit ?")
                    .params(after, BATCH)
                    .query((rs, n) -> new Text(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)))
                    .list();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(reader);
            eachFile(batch, files);
            after = batch.get(batch.size() - 1).recordId();
        }
    }

    private void eachFile(List<Text> batch, Consumer<FileText> files) {
        Map<Long, String> titles = new HashMap<>();
        batch.forEach(t -> titles.put(t.recordId(), t.title()));
        long afterFile = 0;
        while (true) {
            List<Object[]> rows = jdbc.sql(
                            "select a.id, rv.record_id, a.file_name, a.extracted_text from information_record r "
                                    + "join information_revision rv on rv.record_id = r.id and rv.revision_number = r.published_revision "
                                    + "join information_revision_attachment ra on ra.revision_id = rv.id "
                                    + "join information_attachment a on a.id = ra.attachment_id "
                                    + "where r.id in (:ids) and a.withheld_at is null and a.extracted_text is not null "
                                    + "and a.id > :after order by a.id limit :n")
                    .param("ids", List.copyOf(titles.keySet()))
                    .param("after", afterFile)
                    .param("n", FILE_BATCH)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)})
                    .list();
            if (rows.isEmpty()) {
                return;
            }
            for (Object[] row : rows) {
                files.accept(new FileText((Long) row[0], (String) row[2], titles.get((Long) row[1]), (String) row[3]));
            }
            afterFile = (Long) rows.get(rows.size() - 1)[0];
        }
    }

    /** Which of the index numbers are of records the public can open. */
    @Transactional(readOnly = true)
    public Set<String> publicIndexNumbers(Collection<String> indexNumbers) {
        Set<String> out = new HashSet<>();
        List<String> all = List.copyOf(indexNumbers);
        for (int i = 0; i < all.size(); i += BATCH) {
            out.addAll(jdbc.sql(
                            "select index_number from public_listing where scope_id = 0 and index_number in (:numbers)")
                    .param("numbers", all.subList(i, Math.min(all.size(), i + BATCH)))
                    .query(String.class)
                    .list());
        }
        return out;
    }
}
