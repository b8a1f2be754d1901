package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
 * A record from drafting to repeal: attribute at the source (第十四、十五、十六条), the scan before
 * sign-off, 保密审查 (第十七条), sign-off and publication with a 索引号, correction as a new revision,
 * repeal with links both ways (国办发〔2017〕47号), withdrawal, and the 第二十六条 clock.
 */
class InformationLifecycleIntegrationTests extends IntegrationTest {

    /** A valid 18-digit ID number (check character X), the standard's own example. */
    static final String ID_NUMBER = "11010519491231002X";

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    PublicInformation publicInformation;

    @Autowired
    org.gongkai.organization.StaffAdministration staffAdministration;

    @Autowired
    WordingRules wording;

    @Autowired
    Redactions redactions;

    static InformationDraft draft(String title, String number, String body) {
        return InformationDrafts.draft(title).documentNumber(number).body(body).build();
    }

    private String publish(long id) {
        return publishAs("mz", id);
    }

    @Test
    void aPolicyGoesFromDraftThroughReviewToPublicationCorrectionAndRepeal() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        InformationDraft noAttribute =
                InformationDrafts.bareNotice("无属性").attribute(null).build();
        assertThatThrownBy(() -> editing.create(unit, noAttribute))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("公开属性");
        InformationDraft withheldWithoutGround = InformationDrafts.draft("内部请示")
                .writtenDate(null)
                .type(DocumentType.OTHER_DOCUMENT)
                .topic(null)
                .column(null)
                .keywords(null)
                .summary(null)
                .body("正文")
                .attribute(DisclosureAttribute.WITHHELD)
                .build();
        assertThatThrownBy(() -> editing.create(unit, withheldWithoutGround))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第十四、十五、十六条");

        long id = editing.create(
                unit,
                draft(
                        "示范县最低生活保障实施办法",
                        "示民发〔2026〕3号",
                        "<p onclick=\"x()\">申请人张三，身份证号 " + ID_NUMBER + "。</p><script>alert(1)</script>"));
        GovernmentInformation drafted = editing.record(id);
        assertThat(drafted.bodyHtml()).doesNotContain("script").doesNotContain("onclick");
        assertThat(editing.findings(id)).extracting(Finding::kind).containsExactly(FindingKind.ID_NUMBER);
        assertThat(editing.findings(id).get(0).excerpt()).doesNotContain(ID_NUMBER);

        // 先审后发: the scan stops submission until the ID number is masked.
        assertThatThrownBy(() -> editing.submit(id, drafted.lockVersion()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("尚未处理");
        editing.mask(id, editing.findings(id).get(0).id());
        assertThat(editing.record(id).bodyHtml()).doesNotContain(ID_NUMBER).contains("110105********002X");
        // the handled finding stays, for the secrecy reviewer and the signer to see who handled it (issue 9 §25)
        assertThat(editing.findings(id)).singleElement().satisfies(f -> {
            assertThat(f.resolution()).isEqualTo(Finding.Resolution.MASKED);
            assertThat(f.resolvedBy()).isEqualTo("mz_editor");
        });

        // The statutory clock runs on the unpublished proactive record (第二十六条).
        PublicationDeadline clockRunning = editing.deadline(editing.record(id));
        // From Friday 2026-02-27: Saturday 02-28 is a 春节调休 working day, so the 20th working day is 03-26.
        assertThat(clockRunning.dueDate()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(editing.deadlines(unit))
                .extracting(PublicationDeadline::recordId)
                .contains(id);

        editing.submit(id, editing.record(id).lockVersion());
        assertThatThrownBy(() -> review.secrecyReview(id, editing.record(id).lockVersion(), true, null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_reviewer");
        assertThatThrownBy(() -> review.secrecyReview(id, editing.record(id).lockVersion(), false, " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("退回时请写明");
        review.secrecyReview(id, editing.record(id).lockVersion(), false, "请核对文号");
        assertThat(editing.record(id).status()).isEqualTo(RecordStatus.RETURNED);

        String indexNumber = publish(id);
        assertThat(indexNumber).matches("[0-9A-Z]{9}/2026-\\d{5}");
        assertThat(editing.deadline(editing.record(id))).isNull();
        actAs("hd_editor");
        assertThatThrownBy(() -> editing.record(id)).isInstanceOf(AccessDeniedException.class);

        PublishedInformation published = publicInformation.byIndexNumber(indexNumber, null);
        assertThat(published.title()).isEqualTo("示范县最低生活保障实施办法");
        assertThat(published.validity()).isEqualTo(Validity.EFFECTIVE);
        assertThat(publicInformation
                        .list(new InformationQuery(unit, DisclosureColumn.A20_11, "17", null, 2026, null, null, 1, 20))
                        .items())
                .extracting(PublishedSummary::recordId)
                .contains(id);

        // Correction: a new revision; the public keeps the old one until it is signed off, and both stay reachable.
        actAs("mz_editor");
        editing.startCorrection(id, editing.record(id).lockVersion());
        InformationDraft corrected = editing.record(id).toDraft();
        InformationDraft withoutNote = InformationDrafts.from(corrected)
                .title(corrected.title() + "（修订）")
                .ground(null)
                .reason(null)
                .jointIssuers(List.of())
                .correctionNote(null)
                .build();
        assertThatThrownBy(() -> editing.update(id, editing.record(id).lockVersion(), withoutNote))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("更正说明");
        editing.update(
                id,
                editing.record(id).lockVersion(),
                InformationDrafts.from(withoutNote)
                        .ground(null)
                        .reason(null)
                        .jointIssuers(List.of())
                        .correctionNote("更正标题")
                        .build());
        assertThat(publicInformation.byIndexNumber(indexNumber, null).title()).isEqualTo("示范县最低生活保障实施办法");
        assertThat(publish(id)).isEqualTo(indexNumber);
        assertThat(publicInformation.byIndexNumber(indexNumber, null).title()).endsWith("（修订）");
        assertThat(publicInformation.byIndexNumber(indexNumber, null).correctionNote())
                .isEqualTo("更正标题");
        assertThat(publicInformation.byIndexNumber(indexNumber, 1).title()).isEqualTo("示范县最低生活保障实施办法");
        assertThat(publicInformation.revisions(id)).containsExactly(1, 2);

        // Repeal by a later record: the original is marked and the two link both ways.
        actAs("mz_editor");
        assertThatThrownBy(() -> editing.create(unit, draft("重复文号", "示民发〔2026〕3号", "正文")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已有文号");
        long replacement = editing.create(unit, draft("示范县最低生活保障办法（2026年修订）", "示民发〔2026〕9号", "新办法正文"));
        String replacementNumber = publish(replacement);
        actAs("mz_editor");
        assertThatThrownBy(() -> review.changeValidity(
                        id,
                        editing.record(id).lockVersion(),
                        Validity.REPEALED,
                        LocalDate.of(2026, 3, 2),
                        "不存在/2026-99999"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不存在");
        review.changeValidity(
                id, editing.record(id).lockVersion(), Validity.REPEALED, LocalDate.of(2026, 3, 2), replacementNumber);
        PublishedInformation repealed = publicInformation.byIndexNumber(indexNumber, null);
        assertThat(repealed.validity()).isEqualTo(Validity.REPEALED);
        assertThat(repealed.validityRecord().indexNumber()).isEqualTo(replacementNumber);
        assertThat(publicInformation.amendedOrRepealedBy(replacement))
                .extracting(PublishedSummary::recordId)
                .containsExactly(id);

        // Withdrawal: gone from the public side at once; the reason stays internal.
        actAs("mz_editor");
        assertThatThrownBy(() ->
                        review.withdraw(replacement, editing.record(replacement).lockVersion(), "误发"))
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_signer");
        int seen = editing.record(replacement).lockVersion();
        review.withdraw(replacement, seen, "误发，需重新审核");
        // a second signer acting on the page as it was: told it was handled, nothing written twice
        assertThatThrownBy(() -> review.withdraw(replacement, seen, "误发"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");
        assertThat(editing.record(replacement).withdrawnReason()).isEqualTo("误发，需重新审核");
        assertThatThrownBy(() -> publicInformation.byIndexNumber(replacementNumber, null))
                .isInstanceOf(NotFound.class);
        assertThat(publicInformation.byIndexNumber(indexNumber, null).validityRecord())
                .isNull();
    }

    @Test
    void informationNotDisclosedProactivelyIsFiledWithItsGroundAndNeverPublished() {
        long unit = organizationId("示范县城关镇人民政府");
        actAs("cg_editor");
        long id = editing.create(
                unit,
                InformationDrafts.draft("城关镇2026年第一季度工作请示")
                        .writtenDate(null)
                        .formedDate(LocalDate.of(2026, 2, 20))
                        .type(DocumentType.OTHER_DOCUMENT)
                        .topic(null)
                        .column(null)
                        .keywords(null)
                        .summary(null)
                        .body("请示正文")
                        .attribute(DisclosureAttribute.WITHHELD)
                        .ground(WithholdingGround.PROCESS_INFORMATION)
                        .reason("属于请示报告类过程性信息（条例第十六条第二款）")
                        .build());
        assertThat(editing.deadline(editing.record(id))).isNull();
        editing.submit(id, editing.record(id).lockVersion());
        actAs("cg_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("cg_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, null, null);
        GovernmentInformation filed = editing.record(id);
        assertThat(filed.status()).isEqualTo(RecordStatus.FILED);
        assertThat(filed.indexNumber()).isNull();
        assertThat(publicInformation.current(id)).isEmpty();
    }

    @Test
    void aScheduledPublicationHappensWhenItsTimeComes() {
        long unit = organizationId("示范县城关镇人民政府");
        actAs("cg_editor");
        long id = editing.create(
                unit,
                InformationDrafts.draft("城关镇春季防火通告")
                        .documentNumber("城府通〔2026〕2号")
                        .writtenDate(null)
                        .formedDate(LocalDate.of(2026, 3, 1))
                        .type(DocumentType.NOTICE)
                        .topic("0203")
                        .column(null)
                        .keywords(null)
                        .summary(null)
                        .body("春季防火正文")
                        .build());
        editing.submit(id, editing.record(id).lockVersion());
        actAs("cg_editor");
        assertThatThrownBy(() -> review.signOff(id, editing.record(id).lockVersion(), true, null, null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("cg_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("cg_signer");
        assertThatThrownBy(() -> review.signOff(
                        id,
                        editing.record(id).lockVersion(),
                        true,
                        null,
                        clock.instant().minus(Duration.ofHours(1))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("晚于现在");
        review.signOff(
                id,
                editing.record(id).lockVersion(),
                true,
                null,
                clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(editing.record(id).status()).isEqualTo(RecordStatus.SCHEDULED);
        review.publishDue();
        assertThat(editing.record(id).status()).isEqualTo(RecordStatus.SCHEDULED);
        advance(Duration.ofHours(1));
        review.publishDue();
        assertThat(editing.record(id).status()).isEqualTo(RecordStatus.PUBLISHED);
        assertThat(publicInformation.current(id)).isPresent();
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsSaved() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long before = jdbc.sql("select count(*) from information_record")
                .query(Long.class)
                .single();
        InformationDraft future = InformationDrafts.bareNotice("未来形成")
                .formedDate(LocalDate.of(2030, 1, 1))
                .build();
        assertThatThrownBy(() -> editing.create(unit, future))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能晚于今天");
        InformationDraft townshipColumn = InformationDrafts.draft("县级部门误选乡镇栏目")
                .writtenDate(null)
                .formedDate(LocalDate.of(2026, 2, 1))
                .type(DocumentType.NOTICE)
                .topic(null)
                .column(DisclosureColumn.A21_FUNDRAISING)
                .keywords(null)
                .summary(null)
                .body("正文")
                .build();
        assertThatThrownBy(() -> editing.create(unit, townshipColumn))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("筹资筹劳");
        assertThat(jdbc.sql("select count(*) from information_record")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void personalInformationInAnAttachmentMustBeReplacedOrAcceptedWithAReason() throws Exception {
        long unit = organizationId("示范县教育局");
        actAs("edu_editor");
        long id = editing.create(unit, draft("示范县学生资助对象名单公示", null, "附件为名单。"));
        assertThatThrownBy(() -> editing.attach(
                        id, editing.record(id).lockVersion(), "名单.docx", AttachmentInspectorTests.pdf("x")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("改名");
        long attachment = editing.attach(
                id,
                editing.record(id).lockVersion(),
                "名单.docx",
                AttachmentInspectorTests.docx("学生甲 身份证号 " + ID_NUMBER + " 资助 1000 元"));
        Finding finding = editing.findings(id).get(0);
        assertThat(finding.sourceLabel()).isEqualTo("附件《名单.docx》");
        assertThat(finding.canMask()).isFalse();
        assertThatThrownBy(() -> editing.mask(id, finding.id()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("替换");
        assertThatThrownBy(() -> editing.accept(id, finding.id(), "可"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("理由");

        // Replacing the file with a masked one clears the finding.
        editing.detach(id, editing.record(id).lockVersion(), attachment);
        editing.attach(
                id,
                editing.record(id).lockVersion(),
                "名单（已遮盖）.docx",
                AttachmentInspectorTests.docx("学生甲 身份证号 110105********002X 资助 1000 元"));
        assertThat(editing.findings(id)).noneMatch(f -> f.resolution() == Finding.Resolution.OPEN);
        editing.submit(id, editing.record(id).lockVersion());
        assertThat(editing.record(id).status()).isEqualTo(RecordStatus.SUBMITTED);
    }

    @Test
    void sensitiveWordingFromTheOfficesListIsAcceptedOnlyWithAReason() {
        long unit = organizationId("示范县教育局");
        actAs("edu_editor");
        long id = editing.create(unit, draft("关于转发内部资料的通知", null, "依据《政府信息公开条列》，现转发。"));
        assertThat(editing.findings(id))
                .extracting(Finding::kind)
                .containsExactlyInAnyOrder(FindingKind.SENSITIVE_WORDING, FindingKind.ERRONEOUS_WORDING);
        Finding erroneous = editing.findings(id).stream()
                .filter(f -> f.kind() == FindingKind.ERRONEOUS_WORDING)
                .findFirst()
                .orElseThrow();
        editing.mask(id, erroneous.id());
        assertThat(editing.record(id).bodyHtml()).contains("政府信息公开条例").doesNotContain("条列");
        Finding sensitive = editing.findings(id).stream()
                .filter(f -> f.kind() == FindingKind.SENSITIVE_WORDING)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> editing.mask(id, sensitive.id())).isInstanceOf(RuleViolation.class);
        editing.accept(id, sensitive.id(), "“内部资料”为被转发文件的名称，内容已经保密审查可以公开");
        assertThat(editing.findings(id))
                .extracting(Finding::kind, Finding::resolution)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(FindingKind.SENSITIVE_WORDING, Finding.Resolution.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.ERRONEOUS_WORDING, Finding.Resolution.MASKED));
        editing.submit(id, editing.record(id).lockVersion());
    }

    /**
     * Issue 9 §9: one person held SECRECY_REVIEWER and SIGNER in a unit and cleared and signed the same record.
     * §23: a second, stale sign-off answered 403 and was audited as a refusal.
     */
    @Test
    void theSecrecyReviewerAndTheSignerAreDifferentPeople_andAStaleDecisionIsNotARefusal() {
        long unit = organizationId("示范县民政局");
        actAs("sysadmin");
        String both = "both" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long bothId = staffAdministration
                .createAccount(new org.gongkai.organization.StaffDraft(both, "兼任者", null, unit))
                .staffId();
        actAs("secadmin");
        staffAdministration.grantRole(bothId, org.gongkai.organization.Role.SECRECY_REVIEWER, unit, false);
        staffAdministration.grantRole(bothId, org.gongkai.organization.Role.SIGNER, unit, false);

        actAs("mz_editor");
        long id = editing.create(unit, draft("兼任审查测试", null, "<p>正文</p>"));
        editing.submit(id, editing.record(id).lockVersion());
        actAs(both);
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        assertThat(review.canSignOff(editing.record(id))).isFalse();
        assertThatThrownBy(() -> review.signOff(id, editing.record(id).lockVersion(), true, "同意", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("保密审查和签发须由不同人员担任");

        int seen = editing.record(id).lockVersion();
        actAs("mz_signer");
        assertThat(review.canSignOff(editing.record(id))).isTrue();
        review.signOff(id, seen, true, "同意发布", null);
        long refusalsBefore = jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'")
                .query(Long.class)
                .single();
        actAs("mz_signer");
        assertThatThrownBy(() -> review.signOff(id, seen, true, "再次签发", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理")
                .hasMessageContaining("请刷新");
        assertThat(jdbc.sql("select count(*) from audit_entry where outcome = 'DENIED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(refusalsBefore);
    }

    /**
     * Issue 9 §17: the body kept {@code @} and full-width punctuation as numeric references, so an e-mail finding
     * could not be masked and the editor saw {@code &#xff0c;}. §18: a mask pasted a supervisor's replacement into
     * the body unsanitized (a meta refresh reached the public page).
     */
    @Test
    void theBodyKeepsTextAsText_andEveryMaskIsSanitized() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(unit, draft("邮箱遮盖测试", null, "<p>联系邮箱 zhang.san@example.com，或致电。</p>"));
        assertThat(editing.record(id).bodyHtml())
                .contains("zhang.san@example.com，或致电")
                .doesNotContain("&#");
        Finding email = editing.findings(id).stream()
                .filter(f -> f.kind() == FindingKind.EMAIL)
                .findFirst()
                .orElseThrow();
        editing.mask(id, email.id());
        assertThat(editing.record(id).bodyHtml())
                .contains("z***@example.com，或致电")
                .doesNotContain("zhang.san@");

        String phrase = "示范错词" + java.util.UUID.randomUUID().toString().substring(0, 4);
        actAs("gkb");
        wording.add(phrase, "<meta http-equiv=\"refresh\" content=\"0\">正确词", WordingRule.Kind.ERRONEOUS, null);
        try {
            actAs("mz_editor");
            long other = editing.create(unit, draft("错词遮盖测试", null, "<p>本文写有" + phrase + "一处。</p>"));
            Finding wrong = editing.findings(other).stream()
                    .filter(f -> f.kind() == FindingKind.ERRONEOUS_WORDING)
                    .findFirst()
                    .orElseThrow();
            editing.mask(other, wrong.id());
            assertThat(editing.record(other).bodyHtml())
                    .doesNotContain("<meta")
                    .doesNotContain(phrase)
                    .contains("正确词");
        } finally {
            actAs("gkb");
            wording.rules().stream().filter(r -> r.phrase().equals(phrase)).forEach(r -> wording.remove(r.id()));
        }
    }

    /** Issue 9 §20: the audit trail kept full ID and phone numbers from titles later masked; it keeps the masked form. */
    @Test
    void theAuditTrailKeepsPersonalInformationMasked() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(unit, draft("张三（" + ID_NUMBER + "，13812345678）的救助决定", null, "<p>正文</p>"));
        java.util.List<String> details = jdbc.sql("select detail from audit_entry where target = ?")
                .param("information:" + id)
                .query(String.class)
                .list();
        assertThat(details).isNotEmpty().allSatisfy(d -> assertThat(d).doesNotContain(ID_NUMBER, "13812345678"));
        assertThat(details.get(0)).contains("110105********002X", "138****5678");
    }

    /** Issue 9 §24–25: dates are checked on input, and one stored out-of-range date never breaks a list. */
    @Test
    void datesAreCheckedOnInput_andAnOutOfRangeStoredDateDoesNotBreakTheDeadlines() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        InformationDraft ancient = InformationDrafts.bareNotice("远古信息")
                .formedDate(LocalDate.of(1, 1, 1))
                .build();
        assertThatThrownBy(() -> editing.create(unit, ancient))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能早于 1949-10-01");

        long id = editing.create(unit, draft("日期越界测试", null, "<p>正文</p>"));
        jdbc.sql("update information_record set formed_date = ? where id = ?")
                .params(LocalDate.of(1, 1, 1), id)
                .update();
        List<PublicationDeadline> deadlines = editing.deadlines(unit);
        assertThat(deadlines)
                .filteredOn(d -> d.recordId() == id)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.dueDate()).isNull();
                    assertThat(d.isOverdue()).isTrue();
                    assertThat(d.label()).contains("超出工作日历范围");
                    assertThat(d.organizationName()).isEqualTo("示范县民政局");
                });
        assertThat(editing.records(unit, null)).isNotEmpty();

        // a repeal dated in the future is refused
        long published = editing.create(unit, draft("废止日期测试", null, "<p>正文</p>"));
        publish(published);
        actAs("mz_editor");
        assertThatThrownBy(() -> review.changeValidity(
                        published,
                        editing.record(published).lockVersion(),
                        Validity.EXPIRED,
                        LocalDate.now(clock).plusDays(30),
                        null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能晚于今天");
    }

    /** Issue 9 §25: a started correction can be abandoned; the working copy goes back to the published revision. */
    @Test
    void aStartedCorrectionCanBeAbandoned() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(unit, draft("放弃更正测试", null, "<p>原文</p>"));
        publish(id);
        actAs("mz_editor");
        editing.startCorrection(id, editing.record(id).lockVersion());
        InformationDraft changed = InformationDrafts.draft("放弃更正测试（改）")
                .keywords("救助")
                .summary("改过的概述")
                .body("<p>改过的正文 13812345678</p>")
                .correctionNote("更正错字")
                .build();
        editing.update(id, editing.record(id).lockVersion(), changed);
        assertThat(editing.record(id).title()).isEqualTo("放弃更正测试（改）");
        assertThat(editing.findings(id)).anyMatch(f -> f.resolution() == Finding.Resolution.OPEN);

        editing.abandonCorrection(id, editing.record(id).lockVersion());
        GovernmentInformation r = editing.record(id);
        assertThat(r.status()).isEqualTo(RecordStatus.PUBLISHED);
        assertThat(r.title()).isEqualTo("放弃更正测试");
        assertThat(r.bodyHtml()).contains("原文").doesNotContain("13812345678");
        assertThat(r.correctionNote()).isNull();
        assertThat(editing.findings(id)).noneMatch(f -> f.resolution() == Finding.Resolution.OPEN);
        assertThatThrownBy(
                        () -> editing.abandonCorrection(id, editing.record(id).lockVersion()))
                .isInstanceOf(RuleViolation.class);
    }

    /**
     * A record whose correction is under way is still public (its published revision), and the signer is offered to
     * withdraw it: the withdrawal takes it off the public side instead of being told it was handled by someone else.
     */
    @Test
    void publishedInformationUnderCorrectionCanBeWithdrawn() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(unit, draft("更正中撤回测试", null, "<p>原文</p>"));
        publish(id);
        String number = editing.record(id).indexNumber();
        actAs("mz_editor");
        editing.startCorrection(id, editing.record(id).lockVersion());
        actAs("mz_signer");
        GovernmentInformation underCorrection = editing.record(id);
        assertThat(underCorrection.isPublic()).isTrue();
        assertThat(review.canWithdraw(underCorrection)).isTrue();
        review.withdraw(id, underCorrection.lockVersion(), "发现原文有误，撤回后重新审核");
        assertThat(editing.record(id).status()).isEqualTo(RecordStatus.WITHDRAWN);
        assertThatThrownBy(() -> publicInformation.byIndexNumber(number, null)).isInstanceOf(NotFound.class);
        assertThat(editing.reviews(id))
                .last()
                .satisfies(d -> assertThat(d.step()).isEqualTo(ReviewDecision.Step.WITHDRAWAL));
    }

    /**
     * Issue 9 §15: a correction did not remove personal data from earlier revisions. A signer proposes to redact a
     * published revision, another person applies it, and the public sees the revision masked and marked.
     */
    @Test
    void aPublishedRevisionIsRedactedByAReviewedChange() {
        long unit = organizationId("示范县民政局");
        actAs("mz_editor");
        long id = editing.create(unit, draft("依法处理测试", null, "<p>申请人身份证号 " + ID_NUMBER + "，已核实。</p>"));
        editing.accept(id, editing.findings(id).get(0).id(), "当时认为可以公开（测试）");
        publish(id);
        assertThat(publicInformation
                        .page(editing.record(id).indexNumber(), 1)
                        .record()
                        .bodyHtml())
                .contains(ID_NUMBER);

        actAs("mz_editor");
        assertThatThrownBy(() -> redactions.propose(id, 1, "含身份证号码", List.of(), null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_signer");
        assertThat(redactions.revisions(id))
                .singleElement()
                .satisfies(v -> assertThat(v.findings()).isEqualTo(1));
        long redaction = redactions.propose(id, 1, "第 1 版含有申请人身份证号码", List.of(), null);
        assertThatThrownBy(() -> redactions.decide(redaction, true, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不同人员");
        actAs("mz_reviewer");
        redactions.decide(redaction, true, null);

        PublishedInformation first =
                publicInformation.page(editing.record(id).indexNumber(), 1).record();
        assertThat(first.bodyHtml()).doesNotContain(ID_NUMBER).contains("110105********002X");
        assertThat(first.redacted()).isTrue();
        assertThat(editing.record(id).bodyHtml()).as("the working copy too").doesNotContain(ID_NUMBER);
        assertThat(redactions.revisions(id))
                .singleElement()
                .satisfies(v -> assertThat(v.findings()).isZero());
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where target = ? and action like 'INFORMATION_REDACTION_%'")
                        .param("information:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThatThrownBy(() -> redactions.decide(redaction, true, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");
    }

    /**
     * Issue 9 §15, files: a correction replaced the file that held an ID number, but the first revision still served it.
     * The redaction withdraws the named file from every revision; the public page names it as withdrawn, it is not
     * served, and abandoning a later correction does not bring it back.
     */
    @Test
    void aRedactionWithdrawsTheNamedFilesFromThePublic() throws Exception {
        long unit = organizationId("示范县教育局");
        actAs("edu_editor");
        long id = editing.create(unit, draft("资助名单公示（附件处理）", null, "<p>名单见附件。</p>"));
        long listed = editing.attach(
                id,
                editing.record(id).lockVersion(),
                "资助名单.docx",
                AttachmentInspectorTests.docx("学生甲 身份证号 " + ID_NUMBER + " 资助 1000 元 附件处理检索词"));
        editing.accept(id, editing.findings(id).get(0).id(), "当时认为可以公开（测试）");
        publishAs("edu", id);
        actAs("edu_editor");
        editing.startCorrection(id, editing.record(id).lockVersion());
        editing.detach(id, editing.record(id).lockVersion(), listed);
        editing.attach(
                id,
                editing.record(id).lockVersion(),
                "资助名单（已遮盖）.docx",
                AttachmentInspectorTests.docx("学生甲 身份证号 110105********002X 资助 1000 元"));
        InformationDraft corrected = InformationDrafts.draft("资助名单公示（附件处理）")
                .body("<p>名单见附件。</p>")
                .correctionNote("附件遮盖身份证号")
                .build();
        editing.update(id, editing.record(id).lockVersion(), corrected);
        publishAs("edu", id);
        String indexNumber = editing.record(id).indexNumber();
        assertThat(publicInformation.attachment(listed).attachment().fileName())
                .as("served until redacted")
                .isEqualTo("资助名单.docx");

        actAs("edu_signer");
        assertThat(redactions.revisions(id).get(0).files())
                .singleElement()
                .satisfies(f -> assertThat(f.findings()).isEqualTo(1));
        assertThatThrownBy(() -> redactions.propose(id, 1, "第 1 版附件含身份证号码", List.of(), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("勾选要撤下的附件");
        actAs("edu_editor");
        long other = editing.create(unit, draft("另一条信息", null, "<p>正文</p>"));
        long foreign = editing.attach(
                other, editing.record(other).lockVersion(), "无关.docx", AttachmentInspectorTests.docx("无关内容"));
        actAs("edu_signer");
        assertThatThrownBy(() -> redactions.propose(id, 1, "第 1 版附件含身份证号码", List.of(foreign), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不属于");
        long redaction = redactions.propose(id, 1, "第 1 版附件含身份证号码", List.of(listed), null);
        assertThat(redactions.of(id).get(0).withheldFiles()).containsExactly("资助名单.docx");
        actAs("edu_reviewer");
        redactions.decide(redaction, true, null);

        assertThatThrownBy(() -> publicInformation.attachment(listed)).isInstanceOf(NotFound.class);
        PublishedInformation first = publicInformation.page(indexNumber, 1).record();
        assertThat(first.redacted()).isTrue();
        assertThat(first.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("资助名单.docx");
            assertThat(a.withheld()).isTrue();
        });
        assertThat(publicInformation.page(indexNumber, 2).record().attachments())
                .extracting(Attachment::withheld)
                .containsExactly(false);
        assertThat(redactions.revisions(id).get(0).files().get(0).withheld()).isTrue();
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where target = ? and action = 'INFORMATION_REDACTION_DECIDE'")
                        .param("information:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a correction abandoned goes back to the second revision, whose files never included the withheld one
        actAs("edu_editor");
        editing.startCorrection(id, editing.record(id).lockVersion());
        editing.abandonCorrection(id, editing.record(id).lockVersion());
        assertThat(editing.attachments(id)).extracting(Attachment::fileName).containsExactly("资助名单（已遮盖）.docx");
    }

    /**
     * Issue 9 §15, what the scanner cannot know: a name and an address in an earlier revision are masked by the
     * words the signer names; each must be found in the revision, and a bad list is refused whole.
     */
    @Test
    void aRedactionMasksTheWordsTheSignerNames() {
        long unit = organizationId("示范县教育局");
        actAs("edu_editor");
        long id = editing.create(unit, draft("困难学生资助情况（指定内容遮盖）", null, "<p>受助学生<b>张小明</b>，家住城关镇幸福村3组，资助 1000 元。</p>"));
        publishAs("edu", id);
        String indexNumber = editing.record(id).indexNumber();

        actAs("edu_signer");
        assertThatThrownBy(() -> redactions.propose(id, 1, "含学生姓名", List.of(), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("姓名");
        assertThatThrownBy(() -> redactions.propose(id, 1, "含学生姓名", List.of(), "李四"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("“李四”不在第 1 版");
        assertThatThrownBy(() -> redactions.propose(id, 1, "含学生姓名", List.of(), "学生张小明"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("格式分隔");
        assertThatThrownBy(() -> redactions.propose(id, 1, "含学生姓名", List.of(), "张"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("2 到 100");
        assertThatThrownBy(() -> redactions.propose(
                        id,
                        1,
                        "含学生姓名",
                        List.of(),
                        String.join(
                                "\n",
                                java.util.Collections.nCopies(21, "x").stream()
                                        .map(x -> "字词" + x + Math.random())
                                        .toList())))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("最多");
        assertThat(redactions.of(id)).isEmpty();
        long redaction = redactions.propose(id, 1, "第 1 版含受助学生姓名和住址", List.of(), "张小明\n\n 城关镇幸福村3组 \n张小明");
        assertThat(redactions.of(id).get(0).phrases()).containsExactly("张小明", "城关镇幸福村3组");
        actAs("edu_reviewer");
        redactions.decide(redaction, true, null);

        PublishedInformation first = publicInformation.page(indexNumber, 1).record();
        assertThat(first.bodyHtml()).doesNotContain("张小明", "幸福村").contains("<b>＊＊＊</b>", "家住＊＊＊＊＊＊＊＊，");
        assertThat(first.redacted()).isTrue();
        actAs("edu_editor");
        assertThat(editing.record(id).bodyHtml()).as("the working copy too").doesNotContain("张小明");
    }

    /** Submitted by the unit's editor, cleared by its secrecy reviewer, signed off by its signer; the 索引号. */
    private String publishAs(String prefix, long id) {
        actAs(prefix + "_editor");
        editing.submit(id, editing.record(id).lockVersion());
        actAs(prefix + "_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs(prefix + "_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, "同意发布", null);
        return editing.record(id).indexNumber();
    }
}
