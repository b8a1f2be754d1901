package org.gongkai.consultation;

import static org.gongkai.consultation.HearingStatus.ANNOUNCED;
import static org.gongkai.consultation.HearingStatus.DRAFT;
import static org.gongkai.consultation.HearingStatus.PARTICIPANTS_PUBLISHED;
import static org.gongkai.consultation.HearingStatus.RECORD_PUBLISHED;

import java.util.EnumSet;
import java.util.Set;
import org.gongkai.shared.RuleViolation;

/**
 * Every move of a hearing in one place (CONVENTIONS §4): the states it may start from and the one it reaches (null: it
 * stays). The service checks the dates of 第十六条 and who may act; every write is guarded by state and version.
 */
enum HearingMove {
    EDIT(EnumSet.of(DRAFT), null),
    ANNOUNCE(EnumSet.of(DRAFT), ANNOUNCED),
    SET_PARTICIPANTS(EnumSet.of(ANNOUNCED), null),
    PUBLISH_PARTICIPANTS(EnumSet.of(ANNOUNCED), PARTICIPANTS_PUBLISHED),
    RECORD_MATERIALS(EnumSet.of(ANNOUNCED, PARTICIPANTS_PUBLISHED), null),
    RESCHEDULE(EnumSet.of(ANNOUNCED, PARTICIPANTS_PUBLISHED), null),
    PUBLISH_RECORD(EnumSet.of(PARTICIPANTS_PUBLISHED), RECORD_PUBLISHED);

    private final Set<HearingStatus> from;
    private final HearingStatus to;

    HearingMove(Set<HearingStatus> from, HearingStatus to) {
        this.from = from;
        this.to = to;
    }

    Set<HearingStatus> from() {
        return from;
    }

    /** The state reached from {@code current}. */
    HearingStatus to(HearingStatus current) {
        return to == null ? current : to;
    }

    void check(HearingStatus current) {
        if (from.contains(current)) {
            return;
        }
        throw new RuleViolation(
                switch (this) {
                    case EDIT -> "听证公告已发布，不能再修改（改期请使用“改期”）。";
                    case ANNOUNCE -> "只有草稿可以发布公告（当前状态：" + current.label() + "）。";
                    case SET_PARTICIPANTS, PUBLISH_PARTICIPANTS ->
                        current == DRAFT ? "请先发布听证公告，再确定听证参加人。" : "听证参加人名单已公布，不能再修改。";
                    case RECORD_MATERIALS, RESCHEDULE -> current == DRAFT ? "听证公告尚未发布。" : "听证记录已公布，听证已结束。";
                    case PUBLISH_RECORD -> current == RECORD_PUBLISHED ? "听证记录已公布。" : "听证参加人名单须在听证前公布，公布后才能发布听证记录。";
                });
    }
}
