package org.gongkai.assessment;

import static org.gongkai.shared.SqlTimes.instant;
import static org.gongkai.shared.SqlTimes.utc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.gongkai.shared.ScheduledLeases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The week-long availability monitoring of the site inspection (国办秘函〔2019〕19号, RULES §5.2 站点无法访问): the
 * platform visits its portal's home page every {@code gongkai.inspection.probe-every} (72 minutes: 20 visits a day),
 * one node at a time, and keeps whether it answered within 15 seconds. A visit that should have happened and did not —
 * the platform was not running — counts as not answered. Visits older than 30 days are dropped.
 */
@Component
class SiteProbes {

    static final String LEASE = "assessment.site-probe";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration KEPT = Duration.ofDays(30);

    /** What a week of visits shows: how many were due, how many answered, how many failed or were missed. */
    record Week(long due, long made, long failed, Instant first) {

        long notAnswered() {
            return failed + Math.max(0, due - made);
        }
    }

    private final JdbcClient jdbc;
    private final PortalCrawler crawler;
    private final ScheduledLeases leases;
    private final Clock clock;
    private final Duration every;

    SiteProbes(
            JdbcClient jdbc,
            PortalCrawler crawler,
            ScheduledLeases leases,
            Clock clock,
            @Value("${gongkai.inspection.probe-every:72m}") Duration every) {
        this.jdbc = jdbc;
        this.crawler = crawler;
        this.leases = leases;
        this.clock = clock;
        this.every = every;
    }

    Duration every() {
        return every;
    }

    @Scheduled(
            fixedDelayString = "${gongkai.inspection.probe-every:72m}",
            initialDelayString = "${gongkai.inspection.first-probe:2m}")
    void scheduled() {
        // the lease is held for most of the interval, so that the nodes of a province make one visit between them
        leases.runExclusively(LEASE, every.minus(every.dividedBy(10)), this::probe);
    }

    /** Visits the home page once and keeps what happened; nothing when the portal's address is not known. */
    void probe() {
        URI root = crawler.root();
        if (root == null) {
            return;
        }
        Instant at = clock.instant();
        long started = System.nanoTime();
        boolean answered;
        String detail;
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            int status = client.send(
                            HttpRequest.newBuilder(root)
                                    .timeout(TIMEOUT)
                                    .header("User-Agent", "gongkai-site-inspection")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            answered = status == 200;
            detail = answered ? null : "HTTP " + status;
        } catch (HttpTimeoutException e) {
            answered = false;
            detail = "超过 15 秒仍未打开";
        } catch (IOException e) {
            answered = false;
            detail = "无法连接";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        record(at, answered, (System.nanoTime() - started) / 1_000_000, detail);
    }

    void record(Instant at, boolean answered, long millis, String detail) {
        jdbc.sql("insert into site_probe (probed_at, answered, millis, detail) values (?, ?, ?, ?)")
                .params(utc(at), answered, millis, detail)
                .update();
        jdbc.sql("delete from site_probe where probed_at < ?")
                .param(utc(at.minus(KEPT)))
                .update();
    }

    /** The week before {@code now}: visits due since the week began or the first visit ever, made, and failed. */
    Week week(Instant now) {
        Instant first = jdbc.sql("select min(probed_at) as first from site_probe")
                .query((rs, n) -> java.util.Optional.ofNullable(instant(rs, "first")))
                .single()
                .orElse(null);
        if (first == null) {
            return new Week(0, 0, 0, null);
        }
        Instant from = first.isAfter(now.minus(Duration.ofDays(7))) ? first : now.minus(Duration.ofDays(7));
        // the visits surely due in the window (its length over the interval, rounded down): a healthy site made them
        // all
        long due = Duration.between(from, now).toMillis() / every.toMillis();
        long[] counts = jdbc.sql("select count(*), sum(case when answered then 0 else 1 end) from site_probe "
                        + "where probed_at >= ? and probed_at <= ?")
                .params(utc(from), utc(now))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return new Week(due, counts[0], counts[1], first);
    }
}
