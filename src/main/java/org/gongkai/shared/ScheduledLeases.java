package org.gongkai.shared;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leases in the database for scheduled work that must run on one node at a time (issue 13): a node runs a job only
 * while it holds the job's lease, taken when free or run out, renewed by its holder at each run — one guarded update,
 * so that two nodes asking at once cannot both get it. A node that dies keeps it until it runs out; then another node
 * takes over. Lease time is wall-clock time ({@link Clock#systemUTC()}), not the platform's business clock.
 */
@Component
public class ScheduledLeases {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node;

    @Autowired
    ScheduledLeases(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC(), defaultNode());
    }

    ScheduledLeases(JdbcClient jdbc, Clock clock, String node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
    }

    private static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        return host + "/" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This node's name in the leases it holds. */
    public String node() {
        return node;
    }

    /** Whether this node holds the lease {@code name} for {@code hold} from now: taken, renewed, or refused. */
    public boolean acquire(String name, Duration hold) {
        Instant now = clock.instant();
        int taken = jdbc.sql("update scheduled_lease set held_by = ?, held_until = ? where name = ? "
                        + "and (held_until < ? or held_by = ?)")
                .params(node, SqlTimes.utc(now.plus(hold)), name, SqlTimes.utc(now), node)
                .update();
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.sql("insert into scheduled_lease (name, held_by, held_until) select ?, ?, ? "
                                    + "where not exists (select 1 from scheduled_lease where name = ?)")
                            .params(name, node, SqlTimes.utc(now.plus(hold)), name)
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            return false; // another node created it at the same moment
        }
    }

    /** Gives up the lease {@code name} if this node holds it, so that another node may take it at once. */
    public void release(String name) {
        jdbc.sql("update scheduled_lease set held_until = ? where name = ? and held_by = ?")
                .params(SqlTimes.utc(Instant.EPOCH), name, node)
                .update();
    }

    /** Runs {@code work} when this node holds (or gets) the lease; returns whether it ran. */
    public boolean runExclusively(String name, Duration hold, Runnable work) {
        if (!acquire(name, hold)) {
            return false;
        }
        work.run();
        return true;
    }
}
