package org.gongkai.request;

import java.sql.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, gives the cases concluded before the platform kept {@code reply_due_on} their reply period's last day, read
 * from their timelines as the case page reads it — so whether each ended in time is known to the supervision indicators
 * (issue 16 §1). Batches of {@value #BATCH}, each in its own transaction; a write only fills an empty day, so nodes
 * starting together and a start interrupted midway do no harm. Cases whose clock never started stay empty.
 */
@Component
@Order(6)
class ReplyDueBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplyDueBackfill.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final RequestRepository cases;
    private final RequestClock requestClock;
    private final TransactionTemplate transactions;

    ReplyDueBackfill(
            JdbcClient jdbc, RequestRepository cases, RequestClock requestClock, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.requestClock = requestClock;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        fill();
    }

    /** Fills what is missing; returns how many cases got their day. */
    int fill() {
        long after = 0;
        int filled = 0;
        while (true) {
            List<Long> ids = jdbc.sql("select id from information_request where concluded_on is not null "
                            + "and reply_due_on is null and received_on is not null and id > ? order by id limit ?")
                    .params(after, BATCH)
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                break;
            }
            after = ids.get(ids.size() - 1);
            Integer done = transactions.execute(tx -> {
                int n = 0;
                for (long id : ids) {
                    var due = requestClock.read(cases.timeline(id)).replyDue();
                    if (due != null) {
                        n += jdbc.sql(
                                        "update information_request set reply_due_on = ? where id = ? and reply_due_on is null")
                                .params(Date.valueOf(due), id)
                                .update();
                    }
                }
                return n;
            });
            filled += done == null ? 0 : done;
        }
        if (filled > 0) {
            log.info("已为 {} 件此前办结的依申请公开补记答复期限。", filled);
        }
        return filled;
    }
}
