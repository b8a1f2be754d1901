package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.shared.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<YearArrangement> find(int year) {
        Optional<String> source = jdbc.sql("select source from calendar_year where arrangement_year = ?")
                .param(year)
                .query(String.class)
                .optional();
        return source.map(s -> new YearArrangement(
                year,
                s,
                jdbc.sql(
                                "select calendar_date, kind, name from calendar_day where arrangement_year = ? order by calendar_date")
                        .param(year)
                        .query((rs, n) -> new SpecialDay(
                                rs.getObject("calendar_date", LocalDate.class),
                                DayKind.valueOf(rs.getString("kind")),
                                rs.getString("name")))
                        .list()));
    }

    List<LoadedYear> years() {
        return jdbc.sql("select y.arrangement_year, y.source, y.loaded_at, y.loaded_by, count(d.calendar_date) as days "
                        + "from calendar_year y left join calendar_day d on d.arrangement_year = y.arrangement_year "
                        + "group by y.arrangement_year, y.source, y.loaded_at, y.loaded_by order by y.arrangement_year")
                .query((rs, n) -> new LoadedYear(
                        rs.getInt("arrangement_year"),
                        rs.getString("source"),
                        SqlTimes.instant(rs, "loaded_at"),
                        rs.getString("loaded_by"),
                        rs.getInt("days")))
                .list();
    }

    /** Replaces the whole year; the caller's transaction makes it all-or-nothing. */
    void replace(YearArrangement arrangement, Instant at, String by) {
        jdbc.sql("delete from calendar_day where arrangement_year = ?")
                .param(arrangement.year())
                .update();
        jdbc.sql("delete from calendar_year where arrangement_year = ?")
                .param(arrangement.year())
                .update();
        jdbc.sql("insert into calendar_year (arrangement_year, source, loaded_at, loaded_by) values (?, ?, ?, ?)")
                .params(arrangement.year(), arrangement.source(), SqlTimes.utc(at), by)
                .update();
        for (SpecialDay day : arrangement.days()) {
            jdbc.sql("insert into calendar_day (calendar_date, arrangement_year, kind, name) values (?, ?, ?, ?)")
                    .params(day.date(), arrangement.year(), day.kind().name(), day.name())
                    .update();
        }
    }
}
