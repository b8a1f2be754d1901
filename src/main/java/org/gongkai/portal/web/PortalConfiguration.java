package org.gongkai.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublicInformationChanged;
import org.gongkai.information.PublicInformationReloaded;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.shared.ClusterChange;
import org.gongkai.shared.PublicContentChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;

/** The public read path: the render cache in front of the filter chain, with pages evicted as public information changes. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    PublicPageCache publicPageCache(
            @Value("${gongkai.portal.page-cache-mb:64}") long megabytes,
            @Value("${gongkai.portal.page-cache-ttl:10m}") Duration ttl,
            @Value("${gongkai.portal.page-cache-stale:10m}") Duration staleFor,
            Clock clock,
            PublicationToken token,
            SiteChromes chromes) {
        return new PublicPageCache(
                megabytes * 1024 * 1024,
                ttl,
                staleFor,
                clock,
                token::matches,
                chromes::of,
                PortalConfiguration::sameOnEverySite);
    }

    /**
     * Paths whose pages show the same under every site but for the chrome: all but the home page, the 政府信息公开
     * overview and listing (a unit's site shows its own units' records), and the feeds and sitemaps (links carry the
     * site's host name).
     */
    static boolean sameOnEverySite(String path) {
        return !(path.equals("/")
                || path.equals("/openness")
                || path.equals("/openness/information")
                || path.startsWith("/feeds/")
                || path.startsWith("/sitemap"));
    }

    @Bean
    PublicationToken publicationToken() {
        return new PublicationToken();
    }

    @Bean
    StaticPages staticPages(
            @Value("${gongkai.data-dir}") String dataDir, JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new StaticPages(java.nio.file.Path.of(dataDir, "pages"), jdbc, transactions);
    }

    @Bean
    @ConditionalOnProperty(name = "gongkai.portal.static-pages", havingValue = "true", matchIfMissing = true)
    StaticPublisher staticPublisher(StaticPages pages, PublicInformation information, PublicationToken token) {
        return new StaticPublisher(pages, information, token);
    }

    /** Record pages from their static publication, right after the render cache and before security. */
    @Bean
    @ConditionalOnProperty(name = "gongkai.portal.static-pages", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<StaticPageFilter> staticPageFilter(
            StaticPages pages, PublicationToken token, Clock clock, org.gongkai.portal.Sites sites) {
        FilterRegistrationBean<StaticPageFilter> registration =
                new FilterRegistrationBean<>(new StaticPageFilter(pages, token, clock, sites));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns(StaticPageFilter.PREFIX + "*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
        // first of all: it serves only pages no rate limit applies to (GETs of public pages, never search)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    CacheEviction publicPageCacheEviction(
            PublicPageCache cache, PublicInformation information, OrganizationDirectory directory) {
        return new CacheEviction(cache, information, directory);
    }

    /**
     * Evicts, after a change to a record commits, the pages that show the record and the fronts of the platform's
     * and its issuing units' listings and of the sites of those units and the units above them; empties the cache
     * for a bulk reload and for other public content.
     */
    static class CacheEviction {

        private final PublicPageCache cache;
        private final PublicInformation information;
        private final OrganizationDirectory directory;

        CacheEviction(PublicPageCache cache, PublicInformation information, OrganizationDirectory directory) {
            this.cache = cache;
            this.information = information;
            this.directory = directory;
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(PublicInformationChanged event) {
            evictShowing(event.recordId(), mayHaveChanged(event));
        }

        /** The filters a change may have moved the record between (its old values are no longer known). */
        private static Set<PageTags.Facet> mayHaveChanged(PublicInformationChanged event) {
            if (event instanceof PublicInformationChanged.InformationPublished p) {
                return p.revision() == 1 ? Set.of() : EnumSet.allOf(PageTags.Facet.class);
            }
            if (event instanceof PublicInformationChanged.InformationValidityChanged) {
                return Set.of(PageTags.Facet.VALIDITY);
            }
            if (event instanceof PublicInformationChanged.AmendedRecordMarked
                    || event instanceof PublicInformationChanged.InterpretationLinkChanged
                    || event instanceof PublicInformationChanged.InformationRedacted
                    || event instanceof PublicInformationChanged.JointIssueConfirmed
                    || event instanceof PublicInformationChanged.IssuingUnitMoved) {
                return Set.of();
            }
            return EnumSet.allOf(PageTags.Facet.class);
        }

        private void evictShowing(long recordId, Set<PageTags.Facet> changed) {
            PublicInformation.ListingFacets facets =
                    information.listingFacets(recordId).orElse(null);
            Set<PageTags.Facet> kinds = facets == null ? EnumSet.allOf(PageTags.Facet.class) : changed;
            List<String> scopes = new ArrayList<>(List.of(PageTags.front(null)));
            java.util.Map<Long, Long> parents = directory.parents();
            for (long unit : information.issuingUnits(recordId)) {
                scopes.add(PageTags.front(unit));
                OrganizationDirectory.ancestry(unit, parents).forEach(u -> scopes.add(PageTags.tree(u)));
            }
            List<String> tags = new ArrayList<>(List.of(PageTags.record(recordId)));
            for (String scope : scopes) {
                tags.add(scope);
                tags.addAll(PageTags.facetsOf(scope, facets, kinds));
            }
            cache.evict(tags);
        }

        /** The same, for a change made on another node. */
        @EventListener
        void on(ClusterChange change) {
            if (change.is(ClusterChange.INFORMATION)) {
                evictShowing(change.subject(), EnumSet.allOf(PageTags.Facet.class));
            } else {
                cache.invalidate();
            }
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
