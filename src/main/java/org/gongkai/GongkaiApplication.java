package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * gongkai (公开): the platform a county uses for standardized government-affairs openness. One
 * process; embedded H2 and Lucene under {@code gongkai.data-dir} by default, PostgreSQL when
 * {@code GONGKAI_DB_URL} is set. Staff sign in through the organization module, so Spring Boot's
 * generated default user is switched off.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class GongkaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
