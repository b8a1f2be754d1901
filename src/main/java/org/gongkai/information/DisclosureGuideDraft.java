package org.gongkai.information;

import java.time.Instant;

/**
 * A unit's 政府信息公开指南 (DisclosureGuide) text waiting for sign-off: the text, who submitted it and when; or the
 * last return's comment.
 */
public record DisclosureGuideDraft(String html, String submittedBy, Instant submittedAt, String returnComment) {

    public boolean pending() {
        return html != null;
    }
}
