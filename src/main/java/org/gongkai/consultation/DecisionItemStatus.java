package org.gongkai.consultation;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/**
 * Where a catalog item stands, and every move between states in one place (CONVENTIONS §4): started, decided, or taken
 * out of the catalog with a reason; a decided or withdrawn item does not move again.
 */
public enum DecisionItemStatus {
    PLANNED("未启动"),
    IN_PROGRESS("推进中"),
    DECIDED("已作出决策"),
    WITHDRAWN("已调出目录");

    private final String label;

    DecisionItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The states an item may move to from this one. */
    Set<DecisionItemStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, DECIDED, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(DECIDED, WITHDRAWN);
            case DECIDED, WITHDRAWN -> EnumSet.noneOf(DecisionItemStatus.class);
        };
    }

    void checkMoveTo(DecisionItemStatus to) {
        if (!next().contains(to)) {
            throw new RuleViolation("status", "事项“" + label + "”，不能改为“" + to.label + "”。");
        }
    }
}
