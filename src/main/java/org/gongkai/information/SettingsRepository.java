package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each unit's openness settings (its 索引号 pattern and yearly sequence, its 政府信息公开指南 with the draft awaiting
 * sign-off).
 */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String indexPattern(long organizationId) {
        return jdbc.sql("select index_pattern from information_settings where organization_id = ?")
                .param(organizationId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    String guideText(long organizationId) {
        return jdbc.sql("select guide_text from information_settings where organization_id = ?")
                .param(organizationId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    void setGuideText(long organizationId, String html) {
        if (jdbc.sql("update information_settings set guide_text = ?, lock_version = lock_version + 1 "
                                + "where organization_id = ?")
                        .params(html, organizationId)
                        .update()
                == 0) {
            jdbc.sql("insert into information_settings (organization_id, index_pattern, guide_text) values (?, ?, ?)")
                    .params(organizationId, IndexNumbers.DEFAULT_PATTERN, html)
                    .update();
        }
    }

    Optional<DisclosureGuideDraft> guideDraft(long organizationId) {
        return jdbc.sql("select guide_draft, guide_draft_by, guide_draft_at, guide_comment, lock_version "
                        + "from information_settings where organization_id = ?")
                .param(organizationId)
                .query((rs, n) -> new DisclosureGuideDraft(
                        rs.getString(1), rs.getString(2), instant(rs, "guide_draft_at"), rs.getString(4), rs.getInt(5)))
                .optional()
                .filter(d -> d.html() != null || d.returnComment() != null);
    }

    void setGuideDraft(long organizationId, String html, String by, Instant at) {
        if (jdbc.sql(
                                "update information_settings set guide_draft = ?, guide_draft_by = ?, guide_draft_at = ?, guide_comment = null, "
                                        + "lock_version = lock_version + 1 where organization_id = ?")
                        .params(html, by, utc(at), organizationId)
                        .update()
                == 0) {
            jdbc.sql(
                            "insert into information_settings (organization_id, index_pattern, guide_draft, guide_draft_by, guide_draft_at) "
                                    + "values (?, ?, ?, ?, ?)")
                    .params(organizationId, IndexNumbers.DEFAULT_PATTERN, html, by, utc(at))
                    .update();
        }
    }

    /**
     * Signs off the pending draft (it becomes the public text) or returns it with a comment; false when none is pending
     * at this version.
     */
    boolean decideGuide(long organizationId, int version, boolean approve, String comment) {
        String set = approve
                ? "guide_text = guide_draft, guide_draft = null, guide_draft_by = null, guide_draft_at = null, guide_comment = null"
                : "guide_draft = null, guide_draft_by = null, guide_draft_at = null, guide_comment = ?";
        List<Object> params = new ArrayList<>();
        if (!approve) {
            params.add(comment);
        }
        params.add(organizationId);
        params.add(version);
        return jdbc.sql("update information_settings set " + set + ", lock_version = lock_version + 1 "
                                + "where organization_id = ? and lock_version = ? and guide_draft is not null")
                        .params(params)
                        .update()
                == 1;
    }

    void setIndexPattern(long organizationId, String pattern) {
        if (jdbc.sql("update information_settings set index_pattern = ?, lock_version = lock_version + 1 "
                                + "where organization_id = ?")
                        .params(pattern, organizationId)
                        .update()
                == 0) {
            jdbc.sql("insert into information_settings (organization_id, index_pattern) values (?, ?)")
                    .params(organizationId, pattern)
                    .update();
        }
    }

    /** The next number of the unit's sequence for the year; the row stays locked until commit, so numbers are never given twice. */
    int nextSequence(long organizationId, int seqYear) {
        if (jdbc.sql(
                                "update index_sequence set last_number = last_number + 1 where organization_id = ? and seq_year = ?")
                        .params(organizationId, seqYear)
                        .update()
                == 0) {
            jdbc.sql("insert into index_sequence (organization_id, seq_year, last_number) values (?, ?, 1)")
                    .params(organizationId, seqYear)
                    .update();
            return 1;
        }
        return jdbc.sql("select last_number from index_sequence where organization_id = ? and seq_year = ?")
                .params(organizationId, seqYear)
                .query(Integer.class)
                .single();
    }
}
