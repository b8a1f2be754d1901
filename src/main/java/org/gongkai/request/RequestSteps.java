package org.gongkai.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Takes one move of a case: appends its line to the timeline, recomputes the clock from the whole timeline, and
 * writes the move with the new due date, guarded by the state and version the case was read in (ADR 0005). The public
 * services check who may act before they call it.
 */
@Component
class RequestSteps {

    private final RequestRepository cases;
    private final RequestClock requestClock;
    private final Clock clock;

    RequestSteps(RequestRepository cases, RequestClock requestClock, Clock clock) {
        this.cases = cases;
        this.requestClock = requestClock;
        this.clock = clock;
    }

    /** 第三十一条: receipt confirmed on {@code received}; the case gets its 登记编号 and the reply period starts. */
    void confirmReceipt(RequestCase c, LocalDate received) {
        RequestMove.CONFIRM_RECEIPT.check(c.status());
        String caseNumber = cases.nextCaseNumber(c.organizationId(), received);
        take(
                c,
                RequestMove.CONFIRM_RECEIPT,
                TimelineEntry.of(TimelineKind.RECEIPT_CONFIRMED, received),
                changes -> changes.receivedOn(received, caseNumber));
    }

    /** Appends the entry, recomputes the clock, writes the move; refused as stale when someone acted first. */
    RequestClock.Reading take(
            RequestCase c,
            RequestMove move,
            TimelineEntry entry,
            java.util.function.UnaryOperator<RequestRepository.Changes> more) {
        move.check(c.status());
        List<TimelineEntry> timeline = new ArrayList<>(cases.timeline(c.id()));
        timeline.add(entry);
        RequestClock.Reading reading = requestClock.read(timeline);
        if (!cases.move(c, move, more.apply(RequestRepository.Changes.due(reading)))) {
            throw stale();
        }
        cases.append(c.id(), entry, clock.instant(), Actors.currentName());
        return reading;
    }

    static RuleViolation stale() {
        return new RuleViolation("该申请已被他人处理，请刷新页面。");
    }

    /** A date a handler enters for something that has happened: not in the future, not before 2000. */
    static LocalDate pastOrToday(String field, LocalDate day, LocalDate today, String what) {
        if (day == null) {
            throw new RuleViolation(field, "请填写" + what + "（格式：2026-01-31）。");
        }
        if (day.isAfter(today)) {
            throw new RuleViolation(field, what + "不能晚于今天（" + today + "），请核对。");
        }
        if (day.isBefore(today.minusYears(2))) {
            throw new RuleViolation(field, what + "早于两年前，请核对日期是否填错。");
        }
        return day;
    }
}
