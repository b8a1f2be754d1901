package org.gongkai.catalog;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/**
 * CatalogReview (逐级审核、先审后发, glossary): the moves a standard-catalog version and a negative list share, in one
 * place (issue 10; ADR 0005). A draft (or a returned one) is submitted and reviewed level by level — each level
 * approves or returns it, the last approval makes it reviewed — and only a reviewed version is published, superseding
 * the published one. Each move names the states it starts from, which the repository's write is guarded by together
 * with the lock version.
 */
enum CatalogReview {
    SUBMIT(EnumSet.of(CatalogStatus.DRAFT, CatalogStatus.RETURNED), CatalogStatus.SUBMITTED),
    APPROVE_LEVEL(EnumSet.of(CatalogStatus.SUBMITTED), CatalogStatus.SUBMITTED),
    APPROVE_LAST_LEVEL(EnumSet.of(CatalogStatus.SUBMITTED), CatalogStatus.REVIEWED),
    RETURN(EnumSet.of(CatalogStatus.SUBMITTED), CatalogStatus.RETURNED),
    PUBLISH(EnumSet.of(CatalogStatus.REVIEWED), CatalogStatus.PUBLISHED);

    private final Set<CatalogStatus> from;
    private final CatalogStatus to;

    CatalogReview(Set<CatalogStatus> from, CatalogStatus to) {
        this.from = from;
        this.to = to;
    }

    /** A reviewer's decision at one level of the chain. */
    static CatalogReview decision(boolean approve, boolean lastLevel) {
        return !approve ? RETURN : lastLevel ? APPROVE_LAST_LEVEL : APPROVE_LEVEL;
    }

    Set<CatalogStatus> from() {
        return from;
    }

    CatalogStatus to() {
        return to;
    }

    /**
     * Checks that a version in {@code current} may take this move; refused with what to do. A decision on a version
     * that is no longer under review was taken by someone else first: the message says so, it is no refusal.
     */
    void check(CatalogStatus current, String what) {
        if (from.contains(current)) {
            return;
        }
        throw switch (this) {
            case SUBMIT -> new RuleViolation(what + "当前状态为“" + current.label() + "”，不能提交审核；已发布的请新建版本后修改。");
            case PUBLISH -> new RuleViolation("只有审核通过的" + what + "才能发布（先审后发）；当前状态：" + current.label() + "。");
            default -> new RuleViolation("该" + what + "已被他人处理（当前状态：" + current.label() + "），请刷新页面。");
        };
    }
}
