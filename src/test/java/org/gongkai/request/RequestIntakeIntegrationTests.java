package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.request.RequestClock.DueKind;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Applications coming in (issue 11 §1–2, §8): the online form and the handler's registration, the receipt date of
 * 第三十一条, the tracking page's answer, and the applicant's personal data sealed at rest. The test clock stands on
 * Monday 2026-03-02; 20 working days later is Monday 2026-03-30.
 */
class RequestIntakeIntegrationTests extends IntegrationTest {

    static final String ID_NUMBER = "11010519491231002X";

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestHandling handling;

    @Autowired
    RequestCases requestCases;

    @Autowired
    RequestTracking tracking;

    @Autowired
    RequestRepository repository;

    static Application application(long unit, String name) {
        return new Application(
                unit,
                ApplicantKind.NATURAL_PERSON,
                name,
                null,
                IdDocumentType.RESIDENT_ID,
                ID_NUMBER,
                "138 1234 5678",
                "applicant@example.com",
                "示范县人民路 8 号 2 单元 301 室",
                "610000",
                List.of(new Application.Item("2025年城乡低保资金发放明细", null, "民政局 2025 年发放情况")),
                ProvisionForm.ELECTRONIC_DATA,
                ObtainWay.EMAIL);
    }

    @Test
    void anOnlineApplicationWaitsForReceipt_thenRunsTwentyWorkingDays() {
        long unit = organizationId("示范县民政局");
        SecurityContextHolder.clearContext();
        RequestIntake.Submitted submitted = intake.applyOnline(application(unit, "张申请"));
        assertThat(submitted.trackingCode()).hasSize(12);

        RequestTracking.Tracked before =
                tracking.track(submitted.trackingCodeDisplay(), "5678").orElseThrow();
        assertThat(before.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(before.clock().started()).isFalse();
        // an unknown code and a wrong phone suffix get the same answer: none
        assertThat(tracking.track(submitted.trackingCode(), "5679")).isEmpty();
        assertThat(tracking.track("ABCD-EFGH-JKMN", "5678")).isEmpty();

        actAs("mz_handler");
        // the dashboard reminds the handler of an application waiting for confirmation
        assertThat(requestCases.reminders()).anyMatch(l -> l.request().id() == submitted.id());
        RequestCase c = requestCases.page(submitted.id()).request();
        handling.confirmReceipt(c.id(), c.version());
        RequestCases.CasePage page = requestCases.page(c.id());
        assertThat(page.request().status()).isEqualTo(RequestStatus.HANDLING);
        assertThat(page.request().receivedOn()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(page.request().caseNumber()).startsWith("2026-");
        assertThat(page.request().dueOn()).isEqualTo(LocalDate.parse("2026-03-30"));
        assertThat(page.request().dueKind()).isEqualTo(DueKind.REPLY);
        assertThat(page.timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineKind.SUBMITTED, TimelineKind.RECEIPT_CONFIRMED);
        assertThat(requestCases.open()).anySatisfy(line -> {
            assertThat(line.request().id()).isEqualTo(c.id());
            assertThat(line.daysLeft()).isEqualTo(20);
        });

        // a second confirmation from a page read before the first: told, not applied twice
        assertThatThrownBy(() -> handling.confirmReceipt(c.id(), c.version()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");

        SecurityContextHolder.clearContext();
        RequestTracking.Tracked after =
                tracking.track(submitted.trackingCode(), "5678").orElseThrow();
        assertThat(after.clock().replyDue()).isEqualTo(LocalDate.parse("2026-03-30"));
        assertThat(after.steps()).extracting(RequestTracking.Step::on).containsOnly(LocalDate.parse("2026-03-02"));
    }

    @Test
    void personalDataIsSealedAtRest_andEveryOpeningIsAudited() {
        long unit = organizationId("示范县民政局");
        SecurityContextHolder.clearContext();
        long id = intake.applyOnline(application(unit, "李保密")).id();
        var stored = jdbc.sql(
                        "select id_number_sealed, phone_sealed, address_sealed, email_sealed from information_request "
                                + "where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(stored.values())
                .allSatisfy(v -> assertThat((String) v)
                        .startsWith("sm4:")
                        .doesNotContain(ID_NUMBER)
                        .doesNotContain("1234")
                        .doesNotContain("人民路"));

        actAs("mz_handler");
        long before = auditCount("REQUEST_PERSONAL_DATA_READ");
        ApplicantContact contact = requestCases.applicantContact(id);
        assertThat(contact.idNumber()).isEqualTo(ID_NUMBER);
        assertThat(contact.maskedIdNumber()).isEqualTo("110***********002X");
        assertThat(contact.phone()).isEqualTo("138 1234 5678");
        assertThat(auditCount("REQUEST_PERSONAL_DATA_READ")).isEqualTo(before + 1);
    }

    @Test
    void onlyTheHandlingUnitAndTheSupervisorSeeACase() {
        long unit = organizationId("示范县民政局");
        SecurityContextHolder.clearContext();
        long id = intake.applyOnline(application(unit, "王范围")).id();

        actAs("cg_handler");
        assertThatThrownBy(() -> requestCases.page(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(requestCases.open()).noneMatch(l -> l.request().id() == id);
        RequestCase c = jdbcCase(id);
        assertThatThrownBy(() -> handling.confirmReceipt(id, c.version())).isInstanceOf(AccessDeniedException.class);

        assertThat(requestCases.reminders()).noneMatch(l -> l.request().id() == id);
        actAs("edu_editor");
        assertThat(requestCases.reminders()).isEmpty();
        actAs("gkb");
        assertThat(requestCases.page(id).canHandle()).isFalse();
        assertThat(requestCases.page(id).request().id()).isEqualTo(id);
    }

    @Test
    void aHandlerRegistersALetterWithItsReceiptDate() {
        long unit = organizationId("示范县城关镇人民政府");
        actAs("cg_handler");
        RequestIntake.Submitted s = intake.register(
                application(unit, "赵来信"), IntakeChannel.POST, LocalDate.parse("2026-02-27"), "挂号信，签收人：何承办");
        RequestCases.CasePage page = requestCases.page(s.id());
        assertThat(page.request().channel()).isEqualTo(IntakeChannel.POST);
        assertThat(page.request().receivedOn()).isEqualTo(LocalDate.parse("2026-02-27"));
        // 02-28 is a working Saturday (调休, 2026 Spring Festival): day 1; then 03-02 … 03-26 is day 20
        assertThat(page.request().dueOn()).isEqualTo(LocalDate.parse("2026-03-26"));
        assertThat(page.timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineKind.REGISTERED, TimelineKind.RECEIPT_CONFIRMED);

        assertThatThrownBy(() -> intake.register(
                        application(unit, "赵来信"), IntakeChannel.POST, LocalDate.parse("2026-03-09"), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能晚于今天");
        actAs("mz_handler");
        assertThatThrownBy(() -> intake.register(
                        application(unit, "赵来信"), IntakeChannel.POST, LocalDate.parse("2026-03-02"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void missingContentIsExplainedFieldByField_andNothingIsSaved() {
        long unit = organizationId("示范县民政局");
        long before = jdbc.sql("select count(*) from information_request")
                .query(Long.class)
                .single();
        SecurityContextHolder.clearContext();
        Application empty = new Application(
                unit,
                ApplicantKind.NATURAL_PERSON,
                " ",
                null,
                IdDocumentType.RESIDENT_ID,
                "11010519491231002A",
                "",
                null,
                null,
                null,
                List.of(new Application.Item(" ", null, null)),
                null,
                ObtainWay.POST);
        assertThatThrownBy(() -> intake.applyOnline(empty))
                .isInstanceOfSatisfying(
                        InvalidFields.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("name", "idNumber", "phone", "address", "provisionForm", "items")
                                .hasEntrySatisfying(
                                        "idNumber", m -> assertThat(m).contains("第 18 位应为数字或 X"))
                                .hasEntrySatisfying("items", m -> assertThat(m).contains("第二十九条第二项")));
        Application wrongCheck = new Application(
                unit,
                ApplicantKind.NATURAL_PERSON,
                "张三",
                null,
                IdDocumentType.RESIDENT_ID,
                "110105194912310021",
                "13812345678",
                null,
                null,
                null,
                List.of(new Application.Item("某文件", null, null)),
                ProvisionForm.PAPER,
                ObtainWay.PICK_UP);
        assertThatThrownBy(() -> intake.applyOnline(wrongCheck))
                .isInstanceOf(InvalidFields.class)
                .hasMessageContaining("第 18 位应为“X”");
        Application village = application(organizationId("示范县城关镇人民政府"), "张三");
        Application toVillage = new Application(
                jdbc.sql("select id from organization where kind = 'VILLAGE_COMMITTEE' order by id limit 1")
                        .query(Long.class)
                        .single(),
                village.applicantKind(),
                village.name(),
                null,
                village.idType(),
                village.idNumber(),
                village.phone(),
                village.email(),
                village.address(),
                village.postalCode(),
                village.items(),
                village.provisionForm(),
                village.obtainWay());
        assertThatThrownBy(() -> intake.applyOnline(toVillage))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("受理申请的行政机关");
        assertThat(jdbc.sql("select count(*) from information_request")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private RequestCase jdbcCase(long id) {
        return repository.find(id).orElseThrow();
    }

    private long auditCount(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    private static byte[] png(int size) {
        byte[] b = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, b, 0, signature.length);
        for (int i = signature.length; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    /**
     * Issue 11 §1: an ID copy goes with the application, judged by its content; a renamed file, a fourth file or one
     * over 5 MB is named together with the application's other faults and nothing is stored; what is stored is sealed,
     * listed on the case, opened only by its readers, and each opening audited.
     */
    @Test
    void materialsAreJudgedByContent_sealed_andOpenedWithAnAuditEntry() {
        long unit = organizationId("示范县民政局");
        SecurityContextHolder.clearContext();
        long before = jdbc.sql("select count(*) from request_attachment")
                .query(Long.class)
                .single();
        Application nameless = new Application(
                unit,
                ApplicantKind.NATURAL_PERSON,
                " ",
                null,
                IdDocumentType.RESIDENT_ID,
                ID_NUMBER,
                "138 1234 5678",
                null,
                null,
                null,
                List.of(new Application.Item("某文件", null, null)),
                ProvisionForm.PAPER,
                ObtainWay.PICK_UP);
        List<ApplicantFile> renamed = List.of(
                new ApplicantFile("身份证.pdf", png(2048)),
                new ApplicantFile(
                        "setup.jpg", "MZ\u0090 not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> intake.applyOnline(nameless, renamed))
                .isInstanceOfSatisfying(InvalidFields.class, e -> {
                    assertThat(e.errors()).containsKeys("name", "attachments");
                    assertThat(e.errors().get("attachments"))
                            .contains("《身份证.pdf》的内容是 PNG 图片，与扩展名不符")
                            .contains("《setup.jpg》不是可接受的格式");
                });
        List<ApplicantFile> four = List.of(
                new ApplicantFile("1.png", png(100)),
                new ApplicantFile("2.png", png(100)),
                new ApplicantFile("3.png", png(100)),
                new ApplicantFile("4.png", png(100)));
        assertThatThrownBy(() -> intake.applyOnline(application(unit, "四个文件"), four))
                .isInstanceOf(InvalidFields.class)
                .hasMessageContaining("申请人提交的材料最多 3 个文件");
        assertThatThrownBy(() -> intake.applyOnline(
                        application(unit, "大文件"), List.of(new ApplicantFile("大.png", png(5 * 1024 * 1024 + 1)))))
                .isInstanceOf(InvalidFields.class)
                .hasMessageContaining("超过 5 MB");
        assertThat(jdbc.sql("select count(*) from request_attachment")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        byte[] copy = png(40_000);
        long id = intake.applyOnline(
                        application(unit, "附材料"),
                        List.of(
                                new ApplicantFile("C:\\Users\\me\\身份证正面.png", copy),
                                new ApplicantFile("", new byte[0])))
                .id();
        byte[] stored = jdbc.sql("select content from request_attachment where request_id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        // sealed: a 12-byte nonce, the ciphertext and a 16-byte tag — no longer a PNG (random bytes may hold any three
        // letters, so the signature and the length are checked; the content is opened and compared below)
        assertThat(stored).hasSize(copy.length + 28);
        assertThat(java.util.Arrays.copyOfRange(stored, 0, 8)).isNotEqualTo(java.util.Arrays.copyOfRange(copy, 0, 8));

        actAs("mz_handler");
        List<RequestAttachment> listed = requestCases.page(id).attachments();
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("身份证正面.png");
            assertThat(a.mediaType()).isEqualTo("image/png");
            assertThat(a.size()).isEqualTo("40 KB");
        });
        long audited = auditCount("REQUEST_ATTACHMENT_READ");
        assertThat(requestCases.attachment(id, listed.get(0).id()).content()).isEqualTo(copy);
        assertThat(auditCount("REQUEST_ATTACHMENT_READ")).isEqualTo(audited + 1);

        actAs("cg_handler");
        assertThatThrownBy(() -> requestCases.attachment(id, listed.get(0).id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
