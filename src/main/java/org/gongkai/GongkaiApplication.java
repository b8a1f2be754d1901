package org.gongkai;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * gongkai (公开): the platform a county uses for standardized government-affairs openness. One
 * process; embedded H2 and Lucene under {@code gongkai.data-dir} by default, PostgreSQL when
 * {@code GONGKAI_DB_URL} is set. Staff sign in through the organization module, so Spring Boot's
 * generated default user is switched off.
 *
 * <p>Options: {@code --demo} loads the demo county into an empty database; {@code --verify-audit}
 * verifies the audit trail's hash chain without starting the web server and exits 0 (intact) or 1;
 * {@code --rebuild-search-index} rebuilds the search index from the database and exits.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@org.springframework.scheduling.annotation.EnableScheduling
public class GongkaiApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(GongkaiApplication.class);
        if (Arrays.asList(args).contains("--verify-audit")
                || Arrays.asList(args).contains("--rebuild-search-index")) {
            application.setWebApplicationType(WebApplicationType.NONE);
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }
}
