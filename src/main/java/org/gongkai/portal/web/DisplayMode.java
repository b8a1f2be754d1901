package org.gongkai.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * 适老化: large print and high contrast for the public pages, chosen by plain links (no JavaScript) and
 * remembered in a cookie for a year.
 */
record DisplayMode(boolean large, boolean contrast) {

    static final String COOKIE = "gk-display";

    static DisplayMode of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && c.getValue() != null) {
                    return new DisplayMode(
                            c.getValue().contains("large"), c.getValue().contains("contrast"));
                }
            }
        }
        return new DisplayMode(false, false);
    }

    /** Classes for the body element, or null for the standard view. */
    String cssClasses() {
        String classes = ((large ? "large-print " : "") + (contrast ? "high-contrast" : "")).strip();
        return classes.isEmpty() ? null : classes;
    }

    String cookieValue() {
        return (large ? "large" : "") + (large && contrast ? "-" : "") + (contrast ? "contrast" : "");
    }

    @Controller
    static class Switch {

        /** {@code /display?large=true&back=/openness}: switches and returns to the page the visitor came from. */
        @GetMapping("/display")
        RedirectView change(
                @RequestParam(required = false) Boolean large,
                @RequestParam(required = false) Boolean contrast,
                @RequestParam(required = false) String back,
                HttpServletRequest request,
                HttpServletResponse response) {
            DisplayMode now = of(request);
            DisplayMode next =
                    new DisplayMode(large == null ? now.large() : large, contrast == null ? now.contrast() : contrast);
            Cookie cookie = new Cookie(COOKIE, next.cookieValue());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(
                    next.cssClasses() == null ? 0 : (int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
            RedirectView redirect = new RedirectView(safeBack(back), true);
            redirect.setExpandUriTemplateVariables(false); // "/{foo}" is a path, not a template (it answered 500)
            return redirect;
        }

        /** Only a path on this site, never another host (no open redirect). */
        static String safeBack(String back) {
            if (back == null
                    || !back.startsWith("/")
                    || back.startsWith("//")
                    || back.contains("\\")
                    || back.length() > 2000
                    || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return "/";
            }
            return back;
        }
    }
}
