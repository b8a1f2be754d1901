package org.gongkai.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every shape of public listing reads an index of the read model in the listing's order: no scan of the table
 * and no sort of the scope, on PostgreSQL (with scans and sorts priced out, as the demo county is small enough
 * for the planner to prefer them: an ordered index path must exist) and on H2, whose plan names the index it reads.
 */
class PublicListingPlanIntegrationTests extends IntegrationTest {

    @Autowired
    PublicListing listing;

    @Autowired
    TransactionTemplate transactions;

    static List<InformationQuery> shapes() {
        InformationQuery.Sort written = InformationQuery.Sort.WRITTEN;
        return List.of(
                new InformationQuery(null, null, null, null, null, null, null, 3, 20),
                new InformationQuery(7L, null, null, null, null, null, null, 1, 20),
                new InformationQuery(7L, DisclosureColumn.A20_1, null, null, null, null, null, 1, 5),
                new InformationQuery(null, DisclosureColumn.A20_11, null, null, null, null, null, 40, 20),
                new InformationQuery(null, null, "17", null, null, null, null, 1, 20),
                new InformationQuery(null, null, "1703", null, null, null, null, 1, 20),
                new InformationQuery(null, null, null, DocumentType.NOTICE, null, null, null, 1, 20),
                new InformationQuery(null, null, null, null, 2025, null, null, 1, 20),
                new InformationQuery(null, null, null, null, null, Validity.REPEALED, null, 1, 20),
                new InformationQuery(null, null, null, null, null, null, written, 1, 20),
                new InformationQuery(7L, null, null, null, null, null, written, 2, 20));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void aListingReadsAnIndexInItsOrder(InformationQuery q) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant from = q.year() == null
                ? null
                : LocalDate.of(q.year(), 1, 1).atStartOfDay(zone).toInstant();
        Instant to = q.year() == null
                ? null
                : LocalDate.of(q.year() + 1, 1, 1).atStartOfDay(zone).toInstant();
        for (ListingCursor after : new ListingCursor[] {
            null,
            new ListingCursor(
                    q.sort() == InformationQuery.Sort.WRITTEN
                            ? LocalDate.of(2025, 6, 1).toEpochDay()
                            : Instant.parse("2025-06-01T00:00:00Z").toEpochMilli(),
                    100)
        }) {
            PublicListing.Statement s = listing.statement(q, from, to, after);
            String plan = plan(s.sql(), s.params());
            if (TestDatabase.isPostgres()) {
                assertThat(plan)
                        .as(s.sql())
                        .contains("public_listing_")
                        .doesNotContain("Seq Scan")
                        .doesNotContain("Sort");
            } else {
                assertThat(plan).as(s.sql()).contains("public_listing_").doesNotContain("tableScan");
            }
        }
    }

    private String plan(String sql, List<Object> params) {
        return transactions.execute(tx -> {
            if (TestDatabase.isPostgres()) {
                // price out every plan but an ordered index scan: if one exists, the planner takes it
                jdbc.sql("set local enable_seqscan = off").update();
                jdbc.sql("set local enable_bitmapscan = off").update();
                jdbc.sql("set local enable_sort = off").update();
            }
            return String.join(
                    "\n",
                    jdbc.sql("explain " + sql)
                            .params(params)
                            .query(String.class)
                            .list());
        });
    }
}
