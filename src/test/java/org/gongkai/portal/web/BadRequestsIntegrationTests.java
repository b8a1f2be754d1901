package org.gongkai.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 9 §28–29 over HTTP: bad parameters get a 4xx with a message, never a 5xx; feeds link to the configured site
 * address whatever Host a visitor sends; behind an HTTPS proxy the session cookie is Secure and HSTS is sent; the
 * health endpoint follows readiness.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class BadRequestsIntegrationTests extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Issue 14 §6: inspections check that a government site is reachable over IPv6. */
    @Test
    void thePortalAnswersOverIpv6AsOverIpv4() throws Exception {
        for (String path : new String[] {"/", "/openness", "/search?q=%E5%B7%A5%E4%BD%9C"}) {
            HttpResponse<String> v6 = http.send(
                    HttpRequest.newBuilder(URI.create("http://[::1]:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(v6.statusCode()).as("[::1]" + path).isEqualTo(200);
            assertThat(org.jsoup.Jsoup.parse(v6.body()).title())
                    .isEqualTo(org.jsoup.Jsoup.parse(get(path).body()).title());
        }
    }

    @Test
    void badParametersAnswerWithAClientErrorAndAMessage() throws Exception {
        String[] paths = {
            "/api/v1/catalogs/abc",
            "/api/v1/information?page=2147483648",
            "/api/v1/information?size=abc",
            "/search?q=%C3%28",
            "/search?q=%FF%FE",
            "/api/v1/search?q=%FF",
            "/display?back=/%7Bfoo%7D",
            "/error",
            "/openness/information?year=abc",
            "/openness/information?sort=zzz",
            "/openness/information?page=2147483648"
        };
        for (String path : paths) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isBetween(300, 499);
            if (r.statusCode() >= 400) {
                assertThat(r.body()).as(path).containsPattern("[\\u4e00-\\u9fa5]");
            }
        }
        assertThat(get("/display?back=/%7Bfoo%7D")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .isEqualTo("/{foo}");
    }

    @Test
    void feedsLinkToTheConfiguredSiteWhateverHostIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /feeds/information.atom HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder response = new StringBuilder();
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(line -> response.append(line).append('\n'));
            }
            assertThat(response)
                    .contains("HTTP/1.1 200", "href=\"http://localhost")
                    .doesNotContain("evil.example");
        }
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> signIn = get("/console/signin", "X-Forwarded-Proto", "https");
        assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(signIn.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("SESSION=", "Secure"));
        HttpResponse<String> plain = get("/console/signin");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void healthFollowsReadiness() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
