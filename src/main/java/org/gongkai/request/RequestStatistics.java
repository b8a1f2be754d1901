package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.organization.Role;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.shared.WithholdingGround;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table 三 of a unit's annual report computed from its case files (issue 11 §9, RULES §2.3): new this year by receipt
 * date, carried over from last year, each result by the year of its conclusion (the reply date, or the day a lapse or
 * withdrawal was recorded), carried forward. Cases never received (an online submission withdrawn before
 * confirmation) count nowhere. Two indexed aggregates per unit and year.
 */
@Service
public class RequestStatistics {

    /** The grid: row → the seven columns (the six applicant kinds, then 总计). */
    public record Grid(long organizationId, String unitName, int year, Map<StatisticsRow, long[]> cells) {

        public long cell(StatisticsRow row, ApplicantKind kind) {
            return cells.get(row)[kind.ordinal()];
        }

        public long total(StatisticsRow row) {
            return cells.get(row)[ApplicantKind.values().length];
        }

        /** The checks of RULES §2.5 (1–3) that fail; empty when the grid is consistent. */
        public List<String> inconsistencies() {
            List<String> problems = new ArrayList<>();
            for (int col = 0; col <= ApplicantKind.values().length; col++) {
                long in = cells.get(StatisticsRow.NEW_THIS_YEAR)[col] + cells.get(StatisticsRow.CARRIED_OVER)[col];
                long out = cells.get(StatisticsRow.TOTAL)[col] + cells.get(StatisticsRow.CARRIED_FORWARD)[col];
                if (in != out) {
                    problems.add("第 " + (col + 1) + " 列：一＋二（" + in + "）不等于三（七）＋四（" + out + "）");
                }
            }
            return problems;
        }
    }

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final AccessControl access;

    RequestStatistics(JdbcClient jdbc, OrganizationDirectory directory, AccessControl access) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
    }

    /**
     * Who reads a unit's counts (the grid, table 四, the year's facts): the case readers and the unit's editors, who
     * write the annual report; the cases behind a count ({@link #casesIn}) only the case readers.
     */
    public static final Set<Role> FIGURE_READERS =
            EnumSet.of(Role.REQUEST_HANDLER, Role.SIGNER, Role.SUPERVISOR, Role.EDITOR);

    /** Whether the current staff member may open the cases behind a count of the unit. */
    public boolean canListCases(long organizationId) {
        return access.canAny(RequestCases.READERS, organizationId);
    }

    @Transactional(readOnly = true)
    public Grid grid(long organizationId, int year) {
        access.requireAny(FIGURE_READERS, organizationId, "REQUEST_STATISTICS_READ");
        if (year < 2008 || year > 2099) {
            throw new RuleViolation("year", "年度应在 2008 至 2099 之间（条例自 2008 年 5 月 1 日施行）。");
        }
        String unit = directory.find(organizationId).map(o -> o.name()).orElseThrow(() -> new NotFound("该单位不存在。"));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        int kinds = ApplicantKind.values().length;
        Map<StatisticsRow, long[]> cells = new EnumMap<>(StatisticsRow.class);
        for (StatisticsRow row : StatisticsRow.values()) {
            cells.put(row, new long[kinds + 1]);
        }
        // one scan of the unit's cases that were open at some time in the year: received by its end, not concluded
        // before its start; grouped by kind and result so that every row of the table comes from the same pass
        jdbc.sql("select applicant_kind, outcome, withholding_ground, "
                        + "sum(case when received_on >= ? then 1 else 0 end), "
                        + "sum(case when received_on < ? then 1 else 0 end), "
                        + "sum(case when concluded_on is null or concluded_on > ? then 1 else 0 end), "
                        + "sum(case when concluded_on <= ? then 1 else 0 end) "
                        + "from information_request where organization_id = ? and received_on <= ? "
                        + "and (concluded_on is null or concluded_on >= ?) "
                        + "group by applicant_kind, outcome, withholding_ground")
                .params(first, first, last, last, organizationId, last, first)
                .query(rs -> {
                    int kind = ApplicantKind.valueOf(rs.getString(1)).ordinal();
                    add(cells, StatisticsRow.NEW_THIS_YEAR, kind, rs.getLong(4));
                    add(cells, StatisticsRow.CARRIED_OVER, kind, rs.getLong(5));
                    add(cells, StatisticsRow.CARRIED_FORWARD, kind, rs.getLong(6));
                    long concluded = rs.getLong(7);
                    if (concluded > 0) {
                        String ground = rs.getString(3);
                        StatisticsRow row = StatisticsRow.of(
                                ReplyOutcome.valueOf(rs.getString(2)),
                                ground == null ? null : WithholdingGround.valueOf(ground));
                        add(cells, row, kind, concluded);
                        add(cells, StatisticsRow.TOTAL, kind, concluded);
                    }
                });
        return new Grid(organizationId, unit, year, cells);
    }

    /** A case a cell of table 三 counts, as the drill-down lists it (no personal data). */
    public record CountedCase(
            long id,
            String caseNumber,
            String trackingCode,
            ApplicantKind applicantKind,
            LocalDate receivedOn,
            LocalDate concludedOn,
            ReplyOutcome outcome) {}

    /** Most cases a drill-down lists; the cell's count says how many there are. */
    public static final int DRILL_LIMIT = 500;

    /**
     * The cases one cell of table 三 counts (issue 12 §1: a cell shows, on click, what it counts), by the same
     * rules as {@link #grid}: the row's condition on the receipt and conclusion dates and the result, and the applicant
     * kind (all kinds for the 总计 column, {@code kind} null). At most {@link #DRILL_LIMIT}, oldest receipt first.
     */
    @Transactional(readOnly = true)
    public List<CountedCase> casesIn(long organizationId, int year, StatisticsRow row, ApplicantKind kind) {
        access.requireAny(RequestCases.READERS, organizationId, "REQUEST_STATISTICS_READ");
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        StringBuilder where = new StringBuilder(
                "organization_id = ? and received_on <= ? and (concluded_on is null or concluded_on >= ?)");
        List<Object> params = new ArrayList<>(List.of(organizationId, last, first));
        switch (row) {
            case NEW_THIS_YEAR -> {
                where.append(" and received_on >= ?");
                params.add(first);
            }
            case CARRIED_OVER -> {
                where.append(" and received_on < ?");
                params.add(first);
            }
            case CARRIED_FORWARD -> {
                where.append(" and (concluded_on is null or concluded_on > ?)");
                params.add(last);
            }
            case TOTAL -> {
                where.append(" and concluded_on <= ?");
                params.add(last);
            }
            default -> {
                where.append(" and concluded_on <= ? and outcome = ?");
                params.add(last);
                int ground = row.ordinal() - StatisticsRow.WITHHELD_STATE_SECRET.ordinal();
                if (ground >= 0 && ground < WithholdingGround.values().length) {
                    params.add(ReplyOutcome.WITHHELD.name());
                    where.append(" and withholding_ground = ?");
                    params.add(WithholdingGround.values()[ground].name());
                } else {
                    params.add(ReplyOutcome.valueOf(row.name()).name());
                }
            }
        }
        if (kind != null) {
            where.append(" and applicant_kind = ?");
            params.add(kind.name());
        }
        params.add(DRILL_LIMIT);
        return jdbc.sql("select id, case_number, tracking_code, applicant_kind, received_on, concluded_on, outcome "
                        + "from information_request where " + where + " order by received_on, id limit ?")
                .params(params)
                .query((rs, n) -> new CountedCase(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        ApplicantKind.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7) == null ? null : ReplyOutcome.valueOf(rs.getString(7))))
                .list();
    }

    /**
     * Table 四 (RULES §2.4): reconsiderations and lawsuits filed in the year about the unit's cases, by their result at
     * year end (尚未审结 until decided): 行政复议 (维持, 纠正, 其他, 尚未审结, 总计), then 行政诉讼 未经复议直接起诉 and
     * 复议后起诉, five cells each — 15 in all.
     */
    @Transactional(readOnly = true)
    public long[] tableFour(long organizationId, int year) {
        access.requireAny(FIGURE_READERS, organizationId, "REQUEST_STATISTICS_READ");
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long[] cells = new long[15];
        // driven by the remedies of the year (few), each checked against its case's unit — not by the unit's cases
        jdbc.sql("select m.kind, m.route, m.result, m.decided_on from request_remedy m "
                        + "where m.filed_on between ? and ? and exists (select 1 from information_request r "
                        + "where r.id = m.request_id and r.organization_id = ?)")
                .params(first, last, organizationId)
                .query(rs -> {
                    Remedy.Kind kind = Remedy.Kind.valueOf(rs.getString(1));
                    String route = rs.getString(2);
                    LocalDate decided = rs.getObject(4, LocalDate.class);
                    Remedy.Result result = decided == null || decided.isAfter(last)
                            ? Remedy.Result.PENDING
                            : Remedy.Result.valueOf(rs.getString(3));
                    int group = kind == Remedy.Kind.RECONSIDERATION
                            ? 0
                            : Remedy.Route.valueOf(route) == Remedy.Route.DIRECT ? 1 : 2;
                    cells[group * 5 + result.ordinal()]++;
                    cells[group * 5 + 4]++;
                });
        return cells;
    }

    /**
     * The year's request figures offered beside the annual report's narrative (issue 12 §2): applications received in
     * the year, cases concluded in it and how many of those within their deadline, and the 信息处理费 actually paid in
     * it (国办函〔2020〕109号, whole yuan) for section 六.
     */
    public record YearFacts(long received, long concluded, long concludedOnTime, long feesPaid, long feeYuan) {

        /** The on-time share of the concluded cases in whole percent, null when none concluded. */
        public Long onTimePercent() {
            return concluded == 0 ? null : concludedOnTime * 100 / concluded;
        }
    }

    @Transactional(readOnly = true)
    public YearFacts yearFacts(long organizationId, int year) {
        access.requireAny(FIGURE_READERS, organizationId, "REQUEST_STATISTICS_READ");
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        long[] cases = jdbc.sql("select sum(case when received_on between ? and ? then 1 else 0 end), "
                        + "sum(case when concluded_on between ? and ? then 1 else 0 end), "
                        + "sum(case when concluded_on between ? and ? and (due_on is null or concluded_on <= due_on) "
                        + "then 1 else 0 end) from information_request where organization_id = ? "
                        + "and (received_on between ? and ? or concluded_on between ? and ?)")
                .params(first, last, first, last, first, last, organizationId, first, last, first, last)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        long[] fees = jdbc.sql("select count(*), coalesce(sum(f.amount), 0) from request_fee f "
                        + "where f.paid_on between ? and ? and exists (select 1 from information_request r "
                        + "where r.id = f.request_id and r.organization_id = ?)")
                .params(first, last, organizationId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return new YearFacts(cases[0], cases[1], cases[2], fees[0], fees[1]);
    }

    private static void add(Map<StatisticsRow, long[]> cells, StatisticsRow row, int kind, long n) {
        long[] r = cells.get(row);
        r[kind] += n;
        r[r.length - 1] += n;
    }
}
