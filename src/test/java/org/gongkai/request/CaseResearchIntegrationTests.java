package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 11 §4: from the case, the handler searches the published information, attaches what answers the application,
 * and the disclosing reply points the applicant to it (第三十六条第（一）项) — in the draft and in the letter.
 */
class CaseResearchIntegrationTests extends IntegrationTest {

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestHandling handling;

    @Autowired
    RequestCases requestCases;

    @Autowired
    CaseResearch research;

    @Autowired
    SearchIndex index;

    private int version(long id) {
        return requestCases.page(id).request().version();
    }

    @Test
    void theHandlerFindsAttachesAndTheReplyPointsToIt() {
        long unit = organizationId("示范县民政局");
        SecurityContextHolder.clearContext();
        long id = intake.applyOnline(RequestIntakeIntegrationTests.application(unit, "赵检索"))
                .id();
        SearchHit published = index.search(SearchQuery.of("工作总结")).hits().get(0);

        actAs("cg_handler");
        assertThatThrownBy(() -> research.search(id, "工作总结")).isInstanceOf(AccessDeniedException.class);

        actAs("mz_handler");
        handling.confirmReceipt(id, version(id));
        assertThat(research.search(id, "工作总结").hits())
                .extracting(SearchHit::recordId)
                .contains(published.recordId());
        assertThat(research.search(id, "  ").hits()).isEmpty();
        research.attach(id, "工作总结", published.recordId());
        assertThatThrownBy(() -> research.attach(id, "工作总结", published.recordId()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已添加到本申请");
        assertThatThrownBy(() -> research.attach(id, "工作总结", -42))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不在检索结果中");
        assertThat(requestCases.page(id).found()).singleElement().satisfies(f -> {
            assertThat(f.indexNumber()).isEqualTo(published.indexNumber());
            assertThat(f.addedBy()).isEqualTo("mz_handler");
        });

        // 予以公开 without “提供的信息”: the attached record is what the applicant is pointed to
        handling.submitReply(id, version(id), new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, null, null, null));
        String provided = requestCases.page(id).reply().draft().provided();
        assertThat(provided)
                .contains("已经主动公开")
                .contains("《" + published.title() + "》")
                .contains("索引号 " + published.indexNumber())
                .contains("/information/" + published.indexNumber());
        actAs("mz_signer");
        handling.approveReply(id, version(id));
        actAs("mz_handler");
        handling.sendReply(id, version(id), java.time.LocalDate.parse("2026-03-02"), ObtainWay.EMAIL);
        Notice letter = requestCases.notice(id, Notice.Kind.REPLY, null);
        assertThat(String.join("\n", letter.paragraphs())).contains(published.indexNumber());

        // a concluded case keeps what it pointed to
        long foundId = requestCases.page(id).found().get(0).id();
        assertThatThrownBy(() -> research.detach(id, foundId))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已办结");
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Issue 11 §5 (第三十七条): a partial disclosure carries the disclosable part as a file; the reply names it; a wrong
     * file is named together with the draft's other faults; files can be taken off only while the reply is drafted; the
     * case file holds them.
     */
    @Test
    void aPartialDisclosureCarriesTheDisclosablePart() {
        long unit = organizationId("示范县民政局");
        SecurityContextHolder.clearContext();
        long id = intake.applyOnline(RequestIntakeIntegrationTests.application(unit, "孙部分"))
                .id();
        actAs("mz_handler");
        handling.confirmReceipt(id, version(id));

        ReplyDraft withoutGround =
                new ReplyDraft(ReplyOutcome.PARTIALLY_DISCLOSED, null, "含有第三方个人信息，已作区分处理。", null, null, null);
        assertThatThrownBy(() -> handling.submitReply(
                        id,
                        version(id),
                        withoutGround,
                        java.util.List.of(new ApplicantFile("可公开部分.pdf", "MZ not a pdf".getBytes()))))
                .isInstanceOfSatisfying(
                        org.gongkai.shared.InvalidFields.class,
                        e -> assertThat(e.errors()).containsKeys("ground", "replyFiles"));
        java.util.List<ApplicantFile> six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new ApplicantFile("第" + i + "页.pdf", pdf()))
                .toList();
        assertThatThrownBy(() -> handling.submitReply(id, version(id), withoutGround, six))
                .isInstanceOfSatisfying(
                        org.gongkai.shared.InvalidFields.class,
                        e -> assertThat(e.errors().get("replyFiles")).contains("最多 5 个文件"));
        assertThat(requestCases.page(id).attachments()).isEmpty();

        ReplyDraft partial = new ReplyDraft(
                ReplyOutcome.PARTIALLY_DISCLOSED,
                org.gongkai.shared.WithholdingGround.THIRD_PARTY_RIGHTS,
                "含有第三方个人信息，已作区分处理。",
                null,
                null,
                null);
        handling.submitReply(id, version(id), partial, java.util.List.of(new ApplicantFile("可公开部分.pdf", pdf())));
        assertThat(requestCases.page(id).reply().draft().provided()).contains("随本告知书向您提供：《可公开部分.pdf》");
        RequestAttachment file = requestCases.page(id).attachments().get(0);
        assertThat(file.purpose()).isEqualTo(RequestAttachment.Purpose.REPLY);
        assertThatThrownBy(() -> handling.removeReplyFile(id, file.id()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("先由签发人退回");

        actAs("mz_signer");
        handling.approveReply(id, version(id));
        actAs("mz_handler");
        handling.sendReply(id, version(id), java.time.LocalDate.parse("2026-03-02"), ObtainWay.EMAIL);
        assertThat(String.join(
                        "\n", requestCases.notice(id, Notice.Kind.REPLY, null).paragraphs()))
                .contains("《可公开部分.pdf》")
                .contains("第三十七条");
    }
}
