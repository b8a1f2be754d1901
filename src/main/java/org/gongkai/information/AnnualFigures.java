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
        jdbc.sql("select document_type, "
                        + "sum(case when coalesce(written_date, formed_date) between ? and ? then 1 else 0 end), "
                        + "sum(case when validity = 'REPEALED' and validity_date between ? and ? then 1 else 0 end), "
                        + "sum(case when coalesce(written_date, formed_date) <= ? "
                        + "and not (validity in ('REPEALED', 'EXPIRED') and validity_date <= ?) "
                        + "and (withdrawn_at is null or withdrawn_at >= ?) then 1 else 0 end) "
                        + "from information_record where organization_id = ? "
                        + "and status in ('PUBLISHED', 'FILED', 'WITHDRAWN') "
                        + "and document_type in ('REGULATION', 'NORMATIVE_DOCUMENT') group by document_type")
                .params(first, last, first, last, last, last, endOfYear, organizationId)
                .query(rs -> {
                    counts.put(
                            DocumentType.valueOf(rs.getString(1)),
                            new DocumentCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        return counts;
    }

    /** What a cell of table 二 counts. */
    public enum Figure {
        ISSUED,
        REPEALED,
        EFFECTIVE,
        DECISIONS
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
        String condition;
        List<Object> params = new ArrayList<>(List.of(organizationId, type.name()));
        switch (figure) {
            case ISSUED -> {
                condition = "coalesce(written_date, formed_date) between ? and ?";
                params.addAll(List.of(first, last));
            }
            case REPEALED -> {
                condition = "validity = 'REPEALED' and validity_date between ? and ?";
                params.addAll(List.of(first, last));
            }
            case EFFECTIVE -> {
                condition = "coalesce(written_date, formed_date) <= ? "
                        + "and not (validity in ('REPEALED', 'EXPIRED') and validity_date <= ?) "
                        + "and (withdrawn_at is null or withdrawn_at >= ?)";
                params.addAll(List.of(last, last, endOfYear));
            }
            default -> {
                condition = "formed_date between ? and ?";
                params.addAll(List.of(first, last));
            }
        }
        params.add(limit);
        return jdbc.sql("select id, index_number, title, document_number, coalesce(written_date, formed_date) "
                        + "from information_record where organization_id = ? and document_type = ? "
                        + "and status in ('PUBLISHED', 'FILED', 'WITHDRAWN') and " + condition
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
        jdbc.sql("select document_type, count(*) from information_record where organization_id = ? "
                        + "and status in ('PUBLISHED', 'FILED', 'WITHDRAWN') and formed_date between ? and ? "
                        + "and document_type in ('LICENSING_DECISION', 'PENALTY_DECISION', 'ENFORCEMENT_DECISION') "
                        + "group by document_type")
                .params(organizationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(rs -> {
                    counts.put(DocumentType.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
