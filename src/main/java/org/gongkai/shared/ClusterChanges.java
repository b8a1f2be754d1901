package org.gongkai.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The changes every node hears (issue 13). {@link #record} writes a row in the transaction of the change; each node
 * reads the rows of other nodes every {@code gongkai.cluster.poll} (250 ms) and publishes each as a
 * {@link ClusterChange} on itself. Portable between H2 and PostgreSQL (no LISTEN/NOTIFY), so the embedded county
 * install runs the same code.
 *
 * <p>Row ids come from a sequence and a transaction with a lower id may commit after one with a higher id; the rows
 * of the last {@value #LATE_SECONDS} seconds are therefore read again at each poll, and those already delivered are
 * skipped, so none is missed and none delivered twice.
 */
@Component
public class ClusterChanges implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterChanges.class);
    static final int LATE_SECONDS = 10;
    private static final Duration KEEP = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final String node;
    private final Duration poll;
    private final Clock wallClock = Clock.systemUTC();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cluster-changes");
        t.setDaemon(true);
        return t;
    });

    /** Ids read and when they were first read (nanoTime); those older than LATE_SECONDS move the floor up. */
    private final Map<Long, Long> seen = new HashMap<>();

    private long floor = -1;
    private long lastCleanup;

    ClusterChanges(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            ScheduledLeases leases,
            @Value("${gongkai.cluster.poll:250ms}") Duration poll) {
        this.jdbc = jdbc;
        this.events = events;
        this.node = leases.node();
        this.poll = poll;
    }

    /** Writes the change for the other nodes, in the current transaction (so it is heard only if it commits). */
    public void record(String kind, Long subject) {
        jdbc.sql("insert into cluster_change (origin, kind, subject, created_at) values (?, ?, ?, ?)")
                .params(node, kind, subject, SqlTimes.utc(wallClock.instant()))
                .update();
    }

    @EventListener
    void start(ApplicationReadyEvent event) {
        synchronized (this) {
            if (floor >= 0) {
                return;
            }
            floor = jdbc.sql("select coalesce(max(id), 0) from cluster_change")
                    .query(Long.class)
                    .single();
        }
        long millis = Math.max(10, poll.toMillis());
        poller.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops reading before the beans it reads through (the data source) are closed. */
    @EventListener
    void stop(ContextClosedEvent event) {
        poller.shutdownNow();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            if (!poller.isShutdown()) {
                log.warn("读取其他节点的变更失败：{}", e.getMessage());
            }
        }
    }

    /** Reads the other nodes' new changes and publishes each on this node; returns how many. */
    synchronized int poll() {
        List<Map<String, Object>> rows = jdbc.sql(
                        "select id, origin, kind, subject from cluster_change where id > ? order by id")
                .param(floor)
                .query()
                .listOfRows();
        long now = System.nanoTime();
        int delivered = 0;
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            if (seen.putIfAbsent(id, now) != null || node.equals(row.get("origin"))) {
                continue;
            }
            Object subject = row.get("subject");
            events.publishEvent(new ClusterChange(
                    (String) row.get("kind"), subject == null ? null : ((Number) subject).longValue()));
            delivered++;
        }
        long late = TimeUnit.SECONDS.toNanos(LATE_SECONDS);
        for (Iterator<Map.Entry<Long, Long>> i = seen.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<Long, Long> e = i.next();
            if (now - e.getValue() > late) {
                floor = Math.max(floor, e.getKey());
                i.remove();
            }
        }
        if (now - lastCleanup > TimeUnit.MINUTES.toNanos(1)) {
            lastCleanup = now;
            jdbc.sql("delete from cluster_change where created_at < ?")
                    .param(SqlTimes.utc(wallClock.instant().minus(KEEP)))
                    .update();
        }
        return delivered;
    }

    String node() {
        return node;
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
