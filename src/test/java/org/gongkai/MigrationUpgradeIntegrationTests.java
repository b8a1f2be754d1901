package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.gongkai.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation upgrades by replacing the jar and starting it. Modules number their migrations apart, so
 * a release adds migrations lower than ones already applied (organization V1_5 after information V3_4); the
 * new jar must still start on the old database and apply them.
 */
class MigrationUpgradeIntegrationTests {

    /** The migrations of the release of 2026-11-30 (commit 70f39fa), the last before any module added lower ones. */
    private static final Set<String> RELEASED_2026_11_30 =
            Set.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4");

    @TempDir
    Path released;

    @Test
    void aDatabaseOfAnEarlierReleaseStartsWithTheNewJarAndTakesEveryNewMigration() throws IOException {
        Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*.sql");
        int copied = 0;
        for (Resource migration : all) {
            String name = migration.getFilename();
            String version = name.substring(1, name.indexOf("__")).replace('_', '.');
            if (RELEASED_2026_11_30.contains(version)) {
                try (InputStream in = migration.getInputStream()) {
                    Files.copy(in, released.resolve(name));
                }
                copied++;
            }
        }
        assertThat(copied).isEqualTo(RELEASED_2026_11_30.size());

        Map<String, String> database = TestDatabase.properties();
        Flyway.configure()
                .dataSource(
                        database.get("spring.datasource.url"),
                        database.get("spring.datasource.username"),
                        database.get("spring.datasource.password"))
                .schemas(
                        database.containsKey("spring.flyway.schemas")
                                ? new String[] {database.get("spring.flyway.schemas")}
                                : new String[0])
                .locations("filesystem:" + released)
                .load()
                .migrate();

        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        try (ConfigurableApplicationContext upgraded =
                new SpringApplicationBuilder(GongkaiApplication.class).run(args.toArray(String[]::new))) {
            JdbcClient jdbc = upgraded.getBean(JdbcClient.class);
            long applied = jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
                    .query(Long.class)
                    .single();
            assertThat(applied).isEqualTo(all.length);
            // a column that a migration added after the release (V1_5) is there
            assertThat(jdbc.sql("select count(*) from staff_member where failures_since_sign_in >= 0")
                            .query(Long.class)
                            .single())
                    .isNotNegative();
        }
    }
}
