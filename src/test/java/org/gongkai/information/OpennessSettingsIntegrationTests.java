package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The 索引号 pattern is the supervising office's to set, checked so numbers stay unique; the unit writes its guide text. */
class OpennessSettingsIntegrationTests extends IntegrationTest {

    @Autowired
    OpennessSettings settings;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Test
    void aUnitsOwnPatternNumbersItsNextPublicationsAndBadPatternsAreExplained() {
        long unit = organizationId("示范县城关镇人民政府");
        actAs("cg_editor");
        assertThatThrownBy(() -> settings.setIndexPattern(unit, "CG-{yyyy}-{nnnn}"))
                .isInstanceOf(AccessDeniedException.class);
        settings.setGuideText(unit, "本镇政府信息公开场所设在便民服务中心一楼。\n<script>alert(1)</script>");
        // issue 9 §19: submitted, not public until a signer (not the submitter) signs it off
        assertThat(settings.guideText(unit)).isNull();
        assertThat(settings.guideDraft(unit))
                .hasValueSatisfying(d -> assertThat(d.html()).contains("便民服务中心").doesNotContain("<script"));
        assertThatThrownBy(() -> settings.signOffGuide(unit, version(unit), true, null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("cg_signer");
        settings.signOffGuide(unit, version(unit), true, null);
        assertThat(settings.guideText(unit)).contains("便民服务中心").doesNotContain("<script");
        assertThatThrownBy(() -> settings.signOffGuide(unit, version(unit), true, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");

        // the scan: personal information in the guide text is refused with what to change
        actAs("cg_editor");
        assertThatThrownBy(() -> settings.setGuideText(unit, "咨询请联系王某，手机 13812345678。"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("手机号码 138****5678");
        settings.setGuideText(unit, "咨询电话见上方联系方式。");
        actAs("cg_signer");
        assertThatThrownBy(() -> settings.signOffGuide(unit, version(unit), false, " "))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("意见");
        // issue 10: a text resubmitted while the signer read the first one is not published unseen
        int seen = version(unit);
        actAs("cg_editor");
        settings.setGuideText(unit, "咨询电话：0818-6210000（工作日）。");
        actAs("cg_signer");
        assertThatThrownBy(() -> settings.signOffGuide(unit, seen, true, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("重新提交");
        assertThat(settings.guideText(unit)).contains("便民服务中心");
        settings.signOffGuide(unit, version(unit), false, "请写明具体电话");
        assertThat(settings.guideText(unit)).contains("便民服务中心");
        actAs("cg_editor");
        assertThat(settings.guideDraft(unit))
                .hasValueSatisfying(d -> assertThat(d.returnComment()).isEqualTo("请写明具体电话"));

        actAs("gkb");
        assertThatThrownBy(() -> settings.setIndexPattern(unit, "CG-{nnnn}"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("{yyyy}");
        assertThatThrownBy(() -> settings.setIndexPattern(unit, "CG?{yyyy}-{nnnn}"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("字母");
        settings.setIndexPattern(unit, "CG-{yyyy}{mm}-{nnnn}");

        actAs("cg_editor");
        long id = editing.create(
                unit,
                InformationDrafts.bareNotice("城关镇索引号规则测试通知")
                        .formedDate(LocalDate.of(2026, 3, 1))
                        .build());
        editing.submit(id, editing.record(id).lockVersion());
        actAs("cg_reviewer");
        review.secrecyReview(id, editing.record(id).lockVersion(), true, null);
        actAs("cg_signer");
        review.signOff(id, editing.record(id).lockVersion(), true, null, null);
        assertThat(editing.record(id).indexNumber()).matches("CG-202603-\\d{4}");
    }

    private int version(long unit) {
        return settings.guideDraft(unit).map(DisclosureGuideDraft::version).orElse(-1);
    }
}
