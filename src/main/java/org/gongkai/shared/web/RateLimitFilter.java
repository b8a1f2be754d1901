package org.gongkai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gongkai.shared.web.RateLimits.Policy;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with a Chinese page (JSON for the API) and a Retry-After header when an address or a user name
 * has used up its allowance (issue 9 §4): searches, every public form (any POST outside the console), and
 * sign-in, whose allowance is spent by failed attempts only (the sign-in provider spends it).
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final String TITLE = StatusMessages.title(HttpStatus.TOO_MANY_REQUESTS);

    static final String SIGN_IN = "/console/signin";
    private final RateLimits limits;

    public RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String address = request.getRemoteAddr();
        boolean post = "POST".equals(request.getMethod());
        long wait = 0;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && path.startsWith("/api/")) {
            // a staff token: an address that has been guessing tokens waits; a valid one is limited per token
            wait = Math.max(
                    limits.waitFor(Policy.SIGN_IN_FAILURES_BY_ADDRESS, address),
                    limits.consume(Policy.API_BY_TOKEN, tokenKey(authorization)));
        } else if (post && path.equals(SIGN_IN)) {
            wait = Math.max(
                    limits.waitFor(Policy.SIGN_IN_FAILURES_BY_ADDRESS, address),
                    limits.waitFor(Policy.SIGN_IN_FAILURES_BY_ACCOUNT, accountKey(request.getParameter("username"))));
        } else if (path.startsWith("/api/v1/requests/") || post && path.equals("/requests/track")) {
            wait = limits.consume(Policy.TRACKING_BY_ADDRESS, address);
        } else if (path.equals("/search") || path.equals("/api/v1/search")) {
            wait = limits.consume(Policy.SEARCH_BY_ADDRESS, address);
        } else if (post && !path.startsWith("/console") && !path.startsWith("/api/")) {
            wait = limits.consume(Policy.PUBLIC_FORM_BY_ADDRESS, address);
        }
        if (wait > 0) {
            refuse(response, path, wait);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A token's bucket is named by a digest of what was presented, never by the token itself. */
    private static String tokenKey(String authorization) {
        return Integer.toHexString(authorization.strip().hashCode());
    }

    /** The key a user name is limited under: case and surrounding blanks do not make a new allowance. */
    public static String accountKey(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return key.length() > 64 ? key.substring(0, 64) : key;
    }

    private static void refuse(HttpServletResponse response, String path, long seconds) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        String wait = seconds >= 60 ? ((seconds + 59) / 60) + " 分钟" : seconds + " 秒";
        String message = path.equals(SIGN_IN)
                ? "登录失败次数过多，为保护账号安全，请 " + wait + "后再试；如忘记密码，请联系安全管理员。"
                : "您的请求过于频繁，请 " + wait + "后再试。";
        if (path.startsWith("/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                                + TITLE + "</title>\n"
                                + "<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n"
                                + "<header class=\"site-header\"><a class=\"site-title\" href=\"/\">返回首页</a></header>\n"
                                + "<main id=\"main\">\n<div class=\"panel\">\n<h1>" + TITLE
                                + "</h1>\n<p class=\"alert\" role=\"alert\">" + message
                                + "</p>\n<p><a href=\"/\">返回首页</a></p>\n</div>\n</main>\n</body>\n</html>\n")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
