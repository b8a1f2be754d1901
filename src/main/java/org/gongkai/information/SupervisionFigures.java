package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the supervision indicators (issue 16 §1) count from the records a unit first published in a period: records
 * published per month and per column; proactive timeliness, the share of 主动公开 records published within
 * {@value PublicationDeadline#WORKING_DAYS} working days of the day they were formed (第二十六条); and the interpretation
 * rate, the share of the policies needing a 政策解读 that have one published (issue 15 §2). Records brought in from an old
 * site (never submitted on the platform) are counted apart, as a caveat: their dates are what the old site said. A
 * record counts under its issuing unit once first published, withdrawn later or not. No authorization of its own: the
 * caller decides who sees a unit's figures.
 */
@Service
public class SupervisionFigures {

    /** One unit's figures for a period. */
    public record Publication(
            long organizationId,
            long published,
            long proactive,
            long timely,
            long migrated,
            long policies,
            long interpreted,
            Map<YearMonth, Long> byMonth,
            Map<DisclosureColumn, Long> byColumn) {

        public static Publication empty(long organizationId) {
            return new Publication(organizationId, 0, 0, 0, 0, 0, 0, Map.of(), Map.of());
        }
    }

    /** The records behind a figure. */
    public enum Facet {
        PUBLISHED("发布的信息"),
        LATE("超过 20 个工作日发布的主动公开信息"),
        NOT_INTERPRETED("未发布解读的政策文件"),
        MIGRATED("从原网站迁移的信息");

        private final String label;

        Facet(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A record behind a figure, with what decided how it counted. */
    public record Line(
            long recordId,
            String indexNumber,
            String title,
            DocumentType documentType,
            DisclosureColumn column,
            LocalDate formedDate,
            LocalDate dueDate,
            LocalDate publishedOn,
            boolean proactive,
            boolean timely,
            boolean migrated,
            boolean needsInterpretation,
            boolean interpreted) {}

    /** The most lines a drill-down lists. */
    public static final int MAX_LINES = 500;

    private final JdbcClient jdbc;
    private final PublicationDeadlines deadlines;
    private final ZoneId zone;

    SupervisionFigures(JdbcClient jdbc, PublicationDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.zone = clock.getZone();
    }

    private static final String SELECT = "select r.id, r.organization_id, r.index_number, r.title, r.document_type, "
            + "r.disclosure_column, r.formed_date, r.first_published_at, r.attribute, r.needs_interpretation, "
            + "case when r.submitted_at is null then 1 else 0 end as migrated "
            + "from information_record r where r.first_published_at >= :from and r.first_published_at < :to";

    /**
     * The link's interpretation is published. Written as a test of each link (of the small table of links) so that the
     * database starts from the links: joined, H2 started from every published record by its status and looked each up.
     */
    private static final String PUBLISHED_INTERPRETATION =
            "exists (select 1 from information_record i where i.id = e.record_id and i.status = 'PUBLISHED')";

    /**
     * The records first published in the period that have a published interpretation: read apart, from the small
     * table of links, instead of a subquery for every record of the period (which H2 ran for minutes on 100,000).
     */
    private static final String INTERPRETED = "select distinct e.explained_id from information_explains e "
            + "join information_record p on p.id = e.explained_id "
            + "where p.first_published_at >= :from and p.first_published_at < :to and " + PUBLISHED_INTERPRETATION;

    private Set<Long> interpreted(Map<String, Object> params) {
        return new HashSet<>(
                jdbc.sql(INTERPRETED).params(params).query(Long.class).list());
    }

    /**
     * Every unit's figures for the days {@code from} to {@code to} (both included), by unit: one grouped query over the
     * index of first publications (never the records' rows), joined to the deadlines of the days they were formed on,
     * and one over the interpretation links. {@link #publication(long, LocalDate, LocalDate)} counts the same from the
     * records one by one.
     */
    @Transactional(readOnly = true)
    public Map<Long, Publication> publication(LocalDate from, LocalDate to) {
        Map<String, Object> params = range(from, to);
        deadlines.cover(params);
        List<YearMonth> months = new ArrayList<>();
        StringBuilder month = new StringBuilder("case");
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
            params.put(
                    "m" + months.size(),
                    utc(m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
            month.append(" when r.first_published_at < :m")
                    .append(months.size())
                    .append(" then ")
                    .append(months.size() - 1);
        }
        month.append(" end");
        Map<Long, Counter> counters = new HashMap<>();
        jdbc.sql("select r.organization_id, " + month + ", r.disclosure_column, count(*), "
                        + "sum(case when r.submitted_at is null then 1 else 0 end), "
                        + "sum(case when r.submitted_at is not null and r.attribute = 'PROACTIVE' then 1 else 0 end), "
                        + "sum(case when r.submitted_at is not null and r.attribute = 'PROACTIVE' "
                        + "and r.first_published_at < d.deadline then 1 else 0 end), "
                        + "sum(" + NEEDS_INTERPRETATION + ") "
                        + "from information_record r left join information_publication_deadline d "
                        + "on d.formed_on = r.formed_date "
                        + "where r.first_published_at >= :from and r.first_published_at < :to group by 1, 2, 3")
                .params(params)
                .query(rs -> {
                    counters.computeIfAbsent(rs.getLong(1), Counter::new)
                            .add(
                                    months.get(rs.getInt(2)),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    rs.getLong(8));
                });
        jdbc.sql("select r.organization_id, count(distinct r.id) from information_explains e "
                        + "join information_record r on r.id = e.explained_id "
                        + "where r.first_published_at >= :from and r.first_published_at < :to and "
                        + PUBLISHED_INTERPRETATION + " and " + NEEDS_INTERPRETATION
                        + " = 1 group by r.organization_id")
                .params(params)
                .query(rs -> {
                    counters.computeIfAbsent(rs.getLong(1), Counter::new).interpreted += rs.getLong(2);
                });
        Map<Long, Publication> out = new HashMap<>();
        counters.forEach((unit, c) -> out.put(unit, c.figures()));
        return out;
    }

    /** 1 when the record is a policy that needs a 解读 (its own flag, else its type's default), else 0. */
    private static final String NEEDS_INTERPRETATION = "case when r.document_type = '"
            + DocumentType.INTERPRETATION.name() + "' then 0 "
            + "when r.needs_interpretation is not null then (case when r.needs_interpretation then 1 else 0 end) "
            + "when r.document_type in ("
            + java.util.Arrays.stream(DocumentType.values())
                    .filter(DocumentType::needsInterpretationByDefault)
                    .map(t -> "'" + t.name() + "'")
                    .collect(java.util.stream.Collectors.joining(", "))
            + ") then 1 else 0 end";

    /** One unit's figures (zero when it published nothing). */
    @Transactional(readOnly = true)
    public Publication publication(long organizationId, LocalDate from, LocalDate to) {
        Counter c = new Counter(organizationId);
        lines(organizationId, from, to).forEach(c::add);
        return c.figures();
    }

    /** The records behind one of a unit's figures, newest first, at most {@link #MAX_LINES}. */
    @Transactional(readOnly = true)
    public List<Line> lines(long organizationId, LocalDate from, LocalDate to, Facet facet) {
        return lines(organizationId, from, to).stream()
                .filter(l -> switch (facet) {
                    case PUBLISHED -> true;
                    case LATE -> l.proactive() && !l.migrated() && !l.timely();
                    case NOT_INTERPRETED -> l.needsInterpretation() && !l.interpreted();
                    case MIGRATED -> l.migrated();
                })
                .sorted(java.util.Comparator.comparing(Line::publishedOn)
                        .thenComparing(Line::recordId)
                        .reversed())
                .limit(MAX_LINES)
                .toList();
    }

    private List<Line> lines(long organizationId, LocalDate from, LocalDate to) {
        Map<LocalDate, LocalDate> dues = new HashMap<>();
        Map<String, Object> params = range(from, to);
        Set<Long> interpreted = interpreted(params);
        params.put("unit", organizationId);
        return jdbc.sql(SELECT + " and r.organization_id = :unit")
                .params(params)
                .query((rs, n) -> line(rs, dues, interpreted))
                .list();
    }

    private Map<String, Object> range(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", utc(from.atStartOfDay(zone).toInstant()));
        params.put("to", utc(to.plusDays(1).atStartOfDay(zone).toInstant()));
        return params;
    }

    private Line line(ResultSet rs, Map<LocalDate, LocalDate> dues, Set<Long> interpreted) throws SQLException {
        DocumentType type = DocumentType.valueOf(rs.getString("document_type"));
        String column = rs.getString("disclosure_column");
        LocalDate formed = rs.getDate("formed_date").toLocalDate();
        Instant published = instant(rs, "first_published_at");
        LocalDate publishedOn = LocalDate.ofInstant(published, zone);
        LocalDate due = formed == null ? null : dues.computeIfAbsent(formed, deadlines::due);
        boolean proactive = DisclosureAttribute.PROACTIVE.name().equals(rs.getString("attribute"));
        Boolean flag = (Boolean) rs.getObject("needs_interpretation");
        boolean needs =
                type != DocumentType.INTERPRETATION && (flag != null ? flag : type.needsInterpretationByDefault());
        return new Line(
                rs.getLong("id"),
                rs.getString("index_number"),
                rs.getString("title"),
                type,
                column == null ? null : DisclosureColumn.valueOf(column),
                formed,
                due,
                publishedOn,
                proactive,
                due != null && !publishedOn.isAfter(due),
                rs.getInt("migrated") == 1,
                needs,
                interpreted.contains(rs.getLong("id")));
    }

    /**
     * A unit's part in the cleanup rounds (第十八条 and the rules on normative documents): its records reviewed in rounds
     * closed in the period, and its records still undecided in open rounds past their due date at the period's end.
     */
    public record Cleanup(long organizationId, long closedRounds, long reviewed, long overdue) {}

    /** Every unit's cleanup figures for the days {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public Map<Long, Cleanup> cleanup(LocalDate from, LocalDate to) {
        Map<String, Object> params = range(from, to);
        params.put("day", java.sql.Date.valueOf(to));
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("select e.organization_id, count(distinct r.id), count(*) from cleanup_entry e "
                        + "join cleanup_round r on r.id = e.round_id "
                        + "where r.closed_at >= :from and r.closed_at < :to group by e.organization_id")
                .params(params)
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[3]);
                    c[0] = rs.getLong(2);
                    c[1] = rs.getLong(3);
                });
        jdbc.sql("select e.organization_id, count(*) from cleanup_entry e join cleanup_round r on r.id = e.round_id "
                        + "where e.decision is null and r.due_date < :day "
                        + "and (r.closed_at is null or r.closed_at >= :to) group by e.organization_id")
                .params(params)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), k -> new long[3])[2] = rs.getLong(2);
                });
        Map<Long, Cleanup> out = new HashMap<>();
        counts.forEach((unit, c) -> out.put(unit, new Cleanup(unit, c[0], c[1], c[2])));
        return out;
    }

    private static final class Counter {
        private final long unit;
        private long published;
        private long proactive;
        private long timely;
        private long migrated;
        private long policies;
        private long interpreted;
        private final Map<YearMonth, Long> byMonth = new TreeMap<>();
        private final Map<DisclosureColumn, Long> byColumn = new EnumMap<>(DisclosureColumn.class);

        Counter(long unit) {
            this.unit = unit;
        }

        void add(Line l) {
            published++;
            byMonth.merge(YearMonth.from(l.publishedOn()), 1L, Long::sum);
            if (l.column() != null) {
                byColumn.merge(l.column(), 1L, Long::sum);
            }
            if (l.migrated()) {
                migrated++;
            } else if (l.proactive()) {
                // timeliness is the platform's own: an old site's dates are not checked again
                proactive++;
                if (l.timely()) {
                    timely++;
                }
            }
            if (l.needsInterpretation()) {
                policies++;
                if (l.interpreted()) {
                    interpreted++;
                }
            }
        }

        /** A group of the board's query: its records, of which migrated, proactive, timely and policies. */
        void add(YearMonth month, String column, long n, long migrated, long proactive, long timely, long policies) {
            published += n;
            byMonth.merge(month, n, Long::sum);
            if (column != null) {
                byColumn.merge(DisclosureColumn.valueOf(column), n, Long::sum);
            }
            this.migrated += migrated;
            this.proactive += proactive;
            this.timely += timely;
            this.policies += policies;
        }

        Publication figures() {
            return new Publication(
                    unit,
                    published,
                    proactive,
                    timely,
                    migrated,
                    policies,
                    interpreted,
                    Map.copyOf(byMonth),
                    Map.copyOf(byColumn));
        }
    }
}
