package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.CalendarAdministration;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervision board counts first publications in the database (grouped, with timeliness from the deadlines table);
 * a unit's drill-down counts the same records one by one in Java. Both must agree for every unit and period, and a year's
 * arrangement loaded later moves the board's timeliness as it moves the calendar.
 */
class SupervisionFiguresIntegrationTests extends IntegrationTest {

    @Autowired
    SupervisionFigures figures;

    @Autowired
    InformationEditing editing;

    @Autowired
    InformationReview review;

    @Autowired
    CalendarAdministration calendars;

    private void on(String day) {
        clock.set(Instant.parse(day + "T02:00:00Z")); // 10:00 in Beijing
    }

    private long publish(long unit, String title, LocalDate formed) {
        return CivilAffairsPublishing.publish(jdbc, editing, review, unit, title, formed);
    }

    @Test
    void theBoardsGroupedCountsAreTheRecordByRecordCountsOfEveryUnit() {
        long unit = organizationId("示范县民政局");
        on("2025-10-20");
        publish(unit, "对照测试：按时发布", LocalDate.parse("2025-10-09"));
        publish(unit, "对照测试：逾期发布", LocalDate.parse("2025-09-01"));
        on("2026-03-02");
        List<Long> units =
                jdbc.sql("select id from organization").query(Long.class).list();
        LocalDate today = LocalDate.parse("2026-03-02");
        long seen = 0;
        for (LocalDate[] period : List.of(
                new LocalDate[] {LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")},
                new LocalDate[] {LocalDate.parse("2025-10-01"), LocalDate.parse("2025-12-31")},
                new LocalDate[] {LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-31")},
                new LocalDate[] {today.minusYears(3), today})) {
            Map<Long, SupervisionFigures.Publication> board = figures.publication(period[0], period[1]);
            for (long id : units) {
                SupervisionFigures.Publication one = figures.publication(id, period[0], period[1]);
                assertThat(board.getOrDefault(id, SupervisionFigures.Publication.empty(id)))
                        .as("unit %d, %s to %s", id, period[0], period[1])
                        .isEqualTo(one);
                seen += one.published() + one.timely() + one.policies();
            }
        }
        assertThat(seen).as("the periods hold records to compare").isPositive();
        assertThat(figures.publication(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-31"))
                        .get(unit)
                        .timely())
                .isPositive();
    }

    @Test
    void aYearsArrangementLoadedLaterMovesTimeliness() {
        long unit = organizationId("示范县民政局");
        // formed Friday 2034-09-01: Monday to Friday, its 20th working day is Friday 09-29, the day it is published
        on("2034-09-29");
        publish(unit, "对照测试：调休前按时", LocalDate.parse("2034-09-01"));
        LocalDate from = LocalDate.parse("2034-09-01");
        LocalDate to = LocalDate.parse("2034-09-30");
        SupervisionFigures.Publication before = figures.publication(from, to).get(unit);
        assertThat(before.proactive()).isEqualTo(1);
        assertThat(before.timely()).isEqualTo(1);

        // the weekend after it was formed becomes two working days: the 20th working day is now 09-27
        actAs("sysadmin");
        calendars.importArrangement(
                2034,
                "国务院办公厅关于2034年部分节假日安排的通知（测试）",
                "2034.csv",
                "日期,类型,名称\n2034-09-02,调休上班,测试调休\n2034-09-03,调休上班,测试调休\n".getBytes(StandardCharsets.UTF_8));
        SupervisionFigures.Publication after = figures.publication(from, to).get(unit);
        assertThat(after.timely()).isZero();
        assertThat(after).isEqualTo(figures.publication(unit, from, to));
    }
}
