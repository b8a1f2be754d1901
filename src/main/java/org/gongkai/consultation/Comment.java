package org.gongkai.consultation;

import java.time.Instant;

/**
 * A comment as the unit's staff moderate it: the text as sent, the text the public will read (personal information
 * masked), the name if given, whether the scan found personal information, and where moderation left it. The
 * commenter's contact is kept sealed and shown to the unit's staff only ({@link Consultations#contact}).
 */
public record Comment(
        long id,
        long consultationId,
        Integer paragraph,
        String body,
        String publicBody,
        String commenterName,
        boolean personalFound,
        boolean hasContact,
        CommentStatus status,
        String withheldReason,
        Instant submittedAt,
        int version) {

    /** The text with personal information masked, as staff read it and as the public would. */
    public String preview() {
        return publicBody != null ? publicBody : org.gongkai.shared.PersonalInformationScanner.mask(body);
    }
}
