package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 11 §5: the supervising office rewrites a paragraph for the units under it; the next letter of a department's
 * case uses it; a handler may not; a stale edit is refused; resetting brings the default back.
 */
class NoticeTemplatesIntegrationTests extends IntegrationTest {

    @Autowired
    NoticeTemplates templates;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestHandling handling;

    @Autowired
    RequestCases requestCases;

    @Test
    void theOfficesWordingReachesItsUnitsLetters() {
        long county = organizationId("示范县人民政府");
        long unit = organizationId("示范县民政局");
        SecurityContextHolder.clearContext();
        long id = intake.applyOnline(RequestIntakeIntegrationTests.application(unit, "钱模板"))
                .id();
        actAs("mz_handler");
        handling.confirmReceipt(id, requestCases.page(id).request().version());
        handling.requestCorrection(
                id, requestCases.page(id).request().version(), java.time.LocalDate.parse("2026-03-02"), null, "请写明年度。");
        assertThat(requestCases
                        .notice(id, Notice.Kind.CORRECTION, null)
                        .paragraphs()
                        .get(0))
                .startsWith("本机关于2026年3月2日收到您提出的政府信息公开申请");
        assertThatThrownBy(() -> templates.save(unit, NoticeTemplate.RECEIVED, "{收到日期}{所需信息}", null))
                .isInstanceOf(AccessDeniedException.class);

        actAs("gkb");
        assertThat(templates.offices()).extracting(o -> o.id()).contains(county);
        String wording = "您于{收到日期}向本机关申请公开{所需信息}，本机关已收到。";
        assertThatThrownBy(() -> templates.save(county, NoticeTemplate.RECEIVED, "您的申请已收到。", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("须保留 {收到日期}");
        templates.save(county, NoticeTemplate.RECEIVED, wording, null);
        assertThatThrownBy(() -> templates.save(county, NoticeTemplate.RECEIVED, wording, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人修改");
        NoticeTemplates.Entry entry = templates.forEditing(county).stream()
                .filter(e -> e.template() == NoticeTemplate.RECEIVED)
                .findFirst()
                .orElseThrow();
        assertThat(entry.ownText()).isEqualTo(wording);
        assertThat(entry.updatedBy()).isEqualTo("gkb");
        assertThat(templates.forEditing(unit).stream()
                        .filter(e -> e.template() == NoticeTemplate.RECEIVED)
                        .findFirst()
                        .orElseThrow()
                        .inheritedFrom())
                .isEqualTo("示范县人民政府");

        actAs("mz_handler");
        assertThat(requestCases
                        .notice(id, Notice.Kind.CORRECTION, null)
                        .paragraphs()
                        .get(0))
                .isEqualTo(
                        "您于2026年3月2日向本机关申请公开“2025年城乡低保资金发放明细”（民政局 2025 年发放情况）本机关已收到。".replace("（民政局 2025 年发放情况）", "，"));

        actAs("gkb");
        templates.reset(county, NoticeTemplate.RECEIVED);
        actAs("mz_handler");
        assertThat(requestCases
                        .notice(id, Notice.Kind.CORRECTION, null)
                        .paragraphs()
                        .get(0))
                .startsWith("本机关于2026年3月2日收到");
    }
}
