package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 政策解读 and 三同步 (issue 15 §1–3): a policy that needs an interpretation is signed off with it and both publish
 * together, linked both ways; an interpretation of a policy not yet public cannot go alone; one added after the policy
 * is late after three working days; 图解 and 音视频 carry their text; what a revision publishes stays until the next.
 */
class InterpretationIntegrationTests extends IntegrationTest {

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    Interpretations interpretations;

    @Autowired
    RecordPages pages;

    @Autowired
    PublicInformation publicInformation;

    @Test
    void aNormativeDocumentIsSignedOffWithItsQaInterpretation_andBothPublishLinkedBothWays() {
        long unit = organizationId("示范县教育局");
        actAs("edu_editor");
        long policy = editing.create(
                unit,
                InformationDrafts.draft("示范县学前教育资助管理办法")
                        .documentNumber("示教规〔2026〕1号")
                        .needsInterpretation(null)
                        .build());
        assertThat(editing.record(policy).needsInterpretation())
                .as("行政规范性文件 need interpretation by default")
                .isTrue();
        clear(policy);
        actAs("edu_signer");
        assertThatThrownBy(() -> review.signOff(policy, editing.record(policy).lockVersion(), true, null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("需要政策解读");
        assertThat(editing.record(policy).status()).isEqualTo(RecordStatus.CLEARED);

        actAs("edu_editor");
        long qa = editing.create(unit, interpretationDraft("《示范县学前教育资助管理办法》政策问答"));
        assertThatThrownBy(() -> editing.submit(qa, editing.record(qa).lockVersion()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("解读形式");
        assertThatThrownBy(() -> describe(qa, InterpretationForm.GRAPHIC, "基础教育股", null, List.of(policy), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("图解文字说明");
        assertThatThrownBy(() -> describe(qa, InterpretationForm.QA, " ", null, List.of(policy), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("谁起草、谁解读");
        assertThatThrownBy(() -> describe(qa, InterpretationForm.QA, "基础教育股", null, List.of(), "MB0000000/2026-99999"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("MB0000000/2026-99999");
        describe(qa, InterpretationForm.QA, "示范县教育局基础教育股", null, List.of(policy), null);
        var panel = pages.page(policy).interpretation();
        assertThat(panel.interpretations())
                .extracting(Interpretations.Linked::id)
                .containsExactly(qa);

        clear(qa);
        actAs("edu_signer");
        assertThatThrownBy(() -> review.signOff(qa, editing.record(qa).lockVersion(), true, null, null))
                .as("an interpretation of a policy not yet public goes with the policy")
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("尚未发布");
        assertThat(pages.page(policy).interpretation().signedWith())
                .extracting(GovernmentInformation::id)
                .containsExactly(qa);
        review.signOff(policy, editing.record(policy).lockVersion(), true, "同意", null);

        GovernmentInformation p = editing.record(policy);
        GovernmentInformation i = editing.record(qa);
        assertThat(p.status()).isEqualTo(RecordStatus.PUBLISHED);
        assertThat(i.status()).isEqualTo(RecordStatus.PUBLISHED);
        assertThat(i.firstPublishedAt()).isEqualTo(p.firstPublishedAt());
        assertThat(editing.reviews(qa)).anySatisfy(d -> assertThat(d.comment()).contains("与《示范县学前教育资助管理办法》同步签发"));

        PublicInformation.RecordPage policyPage = publicInformation.page(p.indexNumber(), null);
        assertThat(policyPage.interpretations())
                .containsExactly(new PublishedInformation.InterpretationLink(
                        qa, i.indexNumber(), i.title(), InterpretationForm.QA));
        PublicInformation.RecordPage qaPage = publicInformation.page(i.indexNumber(), null);
        assertThat(qaPage.explains())
                .containsExactly(new PublishedInformation.RelatedRecord(policy, p.indexNumber(), p.title()));
        assertThat(qaPage.interpretation()).isEqualTo(new Interpretation(InterpretationForm.QA, "示范县教育局基础教育股", null));

        // a correction of the interpretation changes its form and links only when it is published; abandoned, the
        // working copy is the published revision's again
        actAs("edu_editor");
        editing.startCorrection(qa, editing.record(qa).lockVersion());
        describe(qa, InterpretationForm.AUDIO_VIDEO, "局长访谈", "主持人：……\n局长：资助对象包括……", List.of(), p.indexNumber());
        assertThat(publicInformation
                        .page(i.indexNumber(), null)
                        .interpretation()
                        .form())
                .isEqualTo(InterpretationForm.QA);
        editing.abandonCorrection(qa, editing.record(qa).lockVersion());
        assertThat(editing.record(qa).interpretation())
                .isEqualTo(new Interpretation(InterpretationForm.QA, "示范县教育局基础教育股", null));
        assertThat(pages.page(qa).interpretation().explained())
                .extracting(Interpretations.Linked::id)
                .containsExactly(policy);

        // withdrawn, the interpretation leaves the policy's page
        actAs("edu_signer");
        review.withdraw(qa, editing.record(qa).lockVersion(), "解读内容需重新组织");
        assertThat(publicInformation.page(p.indexNumber(), null).interpretations())
                .isEmpty();
    }

    @Test
    void anInterpretationAddedAfterItsPolicyIsLateAfterThreeWorkingDays() {
        long unit = organizationId("示范县教育局");
        actAs("edu_editor");
        long policy = editing.create(
                unit,
                InformationDrafts.draft("示范县中小学课后服务管理办法")
                        .documentNumber("示教规〔2026〕2号")
                        .needsInterpretation(false)
                        .build());
        publish(policy);
        GovernmentInformation p = editing.record(policy);
        advance(Duration.ofDays(7)); // Monday 2026-03-02 → Monday 03-09: five working days later

        actAs("edu_editor");
        assertThat(pages.page(policy).interpretation().interpretations()).isEmpty();
        long graphic = editing.create(unit, interpretationDraft("一图读懂《示范县中小学课后服务管理办法》"));
        describe(
                graphic,
                InterpretationForm.GRAPHIC,
                "示范县教育局",
                "图一：课后服务时间为每个上学日放学后两小时。\n图二：自愿参加，费用按规定收取。",
                List.of(),
                p.indexNumber());
        assertThat(pages.page(policy).interpretation().interpretations())
                .singleElement()
                .satisfies(l -> assertThat(l.lateness()).contains("文件已发布 5 个工作日，解读尚未发布"));
        publish(graphic);

        assertThat(pages.page(policy).interpretation().interpretations())
                .singleElement()
                .satisfies(l -> assertThat(l.lateness()).isEqualTo("晚于文件 5 个工作日发布（应在 3 个工作日内）"));
        assertThat(publicInformation.page(p.indexNumber(), null).interpretations())
                .extracting(PublishedInformation.InterpretationLink::form)
                .containsExactly(InterpretationForm.GRAPHIC);
        assertThat(publicInformation
                        .page(editing.record(graphic).indexNumber(), null)
                        .interpretation()
                        .text())
                .startsWith("图一：课后服务时间");
    }

    @Test
    void onlyAnInterpretationIsDescribed_andItExplainsOnlyItsUnitsRecordsOrPublishedOnes() {
        long unit = organizationId("示范县教育局");
        actAs("edu_editor");
        long notice = editing.create(
                unit, InformationDrafts.bareNotice("关于开展课后服务满意度调查的通知").build());
        assertThatThrownBy(() -> describe(notice, InterpretationForm.TEXT, "教育局", null, List.of(notice), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("体裁为“政策解读”");
        actAs("mz_editor");
        long other = editing.create(
                organizationId("示范县民政局"), InformationDrafts.draft("民政局的办法").build());
        actAs("edu_editor");
        long text = editing.create(unit, interpretationDraft("关于课后服务的文字解读"));
        assertThatThrownBy(() -> describe(text, InterpretationForm.TEXT, "教育局", null, List.of(other), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能关联");
        assertThatThrownBy(() -> describe(text, InterpretationForm.TEXT, "教育局", null, List.of(text), null))
                .as("not itself, nor another interpretation")
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能关联");
        assertThatThrownBy(() -> describe(text, InterpretationForm.TEXT, "教育局", null, null, " ，"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请选择所解读的文件");
        assertThat(editing.record(text).interpretation()).isNull();
    }

    private static InformationDraft interpretationDraft(String title) {
        return InformationDrafts.draft(title)
                .type(DocumentType.INTERPRETATION)
                .documentNumber(null)
                .formedDate(LocalDate.of(2026, 3, 2))
                .writtenDate(null)
                .column(null)
                .needsInterpretation(null)
                .body("<p>一、出台背景。</p><p>二、主要内容。</p>")
                .build();
    }

    private void describe(
            long id, InterpretationForm form, String author, String text, List<Long> explained, String numbers) {
        interpretations.describe(id, editing.record(id).lockVersion(), form, author, text, explained, numbers);
    }

    private void clear(long id) {
        actAs("edu_editor");
        editing.submit(id, editing.record(id).lockVersion());
        actAs("edu_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
    }

    private void publish(long id) {
        clear(id);
        actAs("edu_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, null, null);
        actAs("edu_editor");
    }
}
