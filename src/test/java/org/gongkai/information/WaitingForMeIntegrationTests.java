package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14 §8: the reviewer's and the signer's dashboards list the information waiting for them. */
class WaitingForMeIntegrationTests extends IntegrationTest {

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Test
    void aSubmissionWaitsForTheReviewerThenForTheSigner() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(unit, InformationDrafts.draft("关于待办提醒的测试通知").build());
        editing.submit(id, editing.record(id).lockVersion());
        assertThat(review.waitingForMe()).as("not the submitter's own").noneMatch(r -> r.id() == id);

        actAs("mz_reviewer");
        assertThat(review.waitingForMe()).anyMatch(r -> r.id() == id && r.status() == RecordStatus.SUBMITTED);
        actAs("mz_signer");
        assertThat(review.waitingForMe()).noneMatch(r -> r.id() == id);
        actAs("edu_editor");
        assertThat(review.waitingForMe()).isEmpty();

        actAs("mz_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        assertThat(review.waitingForMe()).noneMatch(r -> r.id() == id);
        actAs("mz_signer");
        assertThat(review.waitingForMe()).anyMatch(r -> r.id() == id && r.status() == RecordStatus.CLEARED);
    }
}
