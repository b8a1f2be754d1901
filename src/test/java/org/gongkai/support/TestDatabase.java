package org.gongkai.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test context at a fresh database: an in-memory H2 database in PostgreSQL mode, or,
 * when {@code gongkai.test.database=postgres}, a schema of its own in the PostgreSQL cluster that
 * bin/test starts. Each context gets its own database, so contexts never see each other's data.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("gongkai.test.database"));
    }

    public static void register(DynamicPropertyRegistry registry) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The properties of a fresh database (and data directory) of its own. */
    public static Map<String, String> properties() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> properties = new LinkedHashMap<>();
        if (isPostgres()) {
            String url = System.getProperty("gongkai.test.pg-url");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException(
                        "gongkai.test.database=postgres needs gongkai.test.pg-url (bin/test sets it)");
            }
            properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            properties.put("spring.datasource.username", "gongkai");
            properties.put("spring.datasource.password", "gongkai");
            properties.put("spring.flyway.schemas", name);
        } else {
            properties.put(
                    "spring.datasource.url",
                    "jdbc:h2:mem:" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        properties.put("gongkai.data-dir", "target/test-data/" + name);
        return properties;
    }
}
