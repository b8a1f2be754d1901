package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.information.Decisions;
import org.gongkai.information.InformationDrafts;
import org.gongkai.information.InformationEditing;
import org.gongkai.information.InformationReview;
import org.gongkai.information.PublicInformation;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 公开征求意见 (国务院令第713号 第十五、三十二条; issue 15 §4–5) on the fixed clock (Monday 2026-03-02): a period shorter
 * than 30 days needs its published reason; the public comments on a numbered paragraph while it is open, name
 * optional and contact sealed; comments are moderated with personal information masked; the 意见采纳情况 comes after
 * the period, with reasons where not adopted; the decision's record cannot be published before it, and links to it.
 */
class ConsultationIntegrationTests extends IntegrationTest {

    private static final String DRAFT =
            "第一条 为规范城区停车管理，制定本办法。\n" + "第二条 本办法适用于县城规划区内的公共停车场。\n" + "第三条 公共停车场实行政府指导价，首小时免费。\n" + "第四条 本办法自发布之日起施行。";

    @Autowired
    Consultations consultations;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    Decisions decisions;

    @Autowired
    PublicInformation publicInformation;

    private ConsultationDraft draft(LocalDate opens, LocalDate closes, String reason) {
        return new ConsultationDraft(
                "关于公开征求《示范县城区停车管理办法（征求意见稿）》意见的公告",
                DRAFT,
                "为解决城区停车难问题，起草了本办法。",
                "《中华人民共和国道路交通安全法》",
                "在本网站本页面提交意见。",
                opens,
                closes,
                reason);
    }

    private static void asThePublic() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aShortenedConsultationIsCommentedModeratedAnsweredAndTheDecisionFollowsIt() {
        long unit = organizationId("示范县民政局");
        LocalDate today = LocalDate.of(2026, 3, 2);
        actAs("mz_editor");
        assertThatThrownBy(() -> consultations.create(unit, draft(today, today.plusDays(18), null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("19 日，少于 30 日");
        long id = consultations.create(unit, draft(today, today.plusDays(18), "春节后停车矛盾突出，需在4月前出台"));
        assertThatThrownBy(
                        () -> consultations.publish(id, consultations.find(id).version()))
                .as("the editor drafts, a signer publishes")
                .isInstanceOf(AccessDeniedException.class);
        actAs("mz_signer");
        consultations.publish(id, consultations.find(id).version());
        assertThat(consultations.find(id).phase(today)).isEqualTo(ConsultationPhase.OPEN);

        asThePublic();
        var first = consultations.comment(id, 3, "建议首小时免费改为首半小时免费。我的身份证号 11010519491231002X", "李先生", "13800001111");
        consultations.comment(id, null, "支持出台本办法。", null, null);
        long spam = consultations.comment(id, null, "广告：低价出售车位", null, null).commentId();
        assertThatThrownBy(() -> consultations.comment(id, 9, "第九段呢？", null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("共 4 段");
        assertThat(consultations.publicView(id).comments())
                .as("nothing public before moderation")
                .isEmpty();
        assertThat(consultations.publicView(id).received()).isEqualTo(3);
        assertThat(jdbc.sql("select contact_sealed from consultation_comment where id = ?")
                        .param(first.commentId())
                        .query(String.class)
                        .single())
                .doesNotContain("13800001111");

        actAs("mz_editor");
        List<Comment> pending = consultations.comments(id);
        assertThat(pending).allMatch(c -> c.status() == CommentStatus.PENDING);
        Comment withId = pending.stream()
                .filter(c -> c.id() == first.commentId())
                .findFirst()
                .orElseThrow();
        assertThat(withId.personalFound()).isTrue();
        assertThat(withId.preview()).doesNotContain("11010519491231002X");
        assertThat(consultations.contact(id, first.commentId())).contains("13800001111");
        for (Comment c : pending) {
            if (c.id() == spam) {
                assertThatThrownBy(() -> consultations.moderate(id, spam, c.version(), false, null))
                        .isInstanceOf(RuleViolation.class)
                        .hasMessageContaining("理由");
                consultations.moderate(id, spam, c.version(), false, "广告");
            } else {
                consultations.moderate(id, c.id(), c.version(), true, null);
            }
        }
        asThePublic();
        var view = consultations.publicView(id);
        assertThat(view.comments()).hasSize(2);
        assertThat(view.comments().get(0).paragraph()).isEqualTo(3);
        assertThat(view.comments().get(0).name()).isEqualTo("李先生");
        assertThat(view.comments().get(0).text()).contains("首半小时").doesNotContain("11010519491231002X");
        assertThat(view.comments()).extracting(PublicComment::text).noneMatch(t -> t.contains("广告"));

        // the decision's record names the consultation and waits for its feedback
        actAs("mz_editor");
        long decision = editing.create(
                unit,
                InformationDrafts.draft("示范县城区停车管理办法")
                        .documentNumber("示民规〔2026〕3号")
                        .build());
        decisions.linkConsultation(decision, editing.record(decision).lockVersion(), id);
        editing.submit(decision, editing.record(decision).lockVersion());
        actAs("mz_reviewer");
        review.secrecyReview(decision, editing.record(decision).lockVersion(), true, null);
        actAs("mz_signer");
        assertThatThrownBy(
                        () -> review.signOff(decision, editing.record(decision).lockVersion(), true, null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("须先发布意见采纳情况");

        actAs("mz_editor");
        assertThatThrownBy(() ->
                        consultations.setFeedback(id, consultations.find(id).version(), "说明", List.of()))
                .as("not before the period ends")
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("截止后");
        advance(Duration.ofDays(19)); // 2026-03-21, the day after the last
        asThePublic();
        assertThatThrownBy(() -> consultations.comment(id, null, "还来得及吗？", null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已于 2026-03-20 截止");
        actAs("mz_editor");
        assertThatThrownBy(() -> consultations.setFeedback(
                        id,
                        consultations.find(id).version(),
                        "共收到意见 3 条。",
                        List.of(new FeedbackItem("首小时免费改为首半小时免费", Adoption.PARTLY_ADOPTED, null))))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请说明理由");
        consultations.setFeedback(
                id,
                consultations.find(id).version(),
                "共收到意见 3 条，公开 2 条，1 条为广告未予公开。",
                List.of(
                        new FeedbackItem("首小时免费改为首半小时免费", Adoption.PARTLY_ADOPTED, "医院、学校周边改为首半小时免费"),
                        new FeedbackItem("支持出台", Adoption.ADOPTED, null)));
        actAs("mz_signer");
        consultations.publishFeedback(id, consultations.find(id).version());
        review.signOff(decision, editing.record(decision).lockVersion(), true, null, null);

        asThePublic();
        view = consultations.publicView(id);
        assertThat(view.phase()).isEqualTo(ConsultationPhase.FEEDBACK_PUBLISHED);
        assertThat(view.feedback())
                .extracting(FeedbackItem::adoption)
                .containsExactly(Adoption.PARTLY_ADOPTED, Adoption.ADOPTED);
        assertThat(decisions.decisionsOf(id)).extracting(r -> r.recordId()).containsExactly(decision);
        assertThat(decisions.publicConsultation(decision))
                .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(id));
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'CONSULTATION_%' and target = ?")
                        .param("consultation:" + id)
                        .query(Long.class)
                        .single())
                .as("every write audited")
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void anAnnouncedConsultationTakesNoCommentYet_andAPeriodThatHasBegunCannotBePublished() {
        long unit = organizationId("示范县教育局");
        LocalDate today = LocalDate.of(2026, 3, 2);
        actAs("edu_editor");
        long later = consultations.create(unit, draft(today.plusDays(5), today.plusDays(40), null));
        long past = consultations.create(unit, draft(today.minusDays(1), today.plusDays(35), null));
        actAs("edu_signer");
        consultations.publish(later, consultations.find(later).version());
        assertThatThrownBy(() ->
                        consultations.publish(past, consultations.find(past).version()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("开始日期（2026-03-01）已过");
        asThePublic();
        assertThat(consultations.publicView(later).phase()).isEqualTo(ConsultationPhase.ANNOUNCED);
        assertThatThrownBy(() -> consultations.comment(later, null, "意见", null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("将于 2026-03-07 开始");
        assertThatThrownBy(() -> consultations.publicView(past))
                .as("a draft is not public")
                .isInstanceOf(org.gongkai.shared.NotFound.class);
        actAs("edu_editor");
        assertThatThrownBy(() -> consultations.update(
                        later, consultations.find(later).version(), draft(today.plusDays(5), today.plusDays(50), null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能再修改");
    }
}
