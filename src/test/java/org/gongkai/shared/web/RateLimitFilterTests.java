package org.gongkai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.shared.web.RateLimits.Policy;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 9 §4: searches, public forms and failed sign-ins are limited per address (and per name), with a 429. */
class RateLimitFilterTests {

    private static MockHttpServletResponse send(
            RateLimitFilter filter, String method, String path, String address, String username) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        if (username != null) {
            request.addParameter("username", username);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    /** Issue 14 §6: on IPv6 a visitor holds a whole /64; stepping through it gives no fresh allowance. */
    @Test
    void anIpv6VisitorIsLimitedByItsSlash64_notByEachOfItsAddresses() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(new RateLimits(new MockEnvironment()));
        // a fresh address of the same /64 for every request: refused once the block's allowance is spent (the bucket
        // refills two a second, so a slow machine may let a few more through first)
        int allowed = 0;
        while (allowed < 200
                && send(filter, "GET", "/search", "2001:db8:1:2:" + Integer.toHexString(allowed) + "::1", null)
                                .getStatus()
                        == 200) {
            allowed++;
        }
        assertThat(allowed).isBetween(120, 140);
        assertThat(send(filter, "GET", "/search", "2001:db8:1:3::1", null).getStatus())
                .as("the next /64 is another visitor")
                .isEqualTo(200);
        assertThat(RateLimits.network("2001:DB8:1:2:0:0:0:9")).isEqualTo("2001:db8:1:2::/64");
        assertThat(RateLimits.network("::ffff:10.0.0.7")).isEqualTo("10.0.0.7");
        assertThat(RateLimits.network("10.0.0.7")).isEqualTo("10.0.0.7");
        assertThat(RateLimits.network("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }

    @Test
    void searchesBeyondTheAllowanceOfAnAddressGetA429Page() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(new RateLimits(new MockEnvironment()));
        for (int i = 0; i < 120; i++) {
            assertThat(send(filter, "GET", "/search", "10.0.0.1", null).getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse refused = send(filter, "GET", "/search", "10.0.0.1", null);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.getContentAsString()).contains("<html lang=\"zh-CN\">", "请求过于频繁", "秒后再试");
        MockHttpServletResponse api = send(filter, "GET", "/api/v1/search", "10.0.0.1", null);
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getContentType()).startsWith("application/json");
        assertThat(api.getContentAsString()).startsWith("{\"error\":\"您的请求过于频繁");
        // another address, and the other pages, are not affected
        assertThat(send(filter, "GET", "/search", "10.0.0.2", null).getStatus()).isEqualTo(200);
        assertThat(send(filter, "GET", "/openness", "10.0.0.1", null).getStatus())
                .isEqualTo(200);
    }

    @Test
    void publicFormsAreLimitedAndConsoleFormsAreNot() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(
                new RateLimits(new MockEnvironment().withProperty("gongkai.rate-limit.public-form-by-address", "3")));
        for (int i = 0; i < 3; i++) {
            assertThat(send(filter, "POST", "/requests/new", "10.0.0.3", null).getStatus())
                    .isEqualTo(200);
        }
        assertThat(send(filter, "POST", "/requests/new", "10.0.0.3", null).getStatus())
                .isEqualTo(429);
        assertThat(send(filter, "POST", "/console/information/1", "10.0.0.3", null)
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void signInIsRefusedOnceFailuresHaveSpentTheAllowanceOfTheAddressOrTheName() throws Exception {
        RateLimits limits = new RateLimits(new MockEnvironment());
        RateLimitFilter filter = new RateLimitFilter(limits);
        // successes spend nothing: only the provider spends, on a failure
        for (int i = 0; i < 50; i++) {
            assertThat(send(filter, "POST", "/console/signin", "10.0.0.4", "edu_editor")
                            .getStatus())
                    .isEqualTo(200);
        }
        for (int i = 0; i < 10; i++) {
            limits.consume(Policy.SIGN_IN_FAILURES_BY_ACCOUNT, RateLimitFilter.accountKey(" Target "));
        }
        MockHttpServletResponse refused = send(filter, "POST", "/console/signin", "10.0.0.5", "target");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("登录失败次数过多", "分钟后再试");
        for (int i = 0; i < 20; i++) {
            limits.consume(Policy.SIGN_IN_FAILURES_BY_ADDRESS, "10.0.0.6");
        }
        assertThat(send(filter, "POST", "/console/signin", "10.0.0.6", "someone")
                        .getStatus())
                .isEqualTo(429);
        assertThat(send(filter, "POST", "/console/signin", "10.0.0.7", "someone")
                        .getStatus())
                .isEqualTo(200);
    }
}
