package org.gongkai.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 历史案卷登记: a unit that comes to the platform brings the year's cases from its old ledger (台账), so that table 三
 * of the annual report covers the whole year. Each case comes with its steps on the days they happened; every step is
 * replayed through the move table ({@link RequestMove}) from the first, so a ledger line that no case could have
 * taken (a reply sent before it was approved, a second correction notice) is refused with the line named. The
 * supervising office of the unit brings them in (SUPERVISOR), all of a case or nothing.
 */
@Service
public class RequestMigration {

    /** One step of a past case as the ledger records it; what the clock needs travels with it as on the timeline. */
    public record PastStep(
            TimelineKind kind, LocalDate on, Integer ref, Integer days, LocalDate until, String note, String code) {

        public static PastStep of(TimelineKind kind, LocalDate on) {
            return new PastStep(kind, on, null, null, null, null, null);
        }

        public PastStep until(LocalDate day) {
            return new PastStep(kind, on, ref, days, day, note, code);
        }

        public PastStep ref(int consultation) {
            return new PastStep(kind, on, consultation, days, until, note, code);
        }

        public PastStep days(int working) {
            return new PastStep(kind, on, ref, working, until, note, code);
        }

        public PastStep note(String text) {
            return new PastStep(kind, on, ref, days, until, text, code);
        }

        public PastStep code(String value) {
            return new PastStep(kind, on, ref, days, until, note, value);
        }
    }

    /**
     * A past case: the application, how it came in, its steps from the first (SUBMITTED for the online form, else
     * REGISTERED) in order, and — when a reply was drafted — the reply, with the way it went out once sent.
     */
    public record PastCase(
            Application application,
            IntakeChannel channel,
            List<PastStep> steps,
            ReplyDraft reply,
            ObtainWay replyWay) {}

    private static final Map<TimelineKind, RequestMove> MOVES = new EnumMap<>(TimelineKind.class);

    static {
        for (RequestMove m : RequestMove.values()) {
            MOVES.put(m.writes(), m);
        }
    }

    private final RequestRepository cases;
    private final RequestClock requestClock;
    private final RequestIntake intake;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    RequestMigration(
            RequestRepository cases,
            RequestClock requestClock,
            RequestIntake intake,
            AccessControl access,
            AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.requestClock = requestClock;
        this.intake = intake;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long importCase(PastCase past) {
        access.require(Role.SUPERVISOR, past.application().organizationId(), "REQUEST_MIGRATE");
        Application a = past.application().checked();
        if (past.channel() == null || past.steps() == null || past.steps().size() < 2) {
            throw new RuleViolation("请提供提交方式和至少“提交或登记”“确认收到”两个步骤。");
        }
        LocalDate today = LocalDate.now(clock);
        List<TimelineEntry> timeline = new ArrayList<>();
        RequestStatus status = RequestStatus.SUBMITTED;
        LocalDate previous = null;
        LocalDate received = null;
        LocalDate concluded = null;
        ReplyOutcome outcome = null;
        int line = 0;
        for (PastStep s : past.steps()) {
            line++;
            String where =
                    "第 " + line + " 步（" + (s.kind() == null ? "—" : s.kind().label()) + "）：";
            if (s.kind() == null || s.on() == null) {
                throw new RuleViolation(where + "请写明步骤和日期。");
            }
            if (s.on().isAfter(today) || previous != null && s.on().isBefore(previous)) {
                throw new RuleViolation(where + "日期 " + s.on() + " 不能早于上一步，也不能晚于今天。");
            }
            boolean first = line == 1;
            if (first != (s.kind() == TimelineKind.SUBMITTED || s.kind() == TimelineKind.REGISTERED)) {
                throw new RuleViolation(where + "第一步应是在线提交或登记申请，且只能是第一步。");
            }
            if (first && (s.kind() == TimelineKind.SUBMITTED) != (past.channel() == IntakeChannel.ONLINE)) {
                throw new RuleViolation(where + "在线申请以“在线提交”开始，其他方式以“登记申请”开始。");
            }
            if (!first) {
                RequestMove move = MOVES.get(s.kind());
                if (move == null) {
                    throw new RuleViolation(where + "该步骤不能迁移。");
                }
                try {
                    move.check(status);
                } catch (RuleViolation e) {
                    throw new RuleViolation(where + e.getMessage());
                }
                checkRules(s, timeline, where);
                status = move.to(status);
                switch (s.kind()) {
                    case RECEIPT_CONFIRMED -> received = s.on();
                    case REPLY_SUBMITTED -> {
                        if (past.reply() == null) {
                            throw new RuleViolation(where + "已起草答复的，请提供答复内容。");
                        }
                    }
                    case REPLY_SENT -> {
                        if (past.replyWay() == null) {
                            throw new RuleViolation(where + "已作出答复的，请提供送达方式。");
                        }
                        outcome = past.reply().checked().outcome();
                        concluded = s.on();
                    }
                    case CORRECTION_LAPSED -> {
                        outcome = ReplyOutcome.OTHER_CORRECTION_LAPSED;
                        concluded = s.on();
                    }
                    case FEE_LAPSED -> {
                        outcome = ReplyOutcome.OTHER_FEE_UNPAID;
                        concluded = s.on();
                    }
                    case WITHDRAWN -> {
                        outcome = ReplyOutcome.OTHER;
                        concluded = s.on();
                    }
                    default -> {
                        // the step moves the clock or the state only
                    }
                }
            }
            timeline.add(new TimelineEntry(
                    0, s.kind(), s.on(), null, null, s.ref(), s.days(), s.until(), s.note(), s.code()));
            previous = s.on();
        }
        ReplyDraft reply = past.reply() == null ? null : past.reply().checked();
        boolean drafted = status == RequestStatus.REPLY_IN_REVIEW
                || status == RequestStatus.REPLY_APPROVED
                || timeline.stream().anyMatch(e -> e.kind() == TimelineKind.REPLY_SENT);
        if (reply != null && !drafted) {
            throw new RuleViolation("提供了答复内容，但步骤中没有提交审核的答复稿。");
        }
        String by = Actors.currentName();
        Instant now = clock.instant();
        long id = intake.store(a, past.channel(), RequestStatus.SUBMITTED, by).id();
        for (TimelineEntry e : timeline) {
            cases.append(id, e, now, by + "（迁移）");
        }
        RequestCase inserted = cases.find(id).orElseThrow();
        RequestClock.Reading reading = requestClock.read(timeline);
        String caseNumber = received == null ? null : cases.nextCaseNumber(a.organizationId(), received);
        ReplyDraft sent = outcome != null && reply != null && outcome == reply.outcome() ? reply : null;
        if (!cases.migrated(inserted, status, received, caseNumber, reading, outcome, sent, concluded)) {
            throw new IllegalStateException("a case inserted in this transaction changed: request:" + id);
        }
        if (reply != null) {
            cases.draftReply(id, reply, by + "（迁移）", now);
            if (status != RequestStatus.REPLY_IN_REVIEW) {
                cases.approveReply(id, by + "（迁移）", now);
            }
            if (concluded != null && outcome == reply.outcome()) {
                cases.replySent(id, concluded, past.replyWay());
            }
        }
        audit.record("REQUEST_MIGRATE", "request:" + id, Outcome.SUCCESS, "迁移历史申请，" + status.label());
        return id;
    }

    /** The rules a step must keep that the state alone does not tell (第三十条, 第三十三条第二款). */
    private void checkRules(PastStep s, List<TimelineEntry> timeline, String where) {
        switch (s.kind()) {
            case CORRECTION_REQUESTED -> {
                if (timeline.stream().anyMatch(e -> e.kind() == TimelineKind.CORRECTION_REQUESTED)) {
                    throw new RuleViolation(where + "补正告知只能发出一次（第三十条）。");
                }
                if (s.until() == null) {
                    throw new RuleViolation(where + "请写明补正期限。");
                }
                LocalDate noticeDue = requestClock.read(timeline).correctionNoticeDue();
                if (noticeDue != null && s.on().isAfter(noticeDue)) {
                    throw new RuleViolation(where + "补正告知应在收到申请之日起 7 个工作日内发出（最迟 " + noticeDue + "）。");
                }
            }
            case EXTENDED -> {
                if (timeline.stream().anyMatch(e -> e.kind() == TimelineKind.EXTENDED)) {
                    throw new RuleViolation(where + "答复期限只能延长一次（第三十三条第二款）。");
                }
                if (s.days() == null
                        || s.days() < 1
                        || s.days() > requestClock.rules().maxExtensionDays()) {
                    throw new RuleViolation(
                            where + "延长的工作日数应为 1 至 " + requestClock.rules().maxExtensionDays() + "。");
                }
            }
            case CONSULTATION_OPENED, FEE_NOTIFIED -> {
                if (s.until() == null) {
                    throw new RuleViolation(where + "请写明答复或缴费的期限。");
                }
            }
            case CONSULTATION_ANSWERED, CONSULTATION_LAPSED -> {
                if (s.ref() == null
                        || timeline.stream()
                                .noneMatch(e -> e.kind() == TimelineKind.CONSULTATION_OPENED
                                        && s.ref().equals(e.ref()))) {
                    throw new RuleViolation(where + "没有对应的征求意见。");
                }
            }
            default -> {
                // no further rule
            }
        }
    }
}
