package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gongkai.information.InformationQuery;
import org.gongkai.information.PublicInformation;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 回应关切 (issue 15 §11) and 列席 (§9): a response links only public records, a published consultation and a published
 * answer, and appears on the consultation's page once a signer publishes it; a meeting's attendance is published only
 * after the meeting.
 */
class PublicVoiceIntegrationTests extends IntegrationTest {

    @Autowired
    PublicVoices voices;

    @Autowired
    Consultations consultations;

    @Autowired
    PublicInformation information;

    @Test
    void aResponseLinksWhatItConcernsAndShowsOnTheConsultation() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        long mz = organizationId("示范县民政局");
        long consultation = consultations.published(mz).get(0).id();
        String index = information
                .list(new InformationQuery(null, null, null, null, null, null, null, 1, 1))
                .items()
                .get(0)
                .indexNumber();
        actAs("mz_editor");
        assertThatThrownBy(() -> voices.createResponse(
                        mz,
                        new PublicVoices.ResponseDraft(
                                "关于低保标准的回应", "低保标准是否偏低", "网民留言", "回应内容", "NOT/2026-99999", null, null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("NOT/2026-99999");
        long id = voices.createResponse(
                mz,
                new PublicVoices.ResponseDraft(
                        "关于低保审核确认办法的回应",
                        "群众关心办法出台后低保审核是否更严",
                        "网民留言",
                        "办法不提高审核标准，只规范程序。",
                        index + "\n" + index,
                        consultation,
                        null));
        assertThat(voices.responsesTo(consultation))
                .as("not before publication")
                .noneMatch(r -> r.id() == id);
        assertThatThrownBy(() -> voices.publishResponse(id, 0)).isInstanceOf(AccessDeniedException.class);
        actAs("mz_signer");
        voices.publishResponse(id, 0);
        assertThatThrownBy(() -> voices.publishResponse(id, 0)).isInstanceOf(RuleViolation.class);

        SecurityContextHolder.clearContext();
        ConcernResponse r = voices.publishedResponse(id);
        assertThat(r.recordIndexNumbers()).containsExactly(index);
        assertThat(voices.responsesTo(consultation)).anyMatch(x -> x.id() == id);
    }

    @Test
    void attendanceIsPublishedAfterTheMeeting() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        long government = organizationId("示范县城关镇人民政府");
        actAs("cg_editor");
        long id = voices.createAttendance(
                government,
                new PublicVoices.AttendanceDraft(
                        "城关镇人民政府第 5 次镇长办公会议",
                        Instant.parse("2026-03-05T01:00:00Z"),
                        "老旧小区改造方案\n\n集贸市场管理",
                        "在镇政府网站公开报名，从报名者中随机抽取",
                        "赵敏（东街社区居民代表）\n钱亮（个体工商户）",
                        null));
        actAs("cg_signer");
        assertThatThrownBy(() -> voices.publishAttendance(id, 0))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("尚未召开");
        clock.set(Instant.parse("2026-03-05T08:00:00Z"));
        voices.publishAttendance(id, 0);
        SecurityContextHolder.clearContext();
        MeetingAttendance a = voices.publishedAttendance(id);
        assertThat(a.topics()).containsExactly("老旧小区改造方案", "集贸市场管理");
        assertThat(a.attendees()).hasSize(2);
        assertThatThrownBy(() -> voices.publishedAttendance(999_999)).isInstanceOf(NotFound.class);
    }
}
