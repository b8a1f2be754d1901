package org.gongkai.assessment;

import static org.gongkai.assessment.Rectification.Status.CLOSED;
import static org.gongkai.assessment.Rectification.Status.OPEN;
import static org.gongkai.assessment.Rectification.Status.REPORTED;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/** Every move of a rectification task in one place (CONVENTIONS §4); every write is guarded by state and version. */
enum RectificationMove {
    /** The unit adds evidence while it works. */
    ADD_EVIDENCE(EnumSet.of(OPEN), null),
    /** The unit reports what it did. */
    REPORT(EnumSet.of(OPEN), REPORTED),
    /** The office returns the report with what is still missing. */
    RETURN(EnumSet.of(REPORTED), OPEN),
    /** The office accepts the report: the task is closed (销号). */
    CLOSE(EnumSet.of(REPORTED), CLOSED);

    private final Set<Rectification.Status> from;
    private final Rectification.Status to;

    RectificationMove(Set<Rectification.Status> from, Rectification.Status to) {
        this.from = from;
        this.to = to;
    }

    Set<Rectification.Status> from() {
        return from;
    }

    Rectification.Status to(Rectification.Status current) {
        return to == null ? current : to;
    }

    void check(Rectification.Status current) {
        if (from.contains(current)) {
            return;
        }
        throw new RuleViolation(
                switch (this) {
                    case ADD_EVIDENCE, REPORT -> current == CLOSED ? "该整改任务已销号。" : "整改情况已报送，等待验收；被退回后才能修改。";
                    case RETURN, CLOSE -> current == CLOSED ? "该整改任务已销号。" : "单位尚未报送整改情况。";
                });
    }
}
