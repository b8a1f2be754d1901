package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 咨询建言 (issue 15 §10) on a fixed clock: the answer period of 10 working days from the day after receipt; a
 * question answered in time and published with its personal information masked; one the asker kept private, readable
 * only with the code; a transfer that does not restart the clock; a message closed as not effective; and one left
 * unanswered that the unit is reminded of, that turns late, is escalated to the supervising office at two months, urged,
 * and counted as the inspection's veto after three months — until it is answered late.
 */
class InquiryIntegrationTests extends IntegrationTest {

    @Autowired
    Inquiries inquiries;

    private void on(String day) {
        clock.set(Instant.parse(day + "T02:00:00Z")); // 10:00 in Beijing
    }

    private static void asThePublic() {
        SecurityContextHolder.clearContext();
    }

    private int version(long id) {
        return jdbc.sql("select version from inquiry where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void aQuestionAnsweredInTimeIsPublishedWithItsPersonalInformationMasked() {
        long unit = organizationId("示范县民政局");
        on("2026-03-02");
        asThePublic();
        assertThatThrownBy(() -> inquiries.ask(unit, " ", "内容", null, null, true))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("留言标题");
        var asked = inquiries.ask(unit, "低保申请要多久？", "我母亲身份证号 11010519491231002X，申请低保要等多久？", "王女士", "13900002222", true);
        assertThat(asked.dueOn())
                .as("10 working days from the day after receipt: 3–6, 9–13, 16 March")
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(asked.trackingCodeDisplay()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(inquiries.published(unit, null)).noneMatch(a -> a.id() == asked.id());
        assertThat(jdbc.sql("select contact_sealed from inquiry where id = ?")
                        .param(asked.id())
                        .query(String.class)
                        .single())
                .doesNotContain("13900002222");

        actAs("edu_editor");
        assertThatThrownBy(() -> inquiries.answer(asked.id(), 0, "答复", true, null))
                .as("another unit's editor")
                .isInstanceOf(AccessDeniedException.class);

        on("2026-03-10");
        actAs("mz_editor");
        assertThat(inquiries.contact(asked.id())).contains("13900002222");
        assertThatThrownBy(() -> inquiries.answer(asked.id(), version(asked.id()), "  ", true, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("答复内容");
        assertThatThrownBy(() -> inquiries.answer(asked.id(), version(asked.id()), "答复", false, null))
                .as("the asker agreed: keeping it private needs a reason")
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("理由");
        int stale = version(asked.id());
        inquiries.answer(asked.id(), stale, "低保审核审批时限为 30 个工作日，请留意乡镇通知。", true, null);
        assertThatThrownBy(() -> inquiries.answer(asked.id(), stale, "再答一次", true, null))
                .isInstanceOf(RuleViolation.class);

        asThePublic();
        var published = inquiries.publishedAnswer(asked.id());
        assertThat(published.question()).doesNotContain("11010519491231002X").contains("低保");
        assertThat(published.answer()).contains("30 个工作日");
        assertThat(published.unitName()).isEqualTo("示范县民政局");
        assertThat(inquiries.published(unit, null)).anyMatch(a -> a.id() == asked.id());
        assertThat(inquiries.figures(unit).answered()).isGreaterThanOrEqualTo(1);
        assertThat(inquiries.track(asked.trackingCodeDisplay().toLowerCase()))
                .hasValueSatisfying(t -> assertThat(t.inquiry().status()).isEqualTo(InquiryStatus.ANSWERED));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'INQUIRY_CONTACT_READ' and target = ?")
                        .param("inquiry:" + asked.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPrivateQuestionATransferAndAMessageThatIsNotEffective() {
        long mz = organizationId("示范县民政局");
        long edu = organizationId("示范县教育局");
        on("2026-03-02");
        asThePublic();
        var privateOne = inquiries.ask(mz, "个人问题", "我家的低保为什么停了？", null, null, false);
        var misrouted = inquiries.ask(mz, "入学报名", "小学入学报名什么时候开始？", null, null, true);
        var spam = inquiries.ask(mz, "广告", "低价代办各类证件", null, null, true);

        on("2026-03-04");
        actAs("mz_editor");
        assertThatThrownBy(() -> inquiries.answer(privateOne.id(), version(privateOne.id()), "答复", true, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不同意公开");
        inquiries.answer(privateOne.id(), version(privateOne.id()), "经核查，您家庭收入已超过标准。", false, null);
        inquiries.transfer(misrouted.id(), version(misrouted.id()), edu, "入学报名属教育局职责");
        assertThatThrownBy(() -> inquiries.page(misrouted.id()))
                .as("the transferred question is the other unit's now")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inquiries.declareInvalid(spam.id(), version(spam.id()), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("理由");
        inquiries.declareInvalid(spam.id(), version(spam.id()), "广告");

        actAs("edu_editor");
        Inquiry moved = inquiries.page(misrouted.id()).line().inquiry();
        assertThat(moved.organizationId()).isEqualTo(edu);
        assertThat(moved.dueOn()).as("a transfer never buys time").isEqualTo(misrouted.dueOn());
        assertThat(inquiries.page(misrouted.id()).transferredFromName()).isEqualTo("示范县民政局");

        asThePublic();
        assertThatThrownBy(() -> inquiries.publishedAnswer(privateOne.id())).isInstanceOf(NotFound.class);
        assertThat(inquiries.track(privateOne.trackingCode()))
                .hasValueSatisfying(t -> assertThat(t.inquiry().answer()).contains("收入已超过标准"));
        assertThat(inquiries.track(spam.trackingCode()))
                .hasValueSatisfying(t -> assertThat(t.inquiry().invalidReason()).isEqualTo("广告"));
        assertThatThrownBy(() -> inquiries.track("not-a-code"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("12 位");
        assertThat(inquiries.track("2345-6789-ABCD")).isEmpty();
    }

    @Test
    void anUnansweredQuestionIsRemindedLateEscalatedUrgedAndVetoedUntilAnsweredLate() {
        long unit = organizationId("示范县城关镇人民政府");
        on("2026-03-02");
        asThePublic();
        var asked = inquiries.ask(unit, "路灯不亮", "城关镇东街路灯已坏一个月。", "居民", null, true);
        long id = asked.id();

        on("2026-03-12"); // 2 working days left: 13 and 16 March
        actAs("cg_editor");
        assertThat(line(inquiries.reminders(), id).urgency()).isEqualTo(InquiryUrgency.DUE_SOON);
        actAs("mz_editor");
        assertThat(inquiries.reminders())
                .as("another unit's staff")
                .noneMatch(l -> l.inquiry().id() == id);

        on("2026-03-17");
        actAs("cg_editor");
        Inquiries.Line late = line(inquiries.reminders(), id);
        assertThat(late.urgency()).isEqualTo(InquiryUrgency.OVERDUE);
        assertThat(late.daysLeft()).isEqualTo(-1);
        actAs("gkb");
        assertThat(line(inquiries.supervision().waitingLate(), id).urgency()).isEqualTo(InquiryUrgency.OVERDUE);
        actAs("cg_editor");
        assertThatThrownBy(() -> inquiries.supervision())
                .as("the supervising office's list")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inquiries.urge(id, version(id), "请尽快答复")).isInstanceOf(AccessDeniedException.class);

        on("2026-05-04");
        actAs("gkb");
        assertThat(line(inquiries.supervision().waitingLate(), id).urgency()).isEqualTo(InquiryUrgency.ESCALATED);
        inquiries.urge(id, version(id), "已超过 2 个月，请于本周内答复");
        actAs("cg_editor");
        assertThat(inquiries.page(id).line().inquiry().urgeNote()).contains("本周内答复");

        on("2026-06-03");
        actAs("gkb");
        Inquiries.Supervision s = inquiries.supervision();
        assertThat(line(s.waitingLate(), id).urgency()).isEqualTo(InquiryUrgency.VETO);
        assertThat(s.vetoes()).isGreaterThanOrEqualTo(1);
        assertThat(s.waitingLate().get(0).urgency()).as("the worst first").isEqualTo(InquiryUrgency.VETO);

        actAs("cg_editor");
        inquiries.answer(id, version(id), "路灯已于本周修复。", true, null);
        actAs("gkb");
        s = inquiries.supervision();
        assertThat(s.waitingLate()).noneMatch(l -> l.inquiry().id() == id);
        assertThat(s.answeredLate())
                .anyMatch(l -> l.inquiry().id() == id && l.inquiry().answeredLate());
        assertThat(s.units()).anyMatch(u -> u.organizationId() == unit && u.answered() > u.inTime());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'INQUIRY_ANSWER' and target = ? "
                                + "and detail like '超期答复%'")
                        .param("inquiry:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static Inquiries.Line line(List<Inquiries.Line> lines, long id) {
        return lines.stream()
                .filter(l -> l.inquiry().id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("inquiry " + id + " not in " + lines));
    }
}
