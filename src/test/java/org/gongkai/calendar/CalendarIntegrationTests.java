package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The shipped years are loaded at start; an administrator loads a later year whole, or not at all. */
class CalendarIntegrationTests extends IntegrationTest {

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    CalendarAdministration administration;

    @Test
    void shippedYearsAreLoadedAtStart() {
        assertThat(administration.loadedYears()).extracting(LoadedYear::year).contains(2025, 2026);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 20).due()).isEqualTo(LocalDate.of(2025, 10, 30));
    }

    @Test
    void anAdministratorLoadsALaterYear_aBadFileChangesNothing() {
        int year = 2031;
        assertThat(calendar.hasArrangement(year)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(year, 10, 1))).isTrue(); // Wednesday, nothing loaded

        actAs("edu_editor");
        byte[] good = "日期,类型,名称\n2031-10-01,放假,国庆节\n2031-10-02,放假,国庆节\n2031-09-28,调休上班,国庆节调休\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> administration.importArrangement(year, "通知", "2031.csv", good))
                .isInstanceOf(AccessDeniedException.class);

        actAs("sysadmin");
        administration.importArrangement(year, "国务院办公厅关于2031年部分节假日安排的通知", "2031.csv", good);
        assertThat(calendar.isWorkingDay(LocalDate.of(year, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(year, 9, 28))).isTrue();

        byte[] bad = "2031-10-01,放假,国庆节\n2031-10-03,不知道,错\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> administration.importArrangement(year, "更正", "2031.csv", bad))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("第 2 行");
        assertThat(calendar.arrangement(year).orElseThrow().days()).hasSize(3);
        assertThat(calendar.arrangement(year).orElseThrow().source()).contains("2031年");
        assertThatThrownBy(() -> administration.importArrangement(year, " ", "2031.csv", good))
                .hasMessageContaining("依据文件");
    }

    @Autowired
    CalendarRepository repository;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * Issue 13: a year loaded again on another node (its rows replaced and the calendar's change stamp moved, as that
     * node's {@code CalendarAdministration} does) reaches this node's cache within about a second, not after the ten
     * minutes a loaded year is otherwise kept.
     */
    @Test
    void aYearLoadedOnAnotherNodeIsSeenHereWithinASecond() throws InterruptedException {
        int year = 2032;
        actAs("sysadmin");
        administration.importArrangement(
                year, "国务院办公厅关于2032年部分节假日安排的通知", "2032.csv", "2032-10-01,放假,国庆节\n".getBytes(StandardCharsets.UTF_8));
        assertThat(calendar.isWorkingDay(LocalDate.of(year, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(year, 10, 4))).isTrue();

        transactions.executeWithoutResult(tx -> {
            repository.replace(
                    ArrangementParser.parse(
                            year, "更正通知", "2032.csv", "2032-10-04,放假,国庆节\n".getBytes(StandardCharsets.UTF_8)),
                    clock.instant(),
                    "another node");
            jdbc.sql("update change_stamp set version = version + 1 where topic = ?")
                    .param(CalendarAdministration.STAMP)
                    .update();
        });
        Thread.sleep(1200);
        assertThat(calendar.isWorkingDay(LocalDate.of(year, 10, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(year, 10, 4))).isFalse();
    }
}
