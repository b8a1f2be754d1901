package org.gongkai.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.information.CleanupRounds;
import org.gongkai.organization.MyAccount;
import org.gongkai.organization.StaffPrincipal;
import org.gongkai.support.IntegrationTest;
import org.gongkai.support.StatementCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The console's busiest pages read what they show in a bounded number of SQL statements (issue 10 §3), measured on
 * the demo county by counting the statements the request prepares: the record page, the information list and its
 * review queue, the catalog list with the review queue, the negative lists, cleanup rounds, coverage, and the
 * dashboard. The bounds do not grow with the data: a page that loads per row or per tree level fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class ConsoleQueryCountsIntegrationTests extends IntegrationTest {

    private static final Map<String, Long> MEASURED = new LinkedHashMap<>();

    @Autowired
    WebApplicationContext context;

    @Autowired
    CleanupRounds cleanup;

    @Autowired
    CatalogCompilation compilation;

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private long statements(String username, String path) {
        StaffPrincipal principal = actAs(username);
        var auth = (UsernamePasswordAuthenticationToken)
                SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(MyAccount.SIGNED_IN_AT, clock.instant());
        var counted = StatementCounter.count(() -> {
            try {
                return mvc.perform(get(path).session(session).with(authentication(auth)))
                        .andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        MvcResult result = counted.result();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        MEASURED.put(username + " " + path, counted.statements());
        if (System.getProperty("console.sql") != null && path.matches(System.getProperty("console.sql"))) {
            counted.sql().forEach(q -> System.out.println("[sql] " + q.replaceAll("\\s+", " ")));
        }
        return counted.statements();
    }

    private long publishedRecordOf(String unit) {
        return jdbc.sql("select min(id) from information_record where organization_id = ? and status = 'PUBLISHED'")
                .param(organizationId(unit))
                .query(Long.class)
                .single();
    }

    @AfterAll
    static void report() {
        MEASURED.forEach((page, n) -> System.out.println("[console-queries] " + n + "\t" + page));
    }

    /**
     * Upper bounds per page. Five statements of each are the sign-in checks every console request makes; up to four
     * more are access decisions (an organization's chain of ancestors, read singly for the first three units a request
     * asks about, then the whole tree's parents once) and the directory's snapshot when an organization changed.
     */
    private static final long RECORD_PAGE = 18;

    private static final long LIST_PAGE = 14;

    /**
     * The dashboard reads a list page's worth plus the request reminders: the organization tree for the scope and the
     * open cases (one statement each), and the working-day calendar of the year the first time any page asks (it is
     * cached for the node afterwards, and its change stamp, which other nodes move, is read at most once a second).
     */
    private static final long DASHBOARD = LIST_PAGE + 3;

    /** What a page may read once more when it shows more units: the access decisions' one-off reads. */
    private static final long ONE_OFF_READS = 4;

    @Test
    void theRecordPageReadsEachPartOnce() {
        long id = publishedRecordOf("示范县民政局");
        for (String user : new String[] {"mz_editor", "mz_signer", "mz_reviewer", "gkb"}) {
            assertThat(statements(user, "/console/information/" + id)).as(user).isLessThanOrEqualTo(RECORD_PAGE);
        }
    }

    @Test
    void listsQueuesAndDashboardAreBounded() {
        for (String[] page : new String[][] {
            {"mz_editor", "/console"},
            {"gkb", "/console"},
            {"mz_reviewer", "/console"},
            {"mz_signer", "/console"},
            {"mz_editor", "/console/information"},
            {"mz_reviewer", "/console/information"},
            {"gkb", "/console/information"},
            {"gkb", "/console/information/deadlines"},
            {"gkb", "/console/catalogs"},
            {"mz_signer", "/console/catalogs"},
            {"gkb", "/console/negative-lists"},
            {"gkb", "/console/cleanup"},
            {"gkb", "/console/catalog/coverage"},
        }) {
            assertThat(statements(page[0], page[1]))
                    .as(page[1])
                    .isLessThanOrEqualTo(page[1].equals("/console") ? DASHBOARD : LIST_PAGE);
        }
    }

    /** More rows in a queue or a list cost no more statements: nothing is read per row or per unit. */
    @Test
    void moreRowsCostNoMoreStatements() {
        long cleanupBefore = statements("gkb", "/console/cleanup");
        long queueBefore = statements("mz_signer", "/console/catalogs");
        long officeQueueBefore = statements("gkb", "/console/catalogs");

        actAs("gkb");
        for (int i = 1; i <= 6; i++) {
            cleanup.open(organizationId("示范县人民政府"), "查询计数用清理（" + i + "）", null);
        }
        for (String[] unit : new String[][] {{"cg_editor", "示范县城关镇人民政府"}, {"hd_editor", "示范县河东镇人民政府"}}) {
            actAs(unit[0]);
            long catalog = compilation.startDraft(organizationId(unit[1]), areaId("养老服务"));
            compilation.submit(catalog, compilation.catalog(catalog).lockVersion());
        }
        actAs("mz_signer");
        assertThat(compilation.awaitingMyReview()).hasSizeGreaterThanOrEqualTo(2);
        SecurityContextHolder.clearContext();

        assertThat(statements("gkb", "/console/cleanup")).isLessThanOrEqualTo(cleanupBefore + ONE_OFF_READS);
        assertThat(statements("mz_signer", "/console/catalogs")).isLessThanOrEqualTo(queueBefore + ONE_OFF_READS);
        assertThat(statements("gkb", "/console/catalogs")).isLessThanOrEqualTo(officeQueueBefore + ONE_OFF_READS);
    }
}
