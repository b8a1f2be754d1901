package org.gongkai.assessment;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/** Every move of a monthly bulletin in one place (CONVENTIONS §4); every write is guarded by state and version. */
enum BulletinMove {
    /** The figures generated again from the platform, or the office's remarks saved. */
    REVISE(EnumSet.of(Bulletin.Status.DRAFT), null),
    /** Published on the portal. */
    PUBLISH(EnumSet.of(Bulletin.Status.DRAFT), Bulletin.Status.PUBLISHED);

    private final Set<Bulletin.Status> from;
    private final Bulletin.Status to;

    BulletinMove(Set<Bulletin.Status> from, Bulletin.Status to) {
        this.from = from;
        this.to = to;
    }

    Set<Bulletin.Status> from() {
        return from;
    }

    Bulletin.Status to(Bulletin.Status current) {
        return to == null ? current : to;
    }

    void check(Bulletin.Status current) {
        if (!from.contains(current)) {
            throw new RuleViolation("该月度通报已发布，不能再修改。");
        }
    }
}
