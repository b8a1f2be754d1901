package org.gongkai.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.shared.Actors;
import org.gongkai.shared.ChangeStamps;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads and lists the yearly holiday arrangements, and serves them to {@link WorkingDayCalendar}
 * from memory. Loading a year replaces it whole, in one transaction, and is audited.
 */
@Service
public class CalendarAdministration {

    /** The change stamp of the calendar's years ({@link ChangeStamps}). */
    static final String STAMP = "calendar";

    private final CalendarRepository repository;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeStamps stamps;
    private final ApplicationEventPublisher events;

    /** The stamp the cache was filled at: when another node loads a year, the stamp moves and the cache empties. */
    private volatile long filledAt = -1;

    /**
     * Years read from the database: a loaded year for ten minutes, a missing one for thirty seconds; emptied at once by
     * this node's own loads and within a second by another node's (the change stamp). Bounded: dates are checked to a
     * supported range, but the cache does not rely on it.
     */
    private final Cache<Integer, Optional<YearArrangement>> cache = Caffeine.newBuilder()
            .maximumSize(64)
            .expireAfter(Expiry.<Integer, Optional<YearArrangement>>writing(
                    (year, arrangement) -> arrangement.isPresent() ? Duration.ofMinutes(10) : Duration.ofSeconds(30)))
            .build();

    CalendarAdministration(
            CalendarRepository repository,
            AuditTrail audit,
            Clock clock,
            ChangeStamps stamps,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.stamps = stamps;
    }

    Optional<YearArrangement> arrangement(int year) {
        long stamp = stamps.current(STAMP);
        if (stamp != filledAt) {
            cache.invalidateAll();
            filledAt = stamp;
        }
        return cache.get(year, repository::find);
    }

    public List<LoadedYear> loadedYears() {
        return repository.years();
    }

    /** An administrator uploads the arrangement of a year (CSV or xlsx); the whole file or nothing. */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional
    public YearArrangement importArrangement(int year, String source, String fileName, byte[] content) {
        String cleanSource = Texts.clean(source);
        if (cleanSource == null) {
            throw new RuleViolation("source", "请填写依据文件，例如“国务院办公厅关于2027年部分节假日安排的通知”。");
        }
        if (cleanSource.length() > 300) {
            throw new RuleViolation("source", "依据文件名称过长（最多 300 字）。");
        }
        YearArrangement arrangement = ArrangementParser.parse(year, cleanSource, fileName, content);
        save(arrangement, Actors.currentName());
        return arrangement;
    }

    /** Loads a shipped arrangement when the year is absent; run at start-up by the system itself. */
    @Transactional
    void loadShipped(int year, String source, byte[] content) {
        if (repository.find(year).isPresent()) {
            return;
        }
        save(ArrangementParser.parse(year, source, year + ".csv", content), Actors.SYSTEM);
    }

    private void save(YearArrangement arrangement, String by) {
        repository.replace(arrangement, clock.instant(), by);
        stamps.bump(STAMP);
        events.publishEvent(new CalendarYearLoaded(arrangement.year()));
        audit.record(
                "CALENDAR_YEAR_LOADED",
                "calendar:" + arrangement.year(),
                Outcome.SUCCESS,
                arrangement.source() + "；放假 " + arrangement.weekdayHolidays() + " 个工作日，调休上班 "
                        + arrangement.adjustedWorkdays() + " 天");
        cache.invalidate(arrangement.year());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                cache.invalidate(arrangement.year());
            }
        });
    }
}
