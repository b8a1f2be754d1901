package org.gongkai.assessment;

import static org.gongkai.shared.SqlTimes.utc;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one shape of a status change in this module's tables: guarded by the state and the version read. */
final class GuardedWrites {

    private GuardedWrites() {}

    /**
     * {@code update <table> set status = <to>, <columns> …, version = version + 1 where id = ? and version = ? and
     * status = <current>}: true when the row was still in that state at that version. {@code table} and the column
     * names are this module's constants, never input.
     */
    static boolean apply(
            JdbcClient jdbc, String table, long id, int version, String current, String to, Map<String, Object> set) {
        StringBuilder sql = new StringBuilder("update " + table + " set status = ?");
        List<Object> params = new ArrayList<>(List.of(to));
        set.forEach((column, value) -> {
            sql.append(", ").append(column).append(" = ?");
            params.add(value instanceof Instant i ? utc(i) : value instanceof LocalDate d ? Date.valueOf(d) : value);
        });
        sql.append(", version = version + 1 where id = ? and version = ? and status = ?");
        params.addAll(List.of(id, version, current));
        return jdbc.sql(sql.toString()).params(params).update() == 1;
    }
}
