package org.gongkai.information;

import java.time.LocalDate;
import org.gongkai.support.IntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishes a bare notice through the services as the demo's 民政局 staff: its editor drafts and submits it, its
 * reviewer clears secrecy, its signer signs it off (which publishes it), each at the test clock's current instant.
 */
public final class CivilAffairsPublishing {

    private CivilAffairsPublishing() {}

    public static long publish(
            JdbcClient jdbc,
            InformationEditing editing,
            InformationReview review,
            long unit,
            String title,
            LocalDate formed) {
        IntegrationTest.authenticate(jdbc, "mz_editor");
        long id = editing.create(
                unit, InformationDrafts.bareNotice(title).formedDate(formed).build());
        editing.submit(id, editing.record(id).lockVersion());
        IntegrationTest.authenticate(jdbc, "mz_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        IntegrationTest.authenticate(jdbc, "mz_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, null, null);
        return id;
    }
}
