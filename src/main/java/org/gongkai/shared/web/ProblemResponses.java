package org.gongkai.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A problem detail (RFC 9457) written by a servlet filter, before any controller and so before {@link ApiErrors}: the
 * same fields ({@code title}, {@code status}, {@code detail}, and {@code error} for first-version clients), for
 * answers a filter gives on its own (an invalid token, an oversized body).
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json;charset=UTF-8");
        String body = "{\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\"" + json(detail)
                + "\",\"error\":\"" + json(detail) + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
