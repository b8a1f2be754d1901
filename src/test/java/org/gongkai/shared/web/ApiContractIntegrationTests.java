package org.gongkai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.catalog.CatalogCompilation;
import org.gongkai.request.ApplicantKind;
import org.gongkai.request.Application;
import org.gongkai.request.IdDocumentType;
import org.gongkai.request.ObtainWay;
import org.gongkai.request.ProvisionForm;
import org.gongkai.request.RequestIntake;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API keeps its contract (issue 10 §4): every endpoint of {@code /api/v1} is described in the OpenAPI
 * document and every described one is served; answers have exactly the properties their schema names, dates in
 * ISO-8601; errors are RFC 9457 problem details with a Chinese detail; the document names the configured site, not
 * the Host a visitor sent; the published catalog's internal review is not part of the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class ApiContractIntegrationTests extends IntegrationTest {

    /** The API as published: removing or renaming one of these is a breaking change and must fail here. */
    private static final Set<String> DOCUMENTED = Set.of(
            "/api/v1/information",
            "/api/v1/information/{indexNumber}",
            "/api/v1/search",
            "/api/v1/catalogs",
            "/api/v1/catalogs/{id}",
            "/api/v1/calendar/deadline",
            "/api/v1/calendar/working-day",
            "/api/v1/requests/{trackingCode}",
            "/api/v1/requests",
            "/api/v1/requests/cases/{id}",
            "/api/v1/requests/cases/{id}/steps",
            "/api/v1/requests/cases/{id}/reply",
            "/api/v1/requests/statistics",
            "/api/v1/annual-reports/{organizationId}/{year}",
            "/api/v1/annual-reports/figures",
            "/api/v1/consultations",
            "/api/v1/consultations/{id}",
            "/api/v1/inquiries",
            "/api/v1/inquiries/{id}");

    /** The paths called with a staff token (issue 11 §9): their operations also answer 401 and 403. */
    private static final Set<String> STAFF = Set.of(
            "/api/v1/requests",
            "/api/v1/requests/cases/{id}",
            "/api/v1/requests/cases/{id}/steps",
            "/api/v1/requests/cases/{id}/reply",
            "/api/v1/requests/statistics");

    private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z";
    private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    CatalogCompilation compilation;

    @Autowired
    RequestIntake intake;

    @Autowired
    org.gongkai.organization.ApiTokens tokens;

    /** A department's catalog of an area no other test uses, published once for this class. */
    private void aPublishedCatalog() {
        long unit = organizationId("示范县教育局");
        long area = areaId("就业");
        if (!compilation.publishedList(unit, area).isEmpty()) {
            return;
        }
        actAs("edu_editor");
        long id = compilation.startDraft(unit, area);
        compilation.submit(id, compilation.catalog(id).lockVersion());
        actAs("gkb");
        compilation.decide(id, compilation.catalog(id).lockVersion(), true, "同意发布（内部意见）");
        actAs("edu_editor");
        compilation.publish(id, compilation.catalog(id).lockVersion());
        SecurityContextHolder.clearContext();
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path) throws Exception {
        return ok(path, null);
    }

    private JsonNode ok(String path, String token) throws Exception {
        HttpResponse<String> r = token == null ? get(path) : get(path, "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
        return json.readTree(r.body());
    }

    private JsonNode openApi() throws Exception {
        return ok("/api/v1/openapi.json");
    }

    @Test
    void everyEndpointIsDocumentedAndEveryDocumentedEndpointIsServed() throws Exception {
        JsonNode api = openApi();
        assertThat(api.get("openapi").asString()).startsWith("3.1");
        Set<String> documented = new TreeSet<>(api.get("paths").propertyNames());
        assertThat(documented).containsExactlyInAnyOrderElementsOf(DOCUMENTED);

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods()
                .forEach((info, handler) -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/v1/"))
                        .filter(p -> handler.getBeanType().getPackageName().startsWith("org.gongkai"))
                        .filter(p ->
                                !handler.getBeanType().isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class))
                        .map(p -> p.replace("{*indexNumber}", "{indexNumber}"))
                        .forEach(served::add));
        assertThat(served).containsExactlyInAnyOrderElementsOf(documented);

        for (String path : DOCUMENTED) {
            JsonNode item = api.get("paths").get(path);
            for (String method : item.propertyNames()) {
                JsonNode operation = item.get(method);
                String what = method + " " + path;
                assertThat(operation.get("summary").asString()).as(what).containsPattern("[\\u4e00-\\u9fa5]");
                assertThat(operation.get("responses").propertyNames())
                        .as(what)
                        .contains(method.equals("post") && path.equals("/api/v1/requests") ? "201" : "200")
                        .contains("400", "429", "500");
                assertThat(operation.get("responses").get("400").get("content").propertyNames())
                        .containsExactly("application/problem+json");
                if (STAFF.contains(path)) {
                    assertThat(operation.get("responses").propertyNames())
                            .as(what)
                            .contains("401", "403");
                    assertThat(operation.get("security").toString()).as(what).contains("staffToken");
                }
            }
        }
        HttpResponse<String> page = get("/api/v1/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        for (String path : DOCUMENTED) {
            assertThat(page.body()).as("the rendered page names " + path).contains(path);
        }
        assertThat(page.body()).contains("InformationItem", "成文日期", "Problem");
    }

    /** The participation feeds (issue 15): Atom documents of the consultations and of the published answers. */
    @Test
    void theParticipationFeedsAreAtomDocumentsOfWhatIsPublished() throws Exception {
        for (String path : List.of(
                "/participation/consultations.atom",
                "/participation/inquiries.atom",
                "/participation/inquiries.atom?unit=" + organizationId("示范县民政局"))) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
            var feed = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
                    .newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                            .getLength())
                    .as(path)
                    .isPositive();
        }
        assertThat(get("/participation/consultations.atom").body()).contains("最低生活保障审核确认办法");
        assertThat(get("/participation/inquiries.atom").body())
                .as("a private answer is not in the feed")
                .contains("城乡低保标准是多少？")
                .doesNotContain("养老院床位");
        assertThat(get("/participation/inquiries.atom?unit=999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theDocumentNamesTheConfiguredSiteWhateverHostIsSent() throws Exception {
        HttpResponse<String> r = get("/api/v1/openapi.json", "X-Forwarded-Host", "evil.example");
        assertThat(r.body()).doesNotContain("evil.example");
        JsonNode servers = json.readTree(r.body()).get("servers");
        assertThat(servers.get(0).get("url").asString()).startsWith("http://localhost");
    }

    @Test
    void answersHaveExactlyThePropertiesTheirSchemasName() throws Exception {
        JsonNode schemas = openApi().get("components").get("schemas");

        JsonNode list = ok("/api/v1/information?size=5");
        conforms(list, "InformationPage", schemas);
        assertThat(list.get("total").asLong()).isPositive();
        JsonNode item = list.get("items").get(0);
        conforms(item, "InformationItem", schemas);
        assertThat(item.get("publishedAt").asString()).matches(ISO_INSTANT);
        String indexNumber = item.get("indexNumber").asString();

        JsonNode record = ok("/api/v1/information/" + indexNumber);
        conforms(record, "InformationDetail", schemas);
        assertThat(record.get("indexNumber").asString()).isEqualTo(indexNumber);
        assertThat(record.get("formedDate").asString()).matches(ISO_DATE);
        assertThat(record.get("revisedAt").asString()).matches(ISO_INSTANT);
        for (JsonNode a : record.get("attachments").values()) {
            conforms(a, "AttachmentLink", schemas);
        }

        String title = item.get("title").asString();
        JsonNode search = ok("/api/v1/search?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        conforms(search, "SearchPage", schemas);
        assertThat(search.get("hits").size()).isPositive();
        conforms(search.get("hits").get(0), "SearchHit", schemas);

        aPublishedCatalog();
        JsonNode catalogs = ok("/api/v1/catalogs");
        assertThat(catalogs.size()).isPositive();
        JsonNode summary = catalogs.get(0);
        conforms(summary, "CatalogSummary", schemas);
        JsonNode catalog = ok(summary.get("url").asString());
        conforms(catalog, "CatalogDetail", schemas);
        assertThat(catalog.get("items").size())
                .isEqualTo(summary.get("itemCount").asInt());
        conforms(catalog.get("items").get(0), "CatalogItem", schemas);
        assertThat(catalog.get("publishedAt").asString()).matches(ISO_INSTANT);

        JsonNode deadline = ok("/api/v1/calendar/deadline?from=2025-09-26&workingDays=20");
        conforms(deadline, "DeadlineAnswer", schemas);
        assertThat(deadline.get("due").asString()).matches(ISO_DATE);
        conforms(ok("/api/v1/calendar/working-day?date=2025-10-11"), "WorkingDayAnswer", schemas);

        // 公众参与: the demo's consultation with its feedback, and its published answers
        JsonNode held = ok("/api/v1/consultations");
        assertThat(held.size()).isPositive();
        JsonNode withFeedback = null;
        for (JsonNode c : held.values()) {
            conforms(c, "ConsultationSummary", schemas);
            if (c.get("phase").asString().equals("反馈已发布")) {
                withFeedback = c;
            }
        }
        assertThat(withFeedback).as("the demo's consultation with its 意见采纳情况").isNotNull();
        JsonNode consultation =
                ok("/api/v1/consultations/" + withFeedback.get("id").asLong());
        conforms(consultation, "ConsultationDetail", schemas);
        conforms(consultation.get("comments").get(0), "CommentAnswer", schemas);
        conforms(consultation.get("feedback").get(0), "FeedbackAnswer", schemas);
        assertThat(consultation.get("consultation").get("opensOn").asString()).matches(ISO_DATE);
        JsonNode answers = ok("/api/v1/inquiries");
        conforms(answers, "AnswerPage", schemas);
        JsonNode answer = answers.get("items").get(0);
        conforms(answer, "AnswerItem", schemas);
        assertThat(answer.get("answeredAt").asString()).matches(ISO_INSTANT);
        conforms(ok("/api/v1/inquiries/" + answer.get("id").asLong()), "AnswerItem", schemas);
        assertThat(answers.toString()).as("published masked").doesNotContain("13800001234");
        assertThat(get("/api/v1/inquiries/999999").statusCode()).isEqualTo(404);

        SecurityContextHolder.clearContext();
        String code = intake.applyOnline(new Application(
                        organizationId("示范县民政局"),
                        ApplicantKind.NATURAL_PERSON,
                        "接口测试",
                        null,
                        IdDocumentType.RESIDENT_ID,
                        "11010519491231002X",
                        "13800001234",
                        null,
                        null,
                        null,
                        List.of(new Application.Item("某文件", null, null)),
                        ProvisionForm.PAPER,
                        ObtainWay.PICK_UP))
                .trackingCode();
        JsonNode tracked = ok("/api/v1/requests/" + code + "?phoneSuffix=1234");
        conforms(tracked, "TrackingAnswer", schemas);
        // only what the schema declares nullable may be left out
        assertThat(nullable(schemas.get("TrackingAnswer").get("properties").get("status")))
                .isFalse();
        assertThat(nullable(schemas.get("TrackingAnswer").get("properties").get("replyDue")))
                .isTrue();
        assertThat(tracked.get("submittedOn").asString()).matches(ISO_DATE);
        conforms(tracked.get("steps").get(0), "StepAnswer", schemas);
        assertThat(tracked.toString()).doesNotContain("接口测试").doesNotContain("13800001234");

        // the staff side, with a token of the supervising office
        actAs("sysadmin");
        String token = tokens.issue(staffId("gkb"), "契约测试", 1).token();
        SecurityContextHolder.clearContext();
        long unit = organizationId("示范县民政局");
        JsonNode grid = ok("/api/v1/requests/statistics?organization=" + unit + "&year=2025", token);
        conforms(grid, "StatisticsAnswer", schemas);
        conforms(grid.get("rows").get(0), "RowAnswer", schemas);
        long caseId = jdbc.sql("select min(id) from information_request where organization_id = ?")
                .param(unit)
                .query(Long.class)
                .single();
        JsonNode staffCase = ok("/api/v1/requests/cases/" + caseId, token);
        conforms(staffCase, "CaseAnswer", schemas);
        conforms(staffCase.get("timeline").get(0), "EventAnswer", schemas);
    }

    @Test
    void aPublishedCatalogDoesNotShowItsInternalReview() throws Exception {
        aPublishedCatalog();
        JsonNode catalogs = ok("/api/v1/catalogs");
        String body = get(catalogs.get(0).get("url").asString()).body();
        assertThat(body)
                .contains("itemKey")
                .doesNotContain("\"review\"", "内部意见", "decidedBy", "createdBy", "publishedBy", "lockVersion", "gkb");
    }

    @Test
    void errorsAreProblemDetailsWithAChineseDetail() throws Exception {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"/api/v1/information?size=abc", "400", null});
        cases.add(new String[] {"/api/v1/information?after=nonsense", "400", "after"});
        cases.add(new String[] {"/api/v1/information/no-such", "404", null});
        cases.add(new String[] {"/api/v1/catalogs/999999999", "404", null});
        cases.add(new String[] {"/api/v1/requests/ABCD-EFGH-JKMN?phoneSuffix=1234", "404", null});
        cases.add(new String[] {"/api/v1/catalogs/abc", "400", null});
        cases.add(new String[] {"/api/v1/calendar/deadline?from=2025-13-40&workingDays=20", "400", "from"});
        cases.add(new String[] {"/api/v1/calendar/working-day", "400", "date"});
        cases.add(new String[] {"/api/v1/requests/statistics?organization=1&year=2025", "401", null});
        cases.add(new String[] {"/api/v1/requests/cases/1", "401", null});
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(c[0])
                    .startsWith("application/problem+json");
            JsonNode problem = json.readTree(r.body());
            assertThat(problem.get("status").asInt()).as(c[0]).isEqualTo(Integer.parseInt(c[1]));
            assertThat(problem.get("title").asString()).as(c[0]).containsPattern("[\\u4e00-\\u9fa5]");
            assertThat(problem.get("detail").asString()).as(c[0]).containsPattern("[\\u4e00-\\u9fa5]");
            assertThat(problem.get("error").asString())
                    .as(c[0])
                    .isEqualTo(problem.get("detail").asString());
            if (c[2] != null) {
                assertThat(problem.get("field").asString()).as(c[0]).isEqualTo(c[2]);
            }
            assertThat(r.body()).as(c[0]).doesNotContain("Exception", "at org.");
        }
    }

    /**
     * The answer has exactly the properties the schema names: none undocumented, none missing except those the schema
     * declares nullable (left out of the answer when empty).
     */
    private static void conforms(JsonNode value, String schema, JsonNode schemas) {
        JsonNode s = schemas.get(schema);
        assertThat(s).as(schema).isNotNull();
        Set<String> documented = new TreeSet<>(s.get("properties").propertyNames());
        Set<String> actual = new TreeSet<>(value.propertyNames());
        assertThat(documented).as(schema + ": undocumented properties").containsAll(actual);
        for (String name : documented) {
            if (!actual.contains(name)) {
                assertThat(nullable(s.get("properties").get(name)))
                        .as(schema + "." + name + " is missing but not nullable")
                        .isTrue();
            }
        }
    }

    private static boolean nullable(JsonNode property) {
        if (property.has("nullable") && property.get("nullable").asBoolean()) {
            return true;
        }
        JsonNode type = property.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type.values()) {
                if ("null".equals(t.asString())) {
                    return true;
                }
            }
        }
        return false;
    }
}
