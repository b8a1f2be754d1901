package org.gongkai.shared.logging;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Which exceptions carry a database's message, and what the log shows instead. H2 quotes the statement with its
 * parameters and the row it could not lock; PostgreSQL's detail quotes the key that clashed. None of that may
 * reach a log line, so the log keeps only the kind of error (SQLState and vendor code).
 */
final class DatabaseMessages {

    private DatabaseMessages() {}

    static boolean fromDatabase(Throwable t) {
        if (t instanceof SQLException) {
            return true;
        }
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            String name = c.getName();
            if (name.startsWith("org.springframework.dao.")
                    || name.startsWith("org.springframework.jdbc.")
                    || name.startsWith("org.h2.")
                    || name.startsWith("org.postgresql.")
                    || name.startsWith("org.springframework.transaction.")) {
                return true;
            }
        }
        return false;
    }

    static String replacement(Throwable t) {
        SQLException sql = sqlException(t);
        return sql == null
                ? "〔数据库信息已隐去〕"
                : "〔数据库信息已隐去：SQLState " + sql.getSQLState() + "，错误码 " + sql.getErrorCode() + "〕";
    }

    /** The database messages in a throwable's causes and suppressed exceptions, longest first. */
    static List<String> messages(Throwable root) {
        List<String> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(root, found, seen);
        found.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return found;
    }

    private static void collect(Throwable t, List<String> found, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        if (fromDatabase(t) && t.getMessage() != null && !t.getMessage().isEmpty()) {
            found.add(t.getMessage());
        }
        collect(t.getCause(), found, seen);
        for (Throwable s : t.getSuppressed()) {
            collect(s, found, seen);
        }
    }

    private static SQLException sqlException(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
