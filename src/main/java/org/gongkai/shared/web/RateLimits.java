package org.gongkai.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Token buckets (bucket4j) per policy and key, held in a bounded Caffeine cache (issue 9 §4). A policy's
 * capacity is the number of requests allowed at once; the bucket refills that many, evenly, over its period.
 * Capacities can be set per policy, e.g. {@code gongkai.rate-limit.search-by-address=240}; 0 turns a policy off.
 * The buckets are per node: behind a load balancer each node limits what reaches it.
 */
@Component
public class RateLimits {

    public enum Policy {
        /** Failed sign-ins from one address. */
        SIGN_IN_FAILURES_BY_ADDRESS(20, Duration.ofMinutes(10)),
        /** Failed sign-ins with one user name, whether the account exists or not. */
        SIGN_IN_FAILURES_BY_ACCOUNT(10, Duration.ofMinutes(10)),
        /** Searches (page and API) from one address. */
        SEARCH_BY_ADDRESS(120, Duration.ofMinutes(1)),
        /** Submissions of any public form from one address. */
        PUBLIC_FORM_BY_ADDRESS(10, Duration.ofMinutes(10)),
        /** Lookups of a request by 查询码 (form and API) from one address: a code cannot be guessed by trying. */
        TRACKING_BY_ADDRESS(30, Duration.ofMinutes(10)),
        /** Calls of the staff API with one token (a hotline's batch is welcome; a runaway loop is not). */
        API_BY_TOKEN(600, Duration.ofMinutes(1));

        private final int capacity;
        private final Duration period;

        Policy(int capacity, Duration period) {
            this.capacity = capacity;
            this.period = period;
        }

        String property() {
            return "gongkai.rate-limit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();
    private final int[] capacities = new int[Policy.values().length];

    public RateLimits(Environment environment) {
        for (Policy p : Policy.values()) {
            capacities[p.ordinal()] = environment.getProperty(p.property(), Integer.class, p.capacity);
        }
    }

    /** Takes one token: 0 when the request may go on, otherwise the seconds to wait. */
    public long consume(Policy policy, String key) {
        Bucket bucket = bucket(policy, key);
        if (bucket == null) {
            return 0;
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    /** Whether a token is left, without taking it: 0 when there is, otherwise the seconds to wait. */
    public long waitFor(Policy policy, String key) {
        Bucket bucket = bucket(policy, key);
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(Policy policy, String key) {
        int capacity = capacities[policy.ordinal()];
        if (capacity <= 0) {
            return null;
        }
        String limited = key == null ? "" : policy.name().endsWith("_BY_ADDRESS") ? network(key) : key;
        return buckets.get(
                policy.ordinal() + ":" + limited,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, policy.period)
                                .build())
                        .build());
    }

    /**
     * The network an address is limited as: an IPv4 address itself; an IPv6 address by its /64, the block one
     * subscriber line gets (a visitor holds 2^64 addresses and would otherwise get a fresh allowance with each). An
     * IPv4-mapped IPv6 address is its IPv4 address. Parsed as a literal only, never looked up.
     */
    static String network(String address) {
        if (address.indexOf(':') < 0 || address.length() > 64) {
            return address;
        }
        try {
            java.net.InetAddress parsed =
                    java.net.InetAddress.getByName(address); // a literal with ':' is never resolved
            byte[] bytes = parsed.getAddress();
            if (bytes.length == 4) {
                return parsed.getHostAddress();
            }
            StringBuilder prefix = new StringBuilder(24);
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }
}
