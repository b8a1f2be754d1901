package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** 先审后发, 逐级审核: the one review path of catalogs and negative lists. */
class ReviewMoveTests {

    @Test
    void aDraftIsSubmittedReviewedLevelByLevelAndOnlyThenPublished() {
        ReviewMove.SUBMIT.check(CatalogStatus.DRAFT, "目录");
        ReviewMove.SUBMIT.check(CatalogStatus.RETURNED, "目录");
        assertThat(ReviewMove.SUBMIT.to()).isEqualTo(CatalogStatus.SUBMITTED);
        assertThat(ReviewMove.decision(true, false).to())
                .as("a level approves, the next reviews")
                .isEqualTo(CatalogStatus.SUBMITTED);
        assertThat(ReviewMove.decision(true, true).to()).isEqualTo(CatalogStatus.REVIEWED);
        assertThat(ReviewMove.decision(false, false).to()).isEqualTo(CatalogStatus.RETURNED);
        ReviewMove.PUBLISH.check(CatalogStatus.REVIEWED, "目录");
        assertThat(ReviewMove.PUBLISH.to()).isEqualTo(CatalogStatus.PUBLISHED);
    }

    @Test
    void illegalMovesAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> ReviewMove.PUBLISH.check(CatalogStatus.SUBMITTED, "负面清单"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("只有审核通过的负面清单才能发布（先审后发）");
        assertThatThrownBy(() -> ReviewMove.SUBMIT.check(CatalogStatus.PUBLISHED, "目录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("新建版本");
        assertThatThrownBy(() -> ReviewMove.decision(true, true).check(CatalogStatus.RETURNED, "目录"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已被他人处理");
    }
}
