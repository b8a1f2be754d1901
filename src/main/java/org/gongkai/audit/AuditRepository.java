package org.gongkai.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.shared.SqlTimes;
import org.gongkai.shared.crypto.KeyRing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final String COLUMNS =
            "seq, occurred_at, actor, actor_address, action, target, outcome, detail, previous_hash, hash";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChainHasher hasher;
    private final JdbcTemplate batches;

    AuditRepository(JdbcClient jdbc, JdbcTemplate batches, Clock clock, KeyRing keys) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
        this.hasher = new ChainHasher(keys.derive("audit-chain", 32));
    }

    /** Serializes appends on the chain head row so that sequence and previous hash are never shared. */
    void append(
            Instant at, String actor, String address, String action, String target, Outcome outcome, String detail) {
        Map<String, Object> head = jdbc.sql(
                        "select last_seq, last_hash, scheme from audit_chain_head where id = 1 for update")
                .query()
                .singleRow();
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String previous = (String) head.get("last_hash");
        String hash = hasher.hash(
                (String) head.get("scheme"), seq, at, actor, address, action, target, outcome, detail, previous);
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, SqlTimes.utc(at), actor, address, action, target, outcome.name(), detail, previous, hash)
                .update();
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                .params(seq, hash)
                .update();
    }

    AuditPage search(AuditQuery q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", q.actor().strip());
        }
        if (q.action() != null && !q.action().isBlank()) {
            if (q.actionsNamed().isEmpty()) {
                where.append(" and action = :action");
            } else {
                where.append(" and (action = :action or action in (:named))");
                params.put("named", List.copyOf(q.actionsNamed()));
            }
            params.put("action", q.action().strip());
        }
        if (q.outcome() != null) {
            where.append(" and outcome = :outcome");
            params.put("outcome", q.outcome().name());
        }
        if (q.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", q.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (q.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", q.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> entries = jdbc.sql("select " + COLUMNS + " from audit_entry" + where
                        + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", q.size())
                .param("offset", (long) q.page() * q.size())
                .query(AuditRepository::map)
                .list();
        return new AuditPage(entries, total, q.page(), q.size());
    }

    List<AuditEntry> recentBy(String actor, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where actor = ? order by seq desc limit ?")
                .params(actor, limit)
                .query(AuditRepository::map)
                .list();
    }

    /**
     * Walks the chain in order, recomputing each hash. Finds a changed entry (its hash no longer
     * matches), a removed or inserted one (the sequence or the link to the previous hash breaks) and a
     * truncated tail (the head no longer matches the last entry).
     */
    ChainVerification verify(Instant now) {
        String scheme = scheme();
        AtomicReference<String> previous = new AtomicReference<>(ChainHasher.GENESIS);
        long[] expectedSeq = {1};
        long[] checked = {0};
        List<Object[]> broken = new ArrayList<>(1);
        jdbc.sql("select " + COLUMNS + " from audit_entry order by seq").query((ResultSet rs) -> {
            if (!broken.isEmpty()) {
                return;
            }
            AuditEntry e = map(rs, 0);
            checked[0]++;
            if (e.sequence() != expectedSeq[0]) {
                broken.add(new Object[] {expectedSeq[0], "第 " + expectedSeq[0] + " 条记录缺失（序号不连续），审计记录可能被删除。"});
            } else if (!e.previousHash().equals(previous.get())) {
                broken.add(new Object[] {e.sequence(), "第 " + e.sequence() + " 条记录与前一条的链接不符，前一条记录可能被篡改或替换。"});
            } else if (!hasher.hash(scheme, e).equals(e.hash())) {
                broken.add(new Object[] {e.sequence(), "第 " + e.sequence() + " 条记录的内容与其哈希值不符，该记录已被篡改。"});
            }
            previous.set(e.hash());
            expectedSeq[0]++;
        });
        if (broken.isEmpty()) {
            Map<String, Object> head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                    .query()
                    .singleRow();
            long lastSeq = ((Number) head.get("last_seq")).longValue();
            if (lastSeq != expectedSeq[0] - 1 || !previous.get().equals(head.get("last_hash"))) {
                broken.add(new Object[] {
                    expectedSeq[0], "链尾与最后一条记录不符（应有 " + lastSeq + " 条，实有 " + (expectedSeq[0] - 1) + " 条），末尾记录可能被删除。"
                });
            }
        }
        if (broken.isEmpty()) {
            return new ChainVerification(true, checked[0], null, null, now);
        }
        return new ChainVerification(false, checked[0], (Long) broken.get(0)[0], (String) broken.get(0)[1], now);
    }

    String scheme() {
        return jdbc.sql("select scheme from audit_chain_head where id = 1")
                .query(String.class)
                .single();
    }

    /** The chain's head: its last sequence number and hash. */
    Map<String, Object> head() {
        return jdbc.sql("select last_seq, last_hash, scheme from audit_chain_head where id = 1")
                .query()
                .singleRow();
    }

    /** The stored hash of one entry, if it exists. */
    java.util.Optional<String> hashOf(long seq) {
        return jdbc.sql("select hash from audit_entry where seq = ?")
                .param(seq)
                .query(String.class)
                .optional();
    }

    /**
     * Recomputes every hash of a plain SM3 chain under the key, in order, holding the head row; returns the number
     * of entries rekeyed, or -1 when the chain is not plain (already keyed). The caller has verified it first.
     */
    long rekey() {
        Map<String, Object> head = jdbc.sql(
                        "select last_seq, last_hash, scheme from audit_chain_head where id = 1 for update")
                .query()
                .singleRow();
        if (!ChainHasher.PLAIN.equals(head.get("scheme"))) {
            return -1;
        }
        String[] previous = {ChainHasher.GENESIS};
        List<Object[]> updates = new ArrayList<>();
        jdbc.sql("select " + COLUMNS + " from audit_entry order by seq").query((ResultSet rs) -> {
            AuditEntry e = map(rs, 0);
            AuditEntry relinked = new AuditEntry(
                    e.sequence(),
                    e.occurredAt(),
                    e.actor(),
                    e.actorAddress(),
                    e.action(),
                    e.target(),
                    e.outcome(),
                    e.detail(),
                    previous[0],
                    null);
            String hash = hasher.hash(ChainHasher.KEYED, relinked);
            updates.add(new Object[] {previous[0], hash, e.sequence()});
            previous[0] = hash;
        });
        for (int from = 0; from < updates.size(); from += 1000) {
            batches.batchUpdate(
                    "update audit_entry set previous_hash = ?, hash = ? where seq = ?",
                    updates.subList(from, Math.min(from + 1000, updates.size())));
        }
        jdbc.sql("update audit_chain_head set last_hash = ?, scheme = ? where id = 1")
                .params(previous[0], ChainHasher.KEYED)
                .update();
        return updates.size();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                SqlTimes.instant(rs, "occurred_at"),
                rs.getString("actor"),
                rs.getString("actor_address"),
                rs.getString("action"),
                rs.getString("target"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
