package org.gongkai.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Version stamps in the database that keep node-local caches coherent across nodes (issue 13): whoever changes cached
 * data {@link #bump}s its topic in the same transaction; a cache remembers the stamp it was filled at and empties itself
 * when {@link #current} differs. The current stamp is read from the database at most once a {@value #RECHECK_MILLIS} ms
 * per topic and node, so a change made on another node is seen within about a second.
 */
@Component
public class ChangeStamps {

    static final long RECHECK_MILLIS = 1000;

    private final JdbcClient jdbc;

    /** Per topic: the stamp last read and when (System.nanoTime). */
    private final Map<String, long[]> read = new ConcurrentHashMap<>();

    /**
     * How many times this node forgot a stamp it had read (at a change and again at its commit). A look that read the
     * database while a change committed may have read the stamp before it: it keeps what it read only if nothing was
     * forgotten meanwhile, else a stamp older than the commit would be served for a second after it.
     */
    private final java.util.concurrent.atomic.AtomicLong forgotten = new java.util.concurrent.atomic.AtomicLong();

    ChangeStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the topic's data as changed; call inside the transaction that changes it. */
    public void bump(String topic) {
        int updated = jdbc.sql("update change_stamp set version = version + 1 where topic = ?")
                .param(topic)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into change_stamp (topic, version) values (?, 1) on conflict do nothing")
                    .param(topic)
                    .update();
        }
        forget(topic); // this node reads the new stamp at its next look
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            // and again once the change commits: a look from another thread in between read the old stamp
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            forget(topic);
                        }
                    });
        }
    }

    /** The topic's current stamp (0 before its first change), at most a second old. */
    public long current(String topic) {
        long now = System.nanoTime();
        long[] last = read.get(topic);
        if (last != null && now - last[1] < RECHECK_MILLIS * 1_000_000L) {
            return last[0];
        }
        long before = forgotten.get();
        long version = stored(topic);
        if (forgotten.get() == before) {
            read.put(topic, new long[] {version, now});
            if (forgotten.get() != before) {
                read.remove(topic); // forgotten while being kept: read again at the next look
            }
        }
        return version;
    }

    /** The topic's stamp in the database now. */
    long stored(String topic) {
        return jdbc.sql("select version from change_stamp where topic = ?")
                .param(topic)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private void forget(String topic) {
        forgotten.incrementAndGet();
        read.remove(topic);
    }
}
