package org.gongkai.information;

import java.time.Instant;

/**
 * Something found in a record's text before sign-off; the record cannot go on while a finding is open.
 * The excerpt never holds the personal information itself, only its masked form.
 */
public record Finding(
        long id,
        long recordId,
        String source,
        String sourceLabel,
        FindingKind kind,
        String excerpt,
        Resolution resolution,
        String reason,
        String resolvedBy,
        Instant resolvedAt) {

    public enum Resolution {
        OPEN("待处理"),
        MASKED("已遮盖或更正"),
        ACCEPTED("已说明理由接受");

        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Title, summary and body can be masked in place; an attachment has to be replaced or accepted. */
    public boolean canMask() {
        return !source.startsWith(Sources.ATTACHMENT_PREFIX) && kind != FindingKind.SENSITIVE_WORDING;
    }
}
