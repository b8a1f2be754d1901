package org.gongkai.request;

import java.time.Instant;

/**
 * A published record the handler found for a case and attached to it (issue 11 §4): its public metadata as it was
 * found, what the reply points the applicant to (第三十六条第（一）项).
 */
public record FoundRecord(
        long id,
        long requestId,
        long recordId,
        String indexNumber,
        String title,
        String documentNumber,
        Instant publishedAt,
        Instant addedAt,
        String addedBy) {

    /** The record's address on the portal, under the site's address. */
    public String url(String siteUrl) {
        return siteUrl + "/information/" + indexNumber;
    }

    /** How the reply names it: title, 文号 and 索引号, and where to read it. */
    public String citation(String siteUrl) {
        return "《" + title + "》" + (documentNumber == null ? "" : "（" + documentNumber + "）") + "，索引号 " + indexNumber
                + "，网址 " + url(siteUrl);
    }
}
