package org.gongkai.assessment;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/** Every move of a key-task plan in one place (CONVENTIONS §4); every write is guarded by state and version. */
enum KeyTaskMove {
    /** Tasks added or removed while the plan is a draft. */
    EDIT(EnumSet.of(KeyTaskPlan.Status.DRAFT), null),
    /** The plan published on the portal. */
    PUBLISH(EnumSet.of(KeyTaskPlan.Status.DRAFT), KeyTaskPlan.Status.PUBLISHED),
    /** A quarter's progress published. */
    PUBLISH_QUARTER(EnumSet.of(KeyTaskPlan.Status.PUBLISHED), null);

    private final Set<KeyTaskPlan.Status> from;
    private final KeyTaskPlan.Status to;

    KeyTaskMove(Set<KeyTaskPlan.Status> from, KeyTaskPlan.Status to) {
        this.from = from;
        this.to = to;
    }

    Set<KeyTaskPlan.Status> from() {
        return from;
    }

    KeyTaskPlan.Status to(KeyTaskPlan.Status current) {
        return to == null ? current : to;
    }

    void check(KeyTaskPlan.Status current) {
        if (from.contains(current)) {
            return;
        }
        throw new RuleViolation(
                switch (this) {
                    case EDIT, PUBLISH -> "工作要点已发布，任务分工不能再修改。";
                    case PUBLISH_QUARTER -> "请先发布工作要点，再公布季度进展。";
                });
    }
}
