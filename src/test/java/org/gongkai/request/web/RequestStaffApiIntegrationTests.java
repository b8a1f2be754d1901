package org.gongkai.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.organization.ApiTokens;
import org.gongkai.organization.StaffAdministration;
import org.gongkai.organization.StaffDraft;
import org.gongkai.shared.RuleViolation;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff request API over real HTTP (issue 11 §2, §9): a hotline holding the handler's token registers an
 * application and records its steps, the signer's token extends and approves, the supervising office's token reads
 * table 三 with the case in its cell; a missing, wrong, revoked or disabled token is a 401 that says nothing more; the
 * token's account decides what it may do (403); bad bodies are 400s that say what to fix; nothing is half-saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class RequestStaffApiIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    StaffAdministration staff;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String tokenFor(String username) {
        actAs("sysadmin");
        String token = tokens.issue(staffId(username), "12345 热线（测试）", 30).token();
        SecurityContextHolder.clearContext();
        return token;
    }

    private HttpResponse<String> call(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(
                                body instanceof String s ? s : json.writeValueAsString(body), StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    private long cases() {
        return jdbc.sql("select count(*) from information_request")
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> registration(long unit, String name) {
        return Map.ofEntries(
                Map.entry("organization", unit),
                Map.entry("channel", "ORAL"),
                Map.entry("receivedOn", "2026-03-02"),
                Map.entry("note", "12345 热线工单 20260302-0001"),
                Map.entry("applicantKind", "NATURAL_PERSON"),
                Map.entry("name", name),
                Map.entry("idType", "RESIDENT_ID"),
                Map.entry("idNumber", "11010519491231002X"),
                Map.entry("phone", "139 0000 4321"),
                Map.entry("email", "hotline-applicant@example.com"),
                Map.entry("address", "示范县人民路 9 号"),
                Map.entry("items", List.of(Map.of("title", "2025年临时救助资金发放情况"))),
                Map.entry("provisionForm", "ELECTRONIC_DATA"),
                Map.entry("obtainWay", "EMAIL"));
    }

    private long disclosedNaturalPersons(String token, long unit) throws Exception {
        JsonNode grid =
                ok(call("GET", "/api/v1/requests/statistics?organization=" + unit + "&year=2026", token, null), 200);
        assertThat(grid.get("columns").get(0).asString()).isEqualTo("自然人");
        assertThat(grid.get("columns").get(6).asString()).isEqualTo("总计");
        assertThat(grid.get("rows")).hasSize(25);
        JsonNode row = grid.get("rows").get(2);
        assertThat(row.get("label").asString()).isEqualTo("（一）予以公开");
        return row.get("values").get(0).asLong();
    }

    @Test
    void aHotlineRegistersACase_andTheUnitHandlesItToTheSentReply() throws Exception {
        long unit = organizationId("示范县民政局");
        String handler = tokenFor("mz_handler");
        String signer = tokenFor("mz_signer");
        String office = tokenFor("gkb");
        long disclosedBefore = disclosedNaturalPersons(office, unit);

        // 第二十九条: every missing field named at once, nothing stored
        long before = cases();
        JsonNode missing =
                ok(call("POST", "/api/v1/requests", handler, Map.of("organization", unit, "channel", "ORAL")), 400);
        assertThat(missing.get("errors").propertyNames()).contains("applicantKind", "name", "idType", "phone", "items");
        assertThat(missing.get("detail").asString()).contains("处需要修改");
        assertThat(cases()).isEqualTo(before);

        JsonNode registered = ok(call("POST", "/api/v1/requests", handler, registration(unit, "郝热线")), 201);
        long id = registered.get("id").asLong();
        assertThat(registered.get("status").asString()).isEqualTo("HANDLING");
        assertThat(registered.get("receivedOn").asString()).isEqualTo("2026-03-02");
        assertThat(registered.toString()).doesNotContain("11010519491231002X", "139 0000 4321", "人民路");
        String by = jdbc.sql("select created_by from information_request where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(by).isEqualTo("mz_handler");

        JsonNode c = ok(
                call(
                        "POST",
                        "/api/v1/requests/cases/" + id + "/steps",
                        handler,
                        Map.of(
                                "step",
                                "REQUEST_CORRECTION",
                                "version",
                                registered.get("version").asInt(),
                                "on",
                                "2026-03-02",
                                "note",
                                "请写明所需信息的发放范围。")),
                200);
        assertThat(c.get("status").asString()).isEqualTo("AWAITING_CORRECTION");
        // a stale version is refused, nothing recorded
        HttpResponse<String> stale = call(
                "POST",
                "/api/v1/requests/cases/" + id + "/steps",
                handler,
                Map.of(
                        "step",
                        "RECEIVE_CORRECTION",
                        "version",
                        registered.get("version").asInt(),
                        "on",
                        "2026-03-02"));
        assertThat(stale.statusCode()).isEqualTo(400);
        c = ok(
                call(
                        "POST",
                        "/api/v1/requests/cases/" + id + "/steps",
                        handler,
                        Map.of(
                                "step",
                                "RECEIVE_CORRECTION",
                                "version",
                                c.get("version").asInt(),
                                "on",
                                "2026-03-02",
                                "note",
                                "已补充范围")),
                200);
        c = ok(
                call(
                        "POST",
                        "/api/v1/requests/cases/" + id + "/steps",
                        handler,
                        Map.of(
                                "step",
                                "OPEN_CONSULTATION",
                                "version",
                                c.get("version").asInt(),
                                "on",
                                "2026-03-02",
                                "consultation",
                                "THIRD_PARTY",
                                "party",
                                "示范县某救助服务中心")),
                200);
        assertThat(c.get("clockStopped").asBoolean()).isTrue();
        int ref = c.get("consultations").get(0).get("consultationRef").asInt();
        c = ok(
                call(
                        "POST",
                        "/api/v1/requests/cases/" + id + "/steps",
                        handler,
                        Map.of(
                                "step",
                                "ANSWER_CONSULTATION",
                                "version",
                                c.get("version").asInt(),
                                "consultationRef",
                                ref,
                                "on",
                                "2026-03-02",
                                "objects",
                                false,
                                "note",
                                "同意公开")),
                200);

        // the extension is the signer's (第三十三条第二款): the handler's token is refused
        Map<String, Object> extension =
                Map.of("step", "EXTEND", "version", c.get("version").asInt(), "days", 10, "note", "需汇总多个乡镇的数据");
        HttpResponse<String> refused = call("POST", "/api/v1/requests/cases/" + id + "/steps", handler, extension);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        c = ok(call("POST", "/api/v1/requests/cases/" + id + "/steps", signer, extension), 200);

        // a contradictory reply is refused field by field
        JsonNode contradictory = ok(
                call(
                        "POST",
                        "/api/v1/requests/cases/" + id + "/reply",
                        handler,
                        Map.of("version", c.get("version").asInt(), "outcome", "DISCLOSED")),
                400);
        assertThat(contradictory.get("field").asString()).isEqualTo("provided");
        c = ok(
                call(
                        "POST",
                        "/api/v1/requests/cases/" + id + "/reply",
                        handler,
                        Map.of(
                                "version",
                                c.get("version").asInt(),
                                "outcome",
                                "DISCLOSED",
                                "provided",
                                "随本答复书附《2025年临时救助资金发放情况》电子文件。")),
                200);
        c = ok(
                call(
                        "POST",
                        "/api/v1/requests/cases/" + id + "/steps",
                        signer,
                        Map.of(
                                "step",
                                "APPROVE_REPLY",
                                "version",
                                c.get("version").asInt())),
                200);
        c = ok(
                call(
                        "POST",
                        "/api/v1/requests/cases/" + id + "/steps",
                        handler,
                        Map.of(
                                "step",
                                "SEND_REPLY",
                                "version",
                                c.get("version").asInt(),
                                "on",
                                "2026-03-02",
                                "way",
                                "EMAIL")),
                200);
        assertThat(c.get("outcome").asString()).isEqualTo("DISCLOSED");
        assertThat(c.get("concludedOn").asString()).isEqualTo("2026-03-02");
        assertThat(c.get("timeline").findValuesAsString("kind"))
                .contains("REGISTERED", "CORRECTION_REQUESTED", "CONSULTATION_OPENED", "EXTENDED", "REPLY_SENT");

        // the statistics endpoint counts it in 予以公开 × 自然人
        assertThat(disclosedNaturalPersons(office, unit)).isEqualTo(disclosedBefore + 1);
        // a unit outside the token's account is refused
        HttpResponse<String> otherUnit = call(
                "GET",
                "/api/v1/requests/statistics?organization=" + organizationId("示范县城关镇人民政府") + "&year=2026",
                handler,
                null);
        assertThat(otherUnit.statusCode()).isEqualTo(403);
    }

    @Test
    void aMissingWrongRevokedOrDisabledTokenIsOne401_andNothingIsStored() throws Exception {
        long unit = organizationId("示范县民政局");
        long before = cases();
        HttpResponse<String> none = call("POST", "/api/v1/requests", null, registration(unit, "无令牌"));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json.readTree(none.body()).get("detail").asString()).contains("接口令牌");
        HttpResponse<String> wrong =
                call("POST", "/api/v1/requests", "gk_" + "a".repeat(40), registration(unit, "错令牌"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(json.readTree(wrong.body()).get("detail").asString()).contains("接口令牌无效");
        HttpResponse<String> notBearer = call("GET", "/api/v1/requests/cases/1", null, null);
        assertThat(notBearer.statusCode()).isEqualTo(401);
        HttpResponse<String> basic = call("GET", "/api/v1/requests/cases/1", null, null);
        assertThat(basic.headers().allValues("Set-Cookie"))
                .as("the API makes no session")
                .isEmpty();

        String token = tokenFor("cg_handler");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or token_prefix = ?")
                        .params(token, token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();
        long tokenId =
                jdbc.sql("select max(id) from api_token").query(Long.class).single();
        long town = organizationId("示范县城关镇人民政府");
        ok(call("GET", "/api/v1/requests/statistics?organization=" + town + "&year=2026", token, null), 200);

        actAs("sysadmin");
        int version = jdbc.sql("select version from api_token where id = ?")
                .param(tokenId)
                .query(Integer.class)
                .single();
        tokens.revoke(tokenId, version);
        assertThatThrownBy(() -> tokens.revoke(tokenId, version + 1))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("已于此前撤销");
        SecurityContextHolder.clearContext();
        assertThat(call("GET", "/api/v1/requests/statistics?organization=" + town + "&year=2026", token, null)
                        .statusCode())
                .isEqualTo(401);

        // a disabled account's token stops at once
        actAs("sysadmin");
        var member = staff.createAccount(new StaffDraft("hotline_bot", "热线接口", null, town));
        SecurityContextHolder.clearContext();
        actAs("secadmin");
        staff.grantRole(member.staffId(), org.gongkai.organization.Role.REQUEST_HANDLER, town, false);
        actAs("sysadmin");
        String bot = tokens.issue(member.staffId(), "热线接口", 7).token();
        SecurityContextHolder.clearContext();
        ok(call("GET", "/api/v1/requests/statistics?organization=" + town + "&year=2026", bot, null), 200);
        actAs("sysadmin");
        var account = staff.account(member.staffId());
        staff.updateAccount(
                account.id(),
                account.version(),
                new StaffDraft(account.username(), account.displayName(), null, town),
                false);
        SecurityContextHolder.clearContext();
        assertThat(call("GET", "/api/v1/requests/statistics?organization=" + town + "&year=2026", bot, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void administratorsNeverHoldTokens_andIssuingIsTheSystemAdministrators() {
        actAs("sysadmin");
        assertThatThrownBy(() -> tokens.issue(staffId("secadmin"), "不应签发", 30))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("三员分立");
        assertThatThrownBy(() -> tokens.issue(staffId("mz_handler"), "x", 30))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("用途");
        assertThatThrownBy(() -> tokens.issue(staffId("mz_handler"), "热线", ApiTokens.MAX_DAYS + 1))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("有效期");
        actAs("mz_handler");
        assertThatThrownBy(() -> tokens.issue(staffId("mz_handler"), "自己签发", 30))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void badBodiesAreFourHundreds_neverFiveHundreds() throws Exception {
        String token = tokenFor("mz_handler");
        long before = cases();
        HttpResponse<String> notJson = call("POST", "/api/v1/requests", token, "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notJson.body()).get("detail").asString()).contains("JSON");
        HttpResponse<String> unknownStep =
                call("POST", "/api/v1/requests/cases/1/steps", token, Map.of("step", "PUBLISH_EVERYTHING"));
        assertThat(unknownStep.statusCode()).isEqualTo(400);
        HttpResponse<String> badDate = call(
                "POST",
                "/api/v1/requests",
                token,
                Map.of("organization", 1, "channel", "ORAL", "receivedOn", "2026-02-30"));
        assertThat(badDate.statusCode()).isEqualTo(400);

        String big = "{\"note\":\"" + "长".repeat(30_000) + "\"}";
        HttpResponse<String> declared = call("POST", "/api/v1/requests", token, big);
        assertThat(declared.statusCode()).isEqualTo(413);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/requests"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> streamed = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(streamed.body()).get("detail").asString()).contains("64 KB");
        assertThat(cases()).isEqualTo(before);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse("2026-03-02"));
    }
}
