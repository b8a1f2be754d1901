package org.gongkai.request;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the supervision indicators (issue 16 §1) count of a unit's requests in a period: the cases concluded in it and
 * how many by their reply period's last day (第三十三条, extensions and pauses included); and the 办结率 of the cases
 * received in it — concluded by the period's end, of those received less those still within their period then. Cases
 * never received (withdrawn before confirmation) count nowhere. No authorization of its own: the caller decides who
 * sees a unit's figures; the cases behind them open only for the case readers.
 */
@Service
public class RequestFigures {

    /** One unit's figures. */
    public record Figures(
            long organizationId,
            long concluded,
            long concludedInTime,
            long concludedDueUnknown,
            long received,
            long receivedConcluded,
            long receivedStillInTime) {

        /** The cases the 办结率 divides by: received, less those whose period had not ended when the period did. */
        public long receivedDue() {
            return received - receivedStillInTime;
        }
    }

    /** The cases behind a figure. */
    public enum Facet {
        LATE("超过答复期限办结的申请"),
        OPEN_OVERDUE("期限届满仍未办结的申请");

        private final String label;

        Facet(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One case behind a figure. */
    public record Line(long id, String caseNumber, LocalDate receivedOn, LocalDate dueOn, LocalDate concludedOn) {}

    private final JdbcClient jdbc;

    RequestFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Still within its period at the period's end: open then with its due day after it (or its clock stopped), or
     * concluded later with its reply period ending after it. Written as one case expression so that it is true or false
     * for every row, never unknown (a negation of an unknown would drop the row from both sides).
     */
    private static final String STILL_IN_TIME = "(case when concluded_on is null then "
            + "(case when due_on is null or due_on > :to then 1 else 0 end) "
            + "when concluded_on > :to then (case when reply_due_on is null or reply_due_on > :to then 1 else 0 end) "
            + "else 0 end) = 1";

    /** Every unit's figures for the days {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public Map<Long, Figures> figures(LocalDate from, LocalDate to) {
        Map<String, Object> period = Map.of("from", Date.valueOf(from), "to", Date.valueOf(to));
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("select organization_id, count(*), sum(case when concluded_on <= reply_due_on then 1 else 0 end), "
                        + "sum(case when reply_due_on is null then 1 else 0 end) from information_request "
                        + "where concluded_on >= :from and concluded_on <= :to and received_on is not null "
                        + "group by organization_id")
                .params(period)
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[6]);
                    c[0] = rs.getLong(2);
                    c[1] = rs.getLong(3);
                    c[2] = rs.getLong(4);
                });
        jdbc.sql("select organization_id, count(*), "
                        + "sum(case when concluded_on is not null and concluded_on <= :to then 1 else 0 end), "
                        + "sum(case when " + STILL_IN_TIME + " then 1 else 0 end) from information_request "
                        + "where received_on >= :from and received_on <= :to group by organization_id")
                .params(period)
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[6]);
                    c[3] = rs.getLong(2);
                    c[4] = rs.getLong(3);
                    c[5] = rs.getLong(4);
                });
        Map<Long, Figures> out = new HashMap<>();
        counts.forEach((unit, c) -> out.put(unit, new Figures(unit, c[0], c[1], c[2], c[3], c[4], c[5])));
        return out;
    }

    /** The cases behind one of a unit's figures, at most 500. */
    @Transactional(readOnly = true)
    public List<Line> lines(long organizationId, LocalDate from, LocalDate to, Facet facet) {
        Map<String, Object> params = Map.of("unit", organizationId, "from", Date.valueOf(from), "to", Date.valueOf(to));
        String where = switch (facet) {
            case LATE ->
                "concluded_on >= :from and concluded_on <= :to and received_on is not null "
                        + "and concluded_on > reply_due_on";
            case OPEN_OVERDUE ->
                "received_on >= :from and received_on <= :to "
                        + "and (concluded_on is null or concluded_on > :to) and not (" + STILL_IN_TIME + ")";
        };
        return jdbc.sql("select id, case_number, received_on, coalesce(reply_due_on, due_on), concluded_on "
                        + "from information_request where organization_id = :unit and " + where
                        + " order by received_on, id limit 500")
                .params(params)
                .query((rs, n) -> new Line(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()))
                .list();
    }
}
