package org.gongkai.information;

import static org.gongkai.shared.SqlTimes.utc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the annual report's table 二 counts from a unit's records (国办公开办函〔2021〕30号; RULES §2.2), for the report
 * module: 规章 and 行政规范性文件 issued in the year (by 成文日期, else the date formed), repealed in the year (已废止 with
 * its date in the year) and in force at the year's end (issued by then, not repealed or expired by then, not withdrawn
 * by then); and the 行政许可, 行政处罚 and 行政强制 decisions the unit published with a date in the year. A record counts
 * once it was signed off (published, filed, or published then withdrawn), under its issuing unit. Counts of public
 * records: no authorization of its own (the caller decides who may see a report).
 */
@Service
public class AnnualFigures {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    AnnualFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 本年制发件数, 本年废止件数, 现行有效件数 of one document type. */
    public record DocumentCounts(long issued, long repealed, long effective) {}

    /** The three figures of 规章 and of 行政规范性文件, in that order. */
    @Transactional(readOnly = true)
    public Map<DocumentType, DocumentCounts> normativeDocuments(long organizationId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        var endOfYear = utc(first.plusYears(1).atStartOfDay(CHINA).toInstant());
        Map<DocumentType, DocumentCounts> counts = new EnumMap<>(DocumentType.class);
        counts.put(DocumentType.REGULATION, new DocumentCounts(0, 0, 0));
        counts.put(DocumentType.NORMATIVE_DOCUMENT, new DocumentCounts(0, 0, 0));
        List<Object> params = new ArrayList<>();
        for (Figure f : List.of(Figure.ISSUED, Figure.REPEALED, Figure.EFFECTIVE)) {
            params.addAll(f.params(first, last, endOfYear));
        }
        params.add(organizationId);
        jdbc.sql("select document_type, sum(case when " + Figure.ISSUED.condition + " then 1 else 0 end), "
                        + "sum(case when " + Figure.REPEALED.condition + " then 1 else 0 end), "
                        + "sum(case when " + Figure.EFFECTIVE.condition + " then 1 else 0 end) "
                        + "from information_record where organization_id = ? and " + SIGNED_OFF
                        + " and document_type in ('REGULATION', 'NORMATIVE_DOCUMENT') group by document_type")
                .params(params)
                .query(rs -> {
                    counts.put(
                            DocumentType.valueOf(rs.getString(1)),
                            new DocumentCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        return counts;
    }

    /** A record counts once it was signed off: published, filed, or published then withdrawn. */
    private static final String SIGNED_OFF = "status in ('PUBLISHED', 'FILED', 'WITHDRAWN')";

    /** What a cell of table 二 counts: the one condition both the count and the cell's list use. */
    public enum Figure {
        /** 本年制发件数: dated (成文日期, else formed) in the year. */
        ISSUED("coalesce(written_date, formed_date) between ? and ?"),
        /** 本年废止件数: 已废止 with its date in the year. */
        REPEALED("validity = 'REPEALED' and validity_date between ? and ?"),
        /** 现行有效件数: dated by the year's end, not repealed or expired by then, not withdrawn by then. */
        EFFECTIVE("coalesce(written_date, formed_date) <= ? "
                + "and not (validity in ('REPEALED', 'EXPIRED') and validity_date <= ?) "
                + "and (withdrawn_at is null or withdrawn_at >= ?)"),
        /** 本年处理决定数量: formed in the year. */
        DECISIONS("formed_date between ? and ?");

        private final String condition;

        Figure(String condition) {
            this.condition = condition;
        }

        private List<Object> params(LocalDate first, LocalDate last, Object endOfYear) {
            return switch (this) {
                case EFFECTIVE -> List.of(last, last, endOfYear);
                default -> List.of(first, last);
            };
        }
    }

    /** A record a cell of table 二 counts, as the drill-down lists it. */
    public record CountedRecord(long id, String indexNumber, String title, String documentNumber, LocalDate date) {}

    /**
     * The records one cell of table 二 counts, by the same rules as the counts (at most {@code limit}, by date). For
     * {@link Figure#DECISIONS} the type is a decision type; otherwise 规章 or 行政规范性文件.
     */
    @Transactional(readOnly = true)
    public List<CountedRecord> records(long organizationId, int year, DocumentType type, Figure figure, int limit) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        var endOfYear = utc(first.plusYears(1).atStartOfDay(CHINA).toInstant());
        List<Object> params = new ArrayList<>(List.of(organizationId, type.name()));
        params.addAll(figure.params(first, last, endOfYear));
        params.add(limit);
        return jdbc.sql("select id, index_number, title, document_number, coalesce(written_date, formed_date) "
                        + "from information_record where organization_id = ? and document_type = ? "
                        + "and " + SIGNED_OFF + " and " + figure.condition
                        + " order by coalesce(written_date, formed_date), id limit ?")
                .params(params)
                .query((rs, n) -> new CountedRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** The decisions of each kind (行政许可, 行政处罚, 行政强制) the unit published with a date formed in the year. */
    @Transactional(readOnly = true)
    public Map<DocumentType, Long> decisions(long organizationId, int year) {
        Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);
        counts.put(DocumentType.LICENSING_DECISION, 0L);
        counts.put(DocumentType.PENALTY_DECISION, 0L);
        counts.put(DocumentType.ENFORCEMENT_DECISION, 0L);
        jdbc.sql("select document_type, count(*) from information_record where organization_id = ? and " + SIGNED_OFF
                        + " and " + Figure.DECISIONS.condition + " "
                        + "and document_type in ('LICENSING_DECISION', 'PENALTY_DECISION', 'ENFORCEMENT_DECISION') "
                        + "group by document_type")
                .params(organizationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(rs -> {
                    counts.put(DocumentType.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /**
     * The records the unit first published in the year, by the column they were filed under (the facts offered beside
     * section 一 of the report); records without a column are counted under {@code null}.
     */
    @Transactional(readOnly = true)
    public Map<DisclosureColumn, Long> publishedByColumn(long organizationId, int year) {
        Map<DisclosureColumn, Long> counts = new java.util.LinkedHashMap<>();
        var from = utc(LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant());
        var to = utc(LocalDate.of(year + 1, 1, 1).atStartOfDay(CHINA).toInstant());
        jdbc.sql("select disclosure_column, count(*) from information_record where organization_id = ? "
                        + "and first_published_at >= ? and first_published_at < ? group by disclosure_column "
                        + "order by count(*) desc")
                .params(organizationId, from, to)
                .query(rs -> {
                    String column = rs.getString(1);
                    DisclosureColumn c = null;
                    if (column != null) {
                        try {
                            c = DisclosureColumn.valueOf(column);
                        } catch (IllegalArgumentException retired) {
                            c = null;
                        }
                    }
                    counts.merge(c, rs.getLong(2), Long::sum);
                });
        return counts;
    }
}
