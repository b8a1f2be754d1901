package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11 "Reliability": 200 online applications at once lose none and get 200 distinct 查询码. */
class ConcurrentApplicationsIntegrationTests extends IntegrationTest {

    @Autowired
    RequestIntake intake;

    @Test
    void twoHundredConcurrentApplications_loseNone() throws Exception {
        long unit = organizationId("示范县河东镇人民政府");
        long before = count(unit);
        int n = 200;
        Set<String> codes = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = "并发" + i;
                all.add(pool.submit(() -> {
                    start.await();
                    codes.add(intake.applyOnline(RequestIntakeIntegrationTests.application(unit, name))
                            .trackingCode());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : all) {
                f.get(120, TimeUnit.SECONDS); // an exception in any application fails the test
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(codes).hasSize(n);
        assertThat(count(unit) - before).isEqualTo(n);
        assertThat(jdbc.sql("select count(distinct tracking_code) from information_request where organization_id = ?")
                        .param(unit)
                        .query(Long.class)
                        .single())
                .isEqualTo(count(unit));
    }

    private long count(long unit) {
        return jdbc.sql("select count(*) from information_request where organization_id = ?")
                .param(unit)
                .query(Long.class)
                .single();
    }
}
