package org.gongkai.portal.web;

import java.time.Clock;
import java.time.Duration;
import org.gongkai.information.PublicInformationChanged;
import org.gongkai.information.PublicInformationReloaded;
import org.gongkai.shared.PublicContentChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.transaction.event.TransactionalEventListener;

/** The public read path: the render cache in front of the filter chain, emptied when public information changes. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    PublicPageCache publicPageCache(@Value("${gongkai.portal.page-cache-mb:64}") long megabytes,
            @Value("${gongkai.portal.page-cache-ttl:60s}") Duration ttl, Clock clock) {
        return new PublicPageCache(megabytes * 1024 * 1024, ttl, clock);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    CacheEviction publicPageCacheEviction(PublicPageCache cache) {
        return new CacheEviction(cache);
    }

    /** Empties the cache after a change to public information commits (and at once for a reload). */
    static class CacheEviction {

        private final PublicPageCache cache;

        CacheEviction(PublicPageCache cache) {
            this.cache = cache;
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(PublicInformationChanged event) {
            cache.invalidate();
        }

        @EventListener
        void on(PublicInformationReloaded event) {
            cache.invalidate();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(PublicContentChanged event) {
            cache.invalidate();
        }
    }
}
