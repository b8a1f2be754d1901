package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.calendar.CalendarYearLoaded;
import org.gongkai.calendar.WorkingDayCalendar;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 第二十六条 deadline of a record by the day it was formed (20 working days after it), kept in the table
 * {@code information_publication_deadline} so that the supervision board counts timeliness in the database: a record is
 * timely when first published before its deadline, the first instant after the due day in the platform's zone. The
 * table is derived from the working-day calendar: filled with the days a period's records were formed on as the board
 * needs them, emptied in the transaction that loads a year's arrangement.
 */
@Component
class PublicationDeadlines {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate separately;
    private final ZoneId zone;

    PublicationDeadlines(
            JdbcClient jdbc,
            JdbcTemplate template,
            WorkingDayCalendar calendar,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.calendar = calendar;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.zone = clock.getZone();
    }

    /** The day 20 working days after forming; null for a day outside the working-day calendar (counted late). */
    LocalDate due(LocalDate formed) {
        if (formed.isBefore(WorkingDayCalendar.FIRST_SUPPORTED) || formed.isAfter(WorkingDayCalendar.LAST_SUPPORTED)) {
            return null;
        }
        return calendar.addWorkingDays(formed, PublicationDeadline.WORKING_DAYS).due();
    }

    /**
     * Makes sure the table holds every day the records first published from {@code :from} to {@code :to} were formed
     * on (days outside the calendar stay absent: such records count late). Writes, when it must, in a transaction of
     * its own, so that a reader's read-only transaction may ask; two readers filling the same days both succeed.
     */
    void cover(Map<String, Object> period) {
        Date[] span = jdbc.sql("select min(formed_date), max(formed_date) from information_record "
                        + "where first_published_at >= :from and first_published_at < :to")
                .params(period)
                .query(rs -> {
                    rs.next();
                    return new Date[] {rs.getDate(1), rs.getDate(2)};
                });
        if (span[0] == null) {
            return;
        }
        LocalDate first = max(span[0].toLocalDate(), WorkingDayCalendar.FIRST_SUPPORTED);
        LocalDate last = min(span[1].toLocalDate(), WorkingDayCalendar.LAST_SUPPORTED);
        if (first.isAfter(last) || kept(first, last) == ChronoUnit.DAYS.between(first, last) + 1) {
            return;
        }
        separately.executeWithoutResult(s -> {
            Set<LocalDate> kept = new HashSet<>(jdbc.sql("select formed_on from information_publication_deadline "
                            + "where formed_on >= ? and formed_on <= ?")
                    .params(Date.valueOf(first), Date.valueOf(last))
                    .query((rs, n) -> rs.getDate(1).toLocalDate())
                    .list());
            List<Object[]> rows = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (!kept.contains(day)) {
                    LocalDate due = due(day);
                    rows.add(new Object[] {
                        Date.valueOf(day),
                        utc(due.plusDays(1).atStartOfDay(zone).toInstant())
                    });
                }
            }
            template.batchUpdate(
                    "insert into information_publication_deadline (formed_on, deadline) values (?, ?) "
                            + "on conflict do nothing",
                    rows);
        });
    }

    private long kept(LocalDate first, LocalDate last) {
        return jdbc.sql("select count(*) from information_publication_deadline where formed_on >= ? and formed_on <= ?")
                .params(Date.valueOf(first), Date.valueOf(last))
                .query(Long.class)
                .single();
    }

    /** A loaded arrangement may move any deadline near its year: the table empties with the load and fills again. */
    @EventListener
    void on(CalendarYearLoaded loaded) {
        jdbc.sql("delete from information_publication_deadline").update();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
