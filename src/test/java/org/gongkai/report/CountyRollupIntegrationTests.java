package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.request.StatisticsRow;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12 §6: the county roll-up adds every reporting unit's tables under the county government — its sum of table 三
 * equals a count of the county's cases made here, it balances, and a report of the government based on it shows the
 * same figures; only the supervising office makes it.
 */
class CountyRollupIntegrationTests extends IntegrationTest {

    @Autowired
    CountyRollup rollups;

    @Autowired
    AnnualReporting reporting;

    @Test
    void theRollupAddsEveryReportingUnit_andBalances() {
        long county = organizationId("示范县人民政府");
        actAs("gkb");
        CountyRollup.Rollup rollup = rollups.rollup(county, 2025);
        List<Long> reporting = jdbc.sql("select id from organization where kind in "
                        + "('PEOPLES_GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP', 'SUBDISTRICT')")
                .query(Long.class)
                .list();
        assertThat(rollup.units()).extracting(u -> u.unit().id()).containsExactlyInAnyOrderElementsOf(reporting);
        String in = String.join(", ", reporting.stream().map(String::valueOf).toList());
        long received = jdbc.sql("select count(*) from information_request where organization_id in (" + in
                        + ") and received_on between ? and ?")
                .params(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .query(Long.class)
                .single();
        long open = jdbc.sql("select count(*) from information_request where organization_id in (" + in
                        + ") and received_on <= ? and (concluded_on is null or concluded_on > ?)")
                .params(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31))
                .query(Long.class)
                .single();
        assertThat(received).as("the demo county has cases in 2025").isPositive();
        assertThat(rollup.tables().three().total(StatisticsRow.NEW_THIS_YEAR)).isEqualTo(received);
        assertThat(rollup.tables().three().total(StatisticsRow.CARRIED_FORWARD)).isEqualTo(open);
        assertThat(rollup.problems()).isEmpty();
        long summed = rollup.units().stream()
                .mapToLong(u -> u.tables().three().total(StatisticsRow.TOTAL))
                .sum();
        assertThat(rollup.tables().three().total(StatisticsRow.TOTAL)).isEqualTo(summed);

        // the government's own report based on the roll-up shows the roll-up's figures
        long id = this.reporting.start(county, 2025);
        this.reporting.setScope(id, this.reporting.view(id).report().version(), AnnualReport.FiguresScope.ROLLUP);
        AnnualReporting.ReportView view = this.reporting.view(id);
        assertThat(view.report().scope()).isEqualTo(AnnualReport.FiguresScope.ROLLUP);
        assertThat(ReportCells.of(view.tables()))
                .isEqualTo(ReportCells.of(rollups.rollup(county, 2025).tables()));

        actAs("mz_editor");
        assertThatThrownBy(() -> rollups.rollup(county, 2025)).isInstanceOf(AccessDeniedException.class);
        long department = organizationId("示范县民政局");
        assertThat(rollups.offices()).isEmpty();
        actAs("gkb");
        long mine = this.reporting.start(department, 2024);
        assertThatThrownBy(() -> this.reporting.setScope(
                        mine, this.reporting.view(mine).report().version(), AnnualReport.FiguresScope.ROLLUP))
                .hasMessageContaining("只有人民政府");
    }
}
