package org.gongkai.request;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import org.gongkai.search.SearchHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published records attached to cases. */
@Repository
class FoundRecords {

    private final JdbcClient jdbc;

    FoundRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Attaches the hit; false when the case has it already. */
    boolean add(long requestId, SearchHit hit, Instant now, String by) {
        if (has(requestId, hit.recordId())) {
            return false;
        }
        jdbc.sql("insert into request_found_record (request_id, record_id, index_number, title, document_number, "
                        + "published_at, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        requestId,
                        hit.recordId(),
                        hit.indexNumber(),
                        hit.title().length() > 500 ? hit.title().substring(0, 500) : hit.title(),
                        hit.documentNumber(),
                        hit.publishedAt() == null ? null : utc(hit.publishedAt()),
                        utc(now),
                        by)
                .update();
        return true;
    }

    boolean has(long requestId, long recordId) {
        return jdbc.sql("select count(*) from request_found_record where request_id = ? and record_id = ?")
                        .params(requestId, recordId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean remove(long requestId, long foundId) {
        return jdbc.sql("delete from request_found_record where id = ? and request_id = ?")
                        .params(foundId, requestId)
                        .update()
                == 1;
    }

    List<FoundRecord> of(long requestId) {
        return jdbc.sql("select id, request_id, record_id, index_number, title, document_number, published_at, "
                        + "added_at, added_by from request_found_record where request_id = ? order by id")
                .param(requestId)
                .query((rs, n) -> new FoundRecord(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        rs.getLong("record_id"),
                        rs.getString("index_number"),
                        rs.getString("title"),
                        rs.getString("document_number"),
                        instant(rs, "published_at"),
                        instant(rs, "added_at"),
                        rs.getString("added_by")))
                .list();
    }
}
