package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.request.RequestMigration.PastCase;
import org.gongkai.request.RequestMigration.PastStep;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 历史案卷登记: a ledger line no case could have taken is refused by number; a lawful one lands whole. */
class RequestMigrationIntegrationTests extends IntegrationTest {

    @Autowired
    RequestMigration migration;

    @Autowired
    RequestCases requestCases;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private PastCase past(List<PastStep> steps, ReplyDraft reply) {
        return new PastCase(
                RequestIntakeIntegrationTests.application(organizationId("示范县民政局"), "历史台账"),
                IntakeChannel.IN_PERSON,
                steps,
                reply,
                reply == null ? null : ObtainWay.POST);
    }

    @Test
    void aLawfulLedgerLandsWithItsDeadlineAndOutcome() {
        actAs("gkb");
        long id = migration.importCase(past(
                List.of(
                        PastStep.of(TimelineKind.REGISTERED, d("2025-09-30")),
                        PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d("2025-09-30")),
                        PastStep.of(TimelineKind.REPLY_SUBMITTED, d("2025-10-20")),
                        PastStep.of(TimelineKind.REPLY_APPROVED, d("2025-10-21")),
                        PastStep.of(TimelineKind.REPLY_SENT, d("2025-10-22"))),
                new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "见附件", null, null)));
        RequestCases.CasePage page = requestCases.page(id);
        assertThat(page.request().status()).isEqualTo(RequestStatus.CONCLUDED);
        assertThat(page.request().outcome()).isEqualTo(ReplyOutcome.DISCLOSED);
        assertThat(page.request().concludedOn()).isEqualTo(d("2025-10-22"));
        assertThat(page.request().caseNumber()).startsWith("2025-");
        assertThat(page.clock().replyDue()).isEqualTo(d("2025-11-04"));
        assertThat(page.reply().sentOn()).isEqualTo(d("2025-10-22"));
        assertThat(page.daysLeft()).as("replied before 11-04").isZero();

        long late = migration.importCase(past(
                List.of(
                        PastStep.of(TimelineKind.REGISTERED, d("2025-09-30")),
                        PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d("2025-09-30")),
                        PastStep.of(TimelineKind.REPLY_SUBMITTED, d("2025-11-05")),
                        PastStep.of(TimelineKind.REPLY_APPROVED, d("2025-11-05")),
                        PastStep.of(TimelineKind.REPLY_SENT, d("2025-11-06"))),
                new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "见附件", null, null)));
        assertThat(requestCases.page(late).daysLeft())
                .as("11-05 and 11-06 past the 11-04 deadline")
                .isEqualTo(-2);
    }

    @Test
    void impossibleLedgersAreRefusedByLine_andNothingIsSaved() {
        actAs("gkb");
        long before = jdbc.sql("select count(*) from information_request")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> migration.importCase(past(
                        List.of(
                                PastStep.of(TimelineKind.REGISTERED, d("2025-09-30")),
                                PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d("2025-09-30")),
                                PastStep.of(TimelineKind.REPLY_SUBMITTED, d("2025-10-20")),
                                PastStep.of(TimelineKind.REPLY_SENT, d("2025-10-22"))),
                        new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "见附件", null, null))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第 4 步")
                .hasMessageContaining("审核通过");
        assertThatThrownBy(() -> migration.importCase(past(
                        List.of(
                                PastStep.of(TimelineKind.REGISTERED, d("2025-09-30")),
                                PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d("2025-09-30")),
                                PastStep.of(TimelineKind.CORRECTION_REQUESTED, d("2025-10-17"))
                                        .until(d("2025-11-01"))),
                        null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第 3 步")
                .hasMessageContaining("2025-10-16");
        assertThatThrownBy(() -> migration.importCase(past(
                        List.of(
                                PastStep.of(TimelineKind.REGISTERED, d("2025-09-30")),
                                PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d("2025-09-29"))),
                        null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第 2 步");
        assertThat(jdbc.sql("select count(*) from information_request")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        actAs("mz_handler");
        assertThatThrownBy(() -> migration.importCase(past(
                        List.of(
                                PastStep.of(TimelineKind.REGISTERED, d("2025-09-30")),
                                PastStep.of(TimelineKind.RECEIPT_CONFIRMED, d("2025-09-30"))),
                        null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
