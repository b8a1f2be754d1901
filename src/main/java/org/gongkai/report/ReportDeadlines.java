package org.gongkai.report;

import static org.gongkai.shared.SqlTimes.utc;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.Actors;
import org.gongkai.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each unit's report is due (issue 12 §5; {@link ReportDeadline}): the regulation's dates for departments and
 * governments, and for townships and subdistricts the collection date the supervising office sets for the units under
 * it — the nearest office up the chain wins, else the configured default ({@code gongkai.report.township-due}).
 */
@Service
public class ReportDeadlines {

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final MonthDay defaultTownshipDue;

    ReportDeadlines(
            JdbcClient jdbc,
            OrganizationDirectory directory,
            AccessControl access,
            AuditTrail audit,
            Clock clock,
            @Value("${gongkai.report.township-due:01-31}") String townshipDue) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.defaultTownshipDue = MonthDay.parse("--" + townshipDue);
    }

    /** An office's collection date as its page shows it: its own (with the version read) or inherited. */
    public record CollectionDate(Organization office, MonthDay due, boolean own, Integer version) {}

    private record Row(MonthDay due, int version) {}

    /** The unit's deadline for its report on {@code year}. */
    @Transactional(readOnly = true)
    public ReportDeadline due(Organization unit, int year) {
        return ReportDeadline.of(unit, year, townshipDue(unit.id(), rows()));
    }

    /** The deadlines of many units at once (the office's status list): one read of the dates. */
    @Transactional(readOnly = true)
    public Map<Long, ReportDeadline> due(Iterable<Organization> units, int year) {
        Map<Long, Row> rows = rows();
        Map<Long, ReportDeadline> due = new HashMap<>();
        for (Organization unit : units) {
            due.put(unit.id(), ReportDeadline.of(unit, year, townshipDue(unit.id(), rows)));
        }
        return due;
    }

    @Transactional(readOnly = true)
    public CollectionDate collectionDate(long officeId) {
        access.require(Role.SUPERVISOR, officeId, "REPORT_DUE_READ");
        Organization office =
                directory.find(officeId).orElseThrow(() -> new RuleViolation("organizationId", "没有这个单位。"));
        Map<Long, Row> rows = rows();
        Row own = rows.get(officeId);
        return own != null
                ? new CollectionDate(office, own.due(), true, own.version())
                : new CollectionDate(office, townshipDue(officeId, rows), false, null);
    }

    /**
     * Sets the date by which the townships and subdistricts under the office submit and publish their reports; it must
     * fall between 1月1日 and 3月31日, since the government's own report, which builds on them, is due then (第四十九条).
     */
    @Transactional
    public void setCollectionDate(long officeId, Integer month, Integer day, Integer version) {
        access.require(Role.SUPERVISOR, officeId, "REPORT_DUE_SET");
        MonthDay due;
        try {
            due = MonthDay.of(month == null ? 0 : month, day == null ? 0 : day);
        } catch (DateTimeException e) {
            throw new RuleViolation("month", "请填写有效的月和日。");
        }
        if (due.isAfter(MonthDay.of(3, 31)) || due.equals(MonthDay.of(2, 29))) {
            throw new RuleViolation("month", "乡镇（街道）年度报告的报送日期应在1月1日至3月31日之间（不含2月29日）：本级政府须在3月31日前公布年度报告。");
        }
        String by = Actors.currentName();
        boolean saved;
        if (version == null) {
            try {
                saved = jdbc.sql("insert into report_collection_date (organization_id, due_month, due_day, updated_by, "
                                        + "updated_at) values (?, ?, ?, ?, ?)")
                                .params(officeId, due.getMonthValue(), due.getDayOfMonth(), by, utc(clock.instant()))
                                .update()
                        == 1;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                saved = false;
            }
        } else {
            saved = jdbc.sql("update report_collection_date set due_month = ?, due_day = ?, updated_by = ?, "
                                    + "updated_at = ?, version = version + 1 where organization_id = ? and version = ?")
                            .params(
                                    due.getMonthValue(),
                                    due.getDayOfMonth(),
                                    by,
                                    utc(clock.instant()),
                                    officeId,
                                    version)
                            .update()
                    == 1;
        }
        if (!saved) {
            throw new RuleViolation("month", "报送日期已被他人修改，请刷新页面后重试。");
        }
        audit.record(
                "REPORT_DUE_SET",
                "organization:" + officeId,
                Outcome.SUCCESS,
                due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
    }

    private Map<Long, Row> rows() {
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("select organization_id, due_month, due_day, version from report_collection_date")
                .query(rs -> {
                    rows.put(rs.getLong(1), new Row(MonthDay.of(rs.getInt(2), rs.getInt(3)), rs.getInt(4)));
                });
        return rows;
    }

    /** The nearest office's date up the chain from the unit (itself included), else the default. */
    private MonthDay townshipDue(long unitId, Map<Long, Row> rows) {
        Long id = unitId;
        for (int depth = 0; id != null && depth < 12; depth++) {
            Row row = rows.get(id);
            if (row != null) {
                return row.due();
            }
            id = directory.find(id).map(Organization::parentId).orElse(null);
        }
        return defaultTownshipDue;
    }
}
