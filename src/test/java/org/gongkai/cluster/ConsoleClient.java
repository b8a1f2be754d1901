package org.gongkai.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A member of staff using the console over HTTP, as a browser would without scripts: it keeps its session cookie,
 * reads each form's fields (with their CSRF token) from the page and posts them back with what it fills in.
 */
final class ConsoleClient {

    private final HttpClient http;
    private final String base;

    ConsoleClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    ConsoleClient signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer =
                submit("/console/signin", "/console/signin", Map.of("username", username, "password", password));
        if (answer.uri().getPath().startsWith("/console/signin")) {
            throw new AssertionError(username + " could not sign in: "
                    + Jsoup.parse(answer.body()).text());
        }
        return this;
    }

    /** Whether this client's session is still signed in (the console answers instead of sending it to sign in). */
    boolean signedIn() throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/console");
        return answer.statusCode() == 200 && !answer.uri().getPath().startsWith("/console/signin");
    }

    /**
     * Opens {@code page}, takes the form posting to {@code action} (its address, with or without a query) with every field as the page filled it, sets
     * {@code values} and posts it; returns the page the answer led to.
     */
    HttpResponse<String> submit(String page, String action, Map<String, String> values)
            throws IOException, InterruptedException {
        HttpResponse<String> shown = get(page);
        Document document = Jsoup.parse(shown.body(), base + page);
        Element form = document.select("form[action]").stream()
                .filter(f -> f.attr("action").equals(action) || f.attr("action").startsWith(action + "?"))
                .findFirst()
                .orElse(null);
        if (form == null) {
            throw new AssertionError("no form posting to " + action + " on " + page + ": " + document.title());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "select" -> {
                    Element option = input.selectFirst("option[selected]");
                    fields.putIfAbsent(name, option == null ? "" : option.attr("value"));
                }
                case "textarea" -> fields.putIfAbsent(name, input.text());
                default -> {
                    String type = input.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    if (!type.equals("submit") && !type.equals("file")) {
                        fields.putIfAbsent(name, input.attr("value"));
                    }
                }
            }
        }
        fields.putAll(values);
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
