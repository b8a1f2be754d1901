package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.WithholdingGround;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The letters of a case, read back with POI and PDFBox (issue 11 §5 "Tests"): each carries the unit, the case number,
 * its legal basis and what the applicant must know; the reply its remedies; the consultation letter nothing of the
 * applicant.
 */
class RequestNoticesIntegrationTests extends IntegrationTest {

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestHandling handling;

    @Autowired
    RequestCases requestCases;

    @Autowired
    NoticeDocuments documents;

    private void on(String day) {
        clock.set(Instant.parse(day + "T02:00:00Z"));
    }

    private int version(long id) {
        return requestCases.page(id).request().version();
    }

    @Test
    void lettersCarryWhatTheLawRequires_inDocxAndPdf() throws Exception {
        on("2025-09-30");
        SecurityContextHolder.clearContext();
        long id = intake.applyOnline(RequestIntakeIntegrationTests.application(organizationId("示范县民政局"), "钱文书"))
                .id();
        actAs("mz_handler");
        handling.confirmReceipt(id, version(id));
        assertThatThrownBy(() -> requestCases.notice(id, Notice.Kind.REPLY, null))
                .isInstanceOf(NotFound.class);

        on("2025-10-10");
        handling.requestCorrection(id, version(id), LocalDate.parse("2025-10-10"), null, "请写明所需信息的年度。");
        Notice correction = requestCases.notice(id, Notice.Kind.CORRECTION, null);
        String caseNumber = requestCases.page(id).request().caseNumber();
        assertThat(text(documents.docx(correction)))
                .contains("示范县民政局政府信息公开补正告知书")
                .contains(caseNumber)
                .contains("第三十条")
                .contains("请写明所需信息的年度")
                .contains("2025年10月30日前");

        on("2025-10-20");
        handling.receiveCorrection(id, version(id), LocalDate.parse("2025-10-20"), null);
        on("2025-10-22");
        int ref = handling.openConsultation(
                id, version(id), ConsultationKind.THIRD_PARTY, "示范县某养老服务有限公司", LocalDate.parse("2025-10-22"));
        Notice letter = requestCases.notice(id, Notice.Kind.CONSULTATION, ref);
        assertThat(letter.addressee()).isEqualTo("示范县某养老服务有限公司");
        String letterText = pdfText(documents.pdf(letter)).replaceAll("\\s", "");
        assertThat(letterText).contains("第三十二条").contains("15个工作日").doesNotContain("钱文书");

        on("2025-11-05");
        handling.answerConsultation(id, version(id), ref, LocalDate.parse("2025-11-05"), true, "不同意公开，涉及商业秘密");
        handling.submitReply(
                id,
                version(id),
                new ReplyDraft(
                        ReplyOutcome.PARTIALLY_DISCLOSED,
                        WithholdingGround.THIRD_PARTY_RIGHTS,
                        "其中的合同价款涉及第三方商业秘密，第三方不同意公开。",
                        "2025年城乡低保资金发放明细（已删除第三方商业秘密部分）",
                        null,
                        null));
        actAs("mz_signer");
        handling.approveReply(id, version(id));
        actAs("mz_handler");
        handling.sendReply(id, version(id), LocalDate.parse("2025-11-05"), ObtainWay.EMAIL);

        Notice reply = requestCases.notice(id, Notice.Kind.REPLY, null);
        for (String text : new String[] {text(documents.docx(reply)), pdfText(documents.pdf(reply))}) {
            assertThat(text.replaceAll("\\s", ""))
                    .contains("示范县民政局政府信息公开答复告知书")
                    .contains(caseNumber)
                    .contains("钱文书")
                    .contains("2025年城乡低保资金发放明细")
                    .contains("第三十七条")
                    .contains("保护第三方合法权益")
                    .contains("六十日内")
                    .contains("行政复议")
                    .contains("六个月内")
                    .contains("行政诉讼")
                    .contains("（印章）")
                    .contains("2025年11月5日");
        }
    }

    @Autowired
    CaseFiles caseFiles;

    /** 第四十五条 归档: the concluded case's whole file in one zip, for the unit and the supervising office only. */
    @Test
    void theCaseFileIsOneZip() throws Exception {
        on("2026-02-24");
        actAs("cg_handler");
        long id = intake.register(
                        RequestIntakeIntegrationTests.application(organizationId("示范县城关镇人民政府"), "孙案卷"),
                        IntakeChannel.IN_PERSON,
                        LocalDate.parse("2026-02-24"),
                        "当面提交")
                .id();
        assertThatThrownBy(() -> caseFiles.zip(id)).hasMessageContaining("办结后");
        handling.submitReply(id, version(id), new ReplyDraft(ReplyOutcome.DISCLOSED, null, null, "见附件", null, null));
        actAs("cg_signer");
        handling.approveReply(id, version(id));
        actAs("cg_handler");
        handling.sendReply(id, version(id), LocalDate.parse("2026-02-24"), ObtainWay.POST);
        byte[] zip = caseFiles.zip(id);
        java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (var in = new java.util.zip.ZipInputStream(
                new ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).contains("01-申请.txt", "02-办理过程.csv", "03-答复.txt", "04-答复告知书.docx", "04-答复告知书.pdf");
        assertThat(new String(entries.get("01-申请.txt"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("孙案卷")
                .contains(RequestIntakeIntegrationTests.ID_NUMBER);
        assertThat(new String(entries.get("02-办理过程.csv"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("登记申请")
                .contains("作出答复");
        actAs("mz_handler");
        assertThatThrownBy(() -> caseFiles.zip(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
            return new PDFTextStripper().getText(doc);
        }
    }
}
