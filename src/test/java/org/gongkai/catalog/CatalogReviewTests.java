package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** 先审后发, 逐级审核: the one review path of catalogs and negative lists. */
class CatalogReviewTests {

    @Test
    void aDraftIsSubmittedReviewedLevelByLevelAndOnlyThenPublished() {
        CatalogReview.SUBMIT.check(CatalogStatus.DRAFT, "目录");
        CatalogReview.SUBMIT.check(CatalogStatus.RETURNED, "目录");
        assertThat(CatalogReview.SUBMIT.to()).isEqualTo(CatalogStatus.SUBMITTED);
        assertThat(CatalogReview.decision(true, false).to())
                .as("a level approves, the next reviews")
                .isEqualTo(CatalogStatus.SUBMITTED);
        assertThat(CatalogReview.decision(true, true).to()).isEqualTo(CatalogStatus.REVIEWED);
        assertThat(CatalogReview.decision(false, false).to()).isEqualTo(CatalogStatus.RETURNED);
        CatalogReview.PUBLISH.check(CatalogStatus.REVIEWED, "目录");
        assertThat(CatalogReview.PUBLISH.to()).isEqualTo(CatalogStatus.PUBLISHED);
    }

    @Test
    void illegalMovesAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> CatalogReview.PUBLISH.check(CatalogStatus.SUBMITTED, "负面清单"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("只有审核通过的负面清单才能发布（先审后发）");
        assertThatThrownBy(() -> CatalogReview.SUBMIT.check(CatalogStatus.PUBLISHED, "目录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("新建版本");
        assertThatThrownBy(() -> CatalogReview.decision(true, true).check(CatalogStatus.RETURNED, "目录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");
    }
}
