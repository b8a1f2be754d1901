package org.gongkai.information;

import java.time.Instant;

/**
 * A unit's 政府信息公开指南 (DisclosureGuide) text waiting for sign-off: the text, who submitted it and when; or the
 * last return's comment. The version is what the signer saw: a sign-off of another version is refused, so a text
 * resubmitted meanwhile is never published unseen.
 */
public record DisclosureGuideDraft(
        String html, String submittedBy, Instant submittedAt, String returnComment, int version) {

    public boolean pending() {
        return html != null;
    }
}
