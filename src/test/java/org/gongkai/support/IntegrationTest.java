package org.gongkai.support;

import java.time.Duration;
import org.gongkai.organization.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Base of the integration tests: the whole application on a fresh database (H2, or PostgreSQL when
 * bin/test says so) with the demo county loaded, a clock the tests can move, and a way to act as a
 * demo account through the real services. Test classes share one context; data they create carries
 * unique names. Each class starts at the same instant ({@link ClassClock}).
 */
@SpringBootTest(args = "--demo")
@Import(TestClockConfiguration.class)
@TestExecutionListeners(listeners = ClassClock.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    /** Acts as the demo account from here on, with the roles it holds in the database. */
    protected StaffPrincipal actAs(String username) {
        return authenticate(jdbc, username);
    }

    /**
     * Acts as the demo account on this thread from here on, with the roles it holds in the database (for tests that
     * drive the services beside a browser).
     */
    public static StaffPrincipal authenticate(JdbcClient jdbc, String username) {
        var row = jdbc.sql("select id, display_name, organization_id from staff_member where username = ?")
                .param(username)
                .query()
                .singleRow();
        StaffPrincipal principal = new StaffPrincipal(
                ((Number) row.get("id")).longValue(),
                username,
                (String) row.get("display_name"),
                row.get("organization_id") == null ? null : ((Number) row.get("organization_id")).longValue());
        String[] roles = jdbc
                .sql("select distinct role from role_grant where staff_id = ?")
                .param(principal.staffId())
                .query(String.class)
                .list()
                .stream()
                .map(r -> "ROLE_" + r)
                .toArray(String[]::new);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, AuthorityUtils.createAuthorityList(roles)));
        return principal;
    }

    protected long organizationId(String name) {
        return jdbc.sql("select id from organization where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    protected long areaId(String name) {
        return jdbc.sql("select id from catalog_area where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    protected long staffId(String username) {
        return jdbc.sql("select id from staff_member where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    protected void advance(Duration duration) {
        clock.advance(duration);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
