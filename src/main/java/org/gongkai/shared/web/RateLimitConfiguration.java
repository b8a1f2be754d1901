package org.gongkai.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The rate limit filter runs first, before the render cache and the security filters; then the API's body bound. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(limits));
        registration.setOrder(
                Ordered.HIGHEST_PRECEDENCE + 2); // after the public pages served as they are (never limited)
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The API's request bodies are bounded before anything reads them. */
    @Bean
    FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimitFilter() {
        FilterRegistrationBean<ApiBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new ApiBodyLimitFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
