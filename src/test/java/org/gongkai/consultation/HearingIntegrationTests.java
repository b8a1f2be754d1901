package org.gongkai.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 听证 (国务院令第713号 第十六条; issue 15 §7) on a fixed clock: an announcement too late for the materials to reach the
 * participants 7 days before is refused with the first possible day; the participant list is published before the
 * hearing; materials delivered late force a rescheduling with its published reason; the record is published only after
 * a hearing held as the article requires.
 */
class HearingIntegrationTests extends IntegrationTest {

    @Autowired
    Hearings hearings;

    private void on(String instant) {
        clock.set(Instant.parse(instant));
    }

    private HearingDraft draft(String heldAt) {
        return new HearingDraft(
                "示范县城区管道燃气价格调整听证会",
                "一、居民用气价格由每立方米 2.60 元调整为 2.85 元。\n二、非居民用气价格同步调整。",
                "依据燃气企业成本监审结果提出调价方案。",
                Instant.parse(heldAt),
                "示范县政务中心三楼会议室",
                "听证参加人 15 名：消费者 7 名、经营者 2 名、专家学者 2 名、人大代表政协委员 2 名、政府部门 2 名；消费者由自愿报名者随机抽取。",
                "3 月 10 日前电话报名。");
    }

    private int version(long id) {
        return hearings.find(id).version();
    }

    @Test
    void theDatesOfArticleSixteenAreChecked() {
        long unit = organizationId("示范县民政局");
        on("2026-03-02T02:00:00Z");
        actAs("mz_editor");
        long id = hearings.create(unit, draft("2026-03-06T02:00:00Z"));
        assertThatThrownBy(() -> hearings.announce(id, version(id))).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> hearings.publicHearing(id))
                .as("a draft is not public")
                .isInstanceOf(NotFound.class);

        actAs("mz_signer");
        assertThatThrownBy(() -> hearings.announce(id, version(id)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("7 日前")
                .hasMessageContaining("2026-03-09 或以后");
        actAs("mz_editor");
        hearings.update(id, version(id), draft("2026-03-20T01:30:00Z"));
        actAs("mz_signer");
        hearings.announce(id, version(id));
        assertThatThrownBy(() -> hearings.publishRecord(id, version(id), "记录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("参加人名单");
        assertThatThrownBy(() -> hearings.publishParticipants(id, version(id)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("先填写听证参加人");

        actAs("mz_editor");
        hearings.setParticipants(id, version(id), "张三（消费者）\n\n李四（燃气公司）\n王五（县人大代表）");
        actAs("mz_signer");
        hearings.publishParticipants(id, version(id));
        assertThat(hearings.publicHearing(id).participantList()).hasSize(3);

        on("2026-03-16T02:00:00Z");
        actAs("mz_editor");
        assertThatThrownBy(() -> hearings.recordMaterials(id, version(id), LocalDate.of(2026, 3, 17)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> hearings.recordMaterials(id, version(id), LocalDate.of(2026, 3, 16)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不足 7 日")
                .hasMessageContaining("2026-03-23 或以后");
        actAs("mz_signer");
        assertThatThrownBy(() -> hearings.reschedule(id, version(id), Instant.parse("2026-03-25T01:30:00Z"), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("改期理由");
        hearings.reschedule(id, version(id), Instant.parse("2026-03-25T01:30:00Z"), "部分听证材料需补充成本监审报告");
        actAs("mz_editor");
        hearings.recordMaterials(id, version(id), LocalDate.of(2026, 3, 16));
        actAs("mz_signer");
        assertThatThrownBy(() -> hearings.publishRecord(id, version(id), "记录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("尚未举行");

        on("2026-03-25T06:00:00Z");
        int stale = version(id);
        hearings.publishRecord(id, stale, "听证会于 3 月 25 日举行，15 名参加人发言，多数同意调价方案，建议对低保户给予补贴。");
        assertThatThrownBy(() -> hearings.publishRecord(id, stale, "再次")).isInstanceOf(RuleViolation.class);

        SecurityContextHolder.clearContext();
        Hearing held = hearings.publicHearing(id);
        assertThat(held.status()).isEqualTo(HearingStatus.RECORD_PUBLISHED);
        assertThat(held.rescheduledReason()).contains("成本监审报告");
        assertThat(held.recordText()).contains("多数同意");
        assertThat(hearings.published()).anyMatch(h -> h.id() == id);
        assertThat(jdbc.sql("select count(*) from audit_entry where target = ? and action like 'HEARING_%'")
                        .param("hearing:" + id)
                        .query(Long.class)
                        .single())
                .as("every write audited")
                .isGreaterThanOrEqualTo(8);
    }
}
