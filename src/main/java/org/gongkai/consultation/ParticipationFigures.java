package org.gongkai.consultation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the supervision indicators (issue 16 §1) count of a unit's participation in a period: inquiries answered in the
 * period and how many within their answer period (§10), effective messages left unanswered beyond 3 months (the
 * inspection's veto, RULES §5.2), and consultations whose comment period ended in the period and whether their
 * 意见采纳情况 is published (第十五条). No authorization of its own: the caller decides who sees a unit's figures.
 */
@Service
public class ParticipationFigures {

    /** One unit's figures. */
    public record Figures(
            long organizationId,
            long answered,
            long answeredInTime,
            long unansweredBeyondThreeMonths,
            long consultationsClosed,
            long feedbackPublished) {}

    /** The records behind a figure. */
    public enum Facet {
        ANSWERED_LATE("超期答复的留言"),
        UNANSWERED("超过 3 个月未答复的有效留言"),
        NO_FEEDBACK("未公布意见采纳情况的征求意见");

        private final String label;

        Facet(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One message or consultation behind a figure, with its page in the console. */
    public record Line(String href, String title, LocalDate from, LocalDate due, LocalDate done) {}

    private final JdbcClient jdbc;

    ParticipationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit's figures for the days {@code from} to {@code to} (both included); the veto looks back from {@code to}. */
    @Transactional(readOnly = true)
    public Map<Long, Figures> figures(LocalDate from, LocalDate to) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("select organization_id, count(*), sum(case when answered_on <= due_on then 1 else 0 end) "
                        + "from inquiry where status = 'ANSWERED' and answered_on >= ? and answered_on <= ? "
                        + "group by organization_id")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[5]);
                    c[0] = rs.getLong(2);
                    c[1] = rs.getLong(3);
                });
        jdbc.sql("select organization_id, count(*) from inquiry where status = 'RECEIVED' and received_on < ? "
                        + "and received_on >= ? group by organization_id")
                .params(Date.valueOf(to.minusMonths(3)), Date.valueOf(to.minusYears(1)))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new long[5])[2] = rs.getLong(2);
                });
        jdbc.sql("select organization_id, count(*), sum(case when status = 'FEEDBACK_PUBLISHED' then 1 else 0 end) "
                        + "from consultation where status <> 'DRAFT' and closes_on >= ? and closes_on <= ? "
                        + "group by organization_id")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[5]);
                    c[3] = rs.getLong(2);
                    c[4] = rs.getLong(3);
                });
        Map<Long, Figures> out = new HashMap<>();
        counts.forEach((unit, c) -> out.put(unit, new Figures(unit, c[0], c[1], c[2], c[3], c[4])));
        return out;
    }

    /** The messages or consultations behind one of a unit's figures, at most 500. */
    @Transactional(readOnly = true)
    public List<Line> lines(long organizationId, LocalDate from, LocalDate to, Facet facet) {
        return switch (facet) {
            case ANSWERED_LATE ->
                jdbc.sql("select id, subject, received_on, due_on, answered_on from inquiry "
                                + "where organization_id = ? and status = 'ANSWERED' and answered_on >= ? and answered_on <= ? "
                                + "and answered_on > due_on order by answered_on desc, id desc limit 500")
                        .params(organizationId, Date.valueOf(from), Date.valueOf(to))
                        .query((rs, n) -> new Line(
                                "/console/inquiries/" + rs.getLong(1),
                                rs.getString(2),
                                rs.getDate(3).toLocalDate(),
                                rs.getDate(4).toLocalDate(),
                                rs.getDate(5).toLocalDate()))
                        .list();
            case UNANSWERED ->
                jdbc.sql("select id, subject, received_on, due_on from inquiry where organization_id = ? "
                                + "and status = 'RECEIVED' and received_on < ? and received_on >= ? "
                                + "order by received_on, id limit 500")
                        .params(organizationId, Date.valueOf(to.minusMonths(3)), Date.valueOf(to.minusYears(1)))
                        .query((rs, n) -> new Line(
                                "/console/inquiries/" + rs.getLong(1),
                                rs.getString(2),
                                rs.getDate(3).toLocalDate(),
                                rs.getDate(4).toLocalDate(),
                                null))
                        .list();
            case NO_FEEDBACK ->
                jdbc.sql("select id, title, opens_on, closes_on from consultation "
                                + "where organization_id = ? and status = 'PUBLISHED' and closes_on >= ? and closes_on <= ? "
                                + "order by closes_on desc, id desc limit 500")
                        .params(organizationId, Date.valueOf(from), Date.valueOf(to))
                        .query((rs, n) -> new Line(
                                "/console/consultations/" + rs.getLong(1),
                                rs.getString(2),
                                rs.getDate(3).toLocalDate(),
                                rs.getDate(4).toLocalDate(),
                                null))
                        .list();
        };
    }
}
