package org.gongkai.report;

import java.time.LocalDate;
import java.time.MonthDay;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationKind;

/**
 * When a unit's report for a year is due (issue 12 §5): a county-level government department publishes by 1月31日
 * (国务院令第711号 第四十九条第一款), a people's government's report by 3月31日 (第四十九条第二款); townships and
 * subdistricts, for which the regulation sets no date, by the date the supervising office sets for collecting them.
 */
public record ReportDeadline(LocalDate dueOn, String basis) {

    static ReportDeadline of(Organization unit, int year, MonthDay townshipDue) {
        int next = year + 1;
        if (unit.kind() == OrganizationKind.PEOPLES_GOVERNMENT) {
            return new ReportDeadline(LocalDate.of(next, 3, 31), "《政府信息公开条例》第四十九条第二款：每年3月31日前公布本级政府上一年度年度报告");
        }
        if (unit.kind() == OrganizationKind.DEPARTMENT) {
            return new ReportDeadline(LocalDate.of(next, 1, 31), "《政府信息公开条例》第四十九条第一款：每年1月31日前公布本部门上一年度年度报告");
        }
        return new ReportDeadline(townshipDue.atYear(next), "政务公开工作主管部门确定的乡镇（街道）年度报告报送日期");
    }

    /** Whether a report published on {@code publishedOn} (null: not yet) is late as of {@code today}. */
    public boolean late(LocalDate publishedOn, LocalDate today) {
        return publishedOn != null ? publishedOn.isAfter(dueOn) : today.isAfter(dueOn);
    }
}
