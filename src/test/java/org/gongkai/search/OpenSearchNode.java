package org.gongkai.search;

import java.util.UUID;

/** The OpenSearch node of the test run (bin/test starts it with bin/opensearch). */
final class OpenSearchNode {

    private OpenSearchNode() {}

    static String url() {
        String url = System.getProperty("gongkai.test.opensearch-url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "gongkai.test.opensearch-url is not set: run the suite with bin/test, which starts OpenSearch");
        }
        return url;
    }

    /** An alias no other test class uses, so that classes may run against the same node. */
    static String freshAlias() {
        return "gongkai-test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
