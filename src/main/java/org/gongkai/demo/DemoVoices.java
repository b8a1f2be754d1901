package org.gongkai.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.consultation.Consultations;
import org.gongkai.consultation.PublicVoices;
import org.springframework.stereotype.Component;

/** The demo county's 回应关切 (linked to the 低保 consultation) and a meeting citizens attended (issue 15 §9, §11). */
@Component
class DemoVoices {

    private final PublicVoices voices;
    private final Consultations consultations;
    private final ZoneId zone;

    DemoVoices(PublicVoices voices, Consultations consultations, Clock clock) {
        this.voices = voices;
        this.consultations = consultations;
        this.zone = clock.getZone();
    }

    void create(Map<String, Long> orgs, Consumer<String> actAs, LocalDate today) {
        long mz = orgs.get("示范县民政局");
        Long consultation = consultations.published(mz).stream()
                .filter(c -> c.title().contains("最低生活保障"))
                .map(c -> c.id())
                .findFirst()
                .orElse(null);
        actAs.accept("mz_editor");
        long response = voices.createResponse(
                mz,
                new PublicVoices.ResponseDraft(
                        "关于低保审核确认办法实施后审核是否更严的回应",
                        "办法出台后，不少群众在留言和走访中询问低保审核会不会更严、已享受低保的家庭会不会被取消。",
                        "网民留言、群众来访",
                        "《示范县最低生活保障审核确认办法》不提高低保标准和审核条件，主要是规范申请、审核、公示的程序和时限。" + "已享受低保的家庭按规定定期复核，家庭情况没有变化的不会被取消。",
                        null,
                        consultation,
                        null));
        actAs.accept("mz_signer");
        voices.publishResponse(response, 0);

        actAs.accept("mz_editor");
        long attendance = voices.createAttendance(
                mz,
                new PublicVoices.AttendanceDraft(
                        "示范县民政局局务会议（养老服务专题）",
                        today.minusDays(20)
                                .atTime(LocalTime.of(9, 0))
                                .atZone(zone)
                                .toInstant(),
                        "居家养老服务补贴办法起草情况\n社区养老服务站运营补贴",
                        "在县政府网站公开征集，从报名的群众代表中随机抽取 2 名，另邀请养老服务机构代表 1 名",
                        "刘大爷（城关镇东街社区居民代表）\n陈阿姨（新华村村民代表）\n何经理（县康乐养老服务中心）",
                        "列席代表建议补贴直接发放到老人账户，民政局已在办法草案中采纳。"));
        actAs.accept("mz_signer");
        voices.publishAttendance(attendance, 0);
    }
}
