package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The application's search tests again with {@code gongkai.search.engine=opensearch}: publication, withdrawal,
 * exact numbers, filters, hostile queries and the rebuild from the database go to the OpenSearch node bin/test
 * starts, under an alias of this context's own.
 */
@TestPropertySource(
        properties = {
            "gongkai.search.engine=opensearch",
            "gongkai.search.opensearch.url=${gongkai.test.opensearch-url}",
            "gongkai.search.opensearch.index=gongkai-it-${random.uuid}"
        })
class OpenSearchIntegrationTests extends SearchIntegrationTests {

    @Autowired
    SearchIndex engine;

    @Autowired
    org.gongkai.information.PublicInformation information;

    @Test
    void theIndexIsOpenSearchSharedByEveryNodeAndFilledAtStart() {
        assertThat(engine).isInstanceOf(OpenSearchSearchIndex.class);
        assertThat(engine.shared()).isTrue();
        assertThat(engine.count())
                .as("the start-time check rebuilt the empty index from the demo county")
                .isEqualTo(information.publicCount())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from scheduled_lease where name = 'search-rebuild' and held_until > ?")
                        .param(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                        .query(Long.class)
                        .single())
                .as("the rebuild lease was given up")
                .isZero();
    }
}
