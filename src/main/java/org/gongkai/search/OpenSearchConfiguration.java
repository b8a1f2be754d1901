package org.gongkai.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code gongkai.search.engine=opensearch}: the index of a province cluster, shared by every node, on the OpenSearch
 * node at {@code gongkai.search.opensearch.url}, under the alias {@code gongkai.search.opensearch.index}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gongkai.search.engine", havingValue = "opensearch")
class OpenSearchConfiguration {

    @Bean
    OpenSearchSearchIndex openSearchSearchIndex(
            @Value("${gongkai.search.opensearch.url:http://127.0.0.1:9200}") String url,
            @Value("${gongkai.search.opensearch.index:gongkai-records}") String alias) {
        return new OpenSearchSearchIndex(url, alias);
    }
}
