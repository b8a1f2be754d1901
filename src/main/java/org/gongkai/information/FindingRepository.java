package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.information.Finding.Resolution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the content scan found in a record's text and files (personal data, wrong wording, sensitive words) and how
 * each finding was resolved: masked, accepted with a reason, or gone with the edit that removed it.
 */
@Repository
class FindingRepository {

    /** What the scanner found before, by fingerprint, and how it was resolved. */
    record KnownFinding(String fingerprint, Resolution resolution) {}

    /** Where a finding is and what it is. */
    record FindingRef(String source, FindingKind kind, String fingerprint) {}

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Finding> findings(long recordId) {
        return jdbc.sql("select f.id, f.record_id, f.source, a.file_name, f.kind, f.excerpt, f.resolution, f.reason, "
                        + "f.resolved_by, f.resolved_at from information_finding f left join information_attachment a "
                        + "on f.source = concat('" + Sources.ATTACHMENT_PREFIX + "', cast(a.id as varchar(20))) "
                        + "where f.record_id = ? order by f.id")
                .param(recordId)
                .query((rs, n) -> new Finding(
                        rs.getLong("id"),
                        rs.getLong("record_id"),
                        rs.getString("source"),
                        Sources.label(rs.getString("source"), rs.getString("file_name")),
                        FindingKind.valueOf(rs.getString("kind")),
                        rs.getString("excerpt"),
                        Resolution.valueOf(rs.getString("resolution")),
                        rs.getString("reason"),
                        rs.getString("resolved_by"),
                        instant(rs, "resolved_at")))
                .list();
    }

    /** Fingerprint → resolution of what was found before. */
    List<KnownFinding> fingerprints(long recordId) {
        return jdbc.sql("select fingerprint, resolution from information_finding where record_id = ?")
                .param(recordId)
                .query((rs, n) -> new KnownFinding(rs.getString(1), Resolution.valueOf(rs.getString(2))))
                .list();
    }

    void insertFinding(long recordId, String source, FindingKind kind, String fingerprint, String excerpt) {
        jdbc.sql("insert into information_finding (record_id, source, kind, fingerprint, excerpt, resolution) "
                        + "values (?, ?, ?, ?, ?, 'OPEN')")
                .params(recordId, source, kind.name(), fingerprint, excerpt)
                .update();
    }

    void reopenFinding(long recordId, String fingerprint) {
        jdbc.sql(
                        "update information_finding set resolution = 'OPEN', reason = null, resolved_by = null, resolved_at = null "
                                + "where record_id = ? and fingerprint = ?")
                .params(recordId, fingerprint)
                .update();
    }

    /** An open finding no longer in the text, resolved by the edit that removed it. */
    void resolveFinding(
            long recordId, String fingerprint, Resolution resolution, String reason, String by, Instant at) {
        jdbc.sql("update information_finding set resolution = ?, reason = ?, resolved_by = ?, resolved_at = ? "
                        + "where record_id = ? and fingerprint = ? and resolution = 'OPEN'")
                .params(resolution.name(), reason, by, utc(at), recordId, fingerprint)
                .update();
    }

    boolean resolveFinding(long recordId, long findingId, Resolution resolution, String reason, String by, Instant at) {
        return jdbc.sql("update information_finding set resolution = ?, reason = ?, resolved_by = ?, resolved_at = ? "
                                + "where id = ? and record_id = ? and resolution = 'OPEN'")
                        .params(resolution.name(), reason, by, utc(at), findingId, recordId)
                        .update()
                == 1;
    }

    Optional<FindingRef> finding(long recordId, long findingId) {
        return jdbc.sql("select source, kind, fingerprint from information_finding where id = ? and record_id = ?")
                .params(findingId, recordId)
                .query((rs, n) ->
                        new FindingRef(rs.getString(1), FindingKind.valueOf(rs.getString(2)), rs.getString(3)))
                .optional();
    }

    long openFindings(long recordId) {
        return jdbc.sql("select count(*) from information_finding where record_id = ? and resolution = 'OPEN'")
                .param(recordId)
                .query(Long.class)
                .single();
    }
}
