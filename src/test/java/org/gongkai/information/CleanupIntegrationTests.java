package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.WithholdingGround;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 清理 and re-evaluation (国务院令第711号 第十八条): the office opens a round over its units, each unit decides
 * on its effective normative documents and its withheld records, and closing the round marks validity,
 * returns now-disclosable records to the review path as 主动公开, and publishes the result list.
 */
class CleanupIntegrationTests extends IntegrationTest {

    @Autowired
    CleanupRounds cleanup;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    PublicInformation publicInformation;

    @Test
    void aRoundReviewsNormativeDocumentsAndWithheldRecordsAndPublishesItsResults() {
        long unit = organizationId("示范县河东镇人民政府");
        actAs("hd_editor");
        long withheld = editing.create(
                unit,
                InformationDrafts.draft("河东镇征地补偿协商会议纪要")
                        .writtenDate(null)
                        .formedDate(LocalDate.of(2026, 1, 20))
                        .type(DocumentType.OTHER_DOCUMENT)
                        .topic(null)
                        .column(null)
                        .keywords(null)
                        .summary(null)
                        .body("会议讨论了补偿标准。")
                        .attribute(DisclosureAttribute.WITHHELD)
                        .ground(WithholdingGround.PROCESS_INFORMATION)
                        .reason("讨论记录，属于过程性信息")
                        .build());
        jdbc.sql("update information_record set status = 'FILED' where id = ?")
                .param(withheld)
                .update();

        actAs("hd_editor");
        assertThatThrownBy(() -> cleanup.open(organizationId("示范县人民政府"), "越权清理", null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("gkb");
        assertThatThrownBy(() -> cleanup.open(organizationId("示范县人民政府"), " ", null))
                .isInstanceOf(RuleViolation.class);
        long id = cleanup.open(organizationId("示范县人民政府"), "2026年度政府信息清理", LocalDate.of(2026, 6, 30));
        CleanupRound round = cleanup.round(id);
        assertThat(round.entries())
                .anyMatch(e -> e.recordId() == withheld && e.scope() == CleanupDecision.CleanupScope.WITHHELD);
        List<CleanupRound.Entry> normative = round.entries().stream()
                .filter(e -> e.scope() == CleanupDecision.CleanupScope.NORMATIVE)
                .toList();
        assertThat(normative).isNotEmpty();
        assertThatThrownBy(() -> cleanup.close(id, round.lockVersion()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("未作出清理结果");
        assertThatThrownBy(() -> cleanup.closedRound(id)).isInstanceOf(NotFound.class);

        CleanupRound.Entry toRepeal = normative.get(0);
        actAs("hd_editor");
        assertThatThrownBy(() -> cleanup.decide(id, toRepeal.id(), CleanupDecision.REPEAL, "已不适应"))
                .isInstanceOf(AccessDeniedException.class);
        long withheldEntry = round.entries().stream()
                .filter(e -> e.recordId() == withheld)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> cleanup.decide(id, withheldEntry, CleanupDecision.REPEAL, "x"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("适用");
        assertThatThrownBy(() -> cleanup.decide(id, withheldEntry, CleanupDecision.DISCLOSE, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("理由");
        cleanup.decide(id, withheldEntry, CleanupDecision.DISCLOSE, "补偿方案已公布，纪要不再属于过程性信息");

        // Every other entry is decided by its unit's editor; the office acts for units without a demo editor.
        for (CleanupRound.Entry e : round.entries()) {
            if (e.id() == withheldEntry) {
                continue;
            }
            CleanupDecision d = e.id() == toRepeal.id()
                    ? CleanupDecision.REPEAL
                    : e.scope() == CleanupDecision.CleanupScope.NORMATIVE
                            ? CleanupDecision.KEEP
                            : CleanupDecision.STILL_WITHHELD;
            jdbc.sql("update cleanup_entry set decision = ?, note = ? where id = ?")
                    .params(d.name(), "经评估", e.id())
                    .update();
        }
        actAs("gkb");
        cleanup.close(id, cleanup.round(id).lockVersion());

        CleanupRound closed = cleanup.closedRound(id);
        assertThat(closed.isClosed()).isTrue();
        // the published results tell two documents of one title apart by 文号 and 索引号 (issue 14 §7)
        assertThat(closed.entries())
                .filteredOn(e -> e.scope() == CleanupDecision.CleanupScope.NORMATIVE)
                .allSatisfy(e -> {
                    assertThat(e.indexNumber()).isNotBlank();
                    assertThat(e.documentNumber())
                            .isEqualTo(jdbc.sql("select document_number from information_record where id = ?")
                                    .param(e.recordId())
                                    .query((rs, n) -> rs.getString(1))
                                    .list()
                                    .get(0)); // null when the document has no 文号
                })
                .anySatisfy(e -> assertThat(e.documentNumber()).isNotBlank());
        assertThat(publicInformation.current(toRepeal.recordId()).orElseThrow().validity())
                .isEqualTo(Validity.REPEALED);
        actAs("hd_editor");
        GovernmentInformation reopened = editing.record(withheld);
        assertThat(reopened.attribute()).isEqualTo(DisclosureAttribute.PROACTIVE);
        assertThat(reopened.status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(reopened.withholdingGround()).isNull();
        assertThat(editing.deadline(reopened)).isNotNull();
        assertThatThrownBy(() -> cleanup.decide(id, withheldEntry, CleanupDecision.STILL_WITHHELD, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已结束");
    }
}
