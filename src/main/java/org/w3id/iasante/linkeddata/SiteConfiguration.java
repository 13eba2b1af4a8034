package org.w3id.iasante.linkeddata;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.w3id.iasante.store.GraphStore;

/** Puts HTTP caching in front of the pages, the RDF, the dumps and the JSON API (not the static files). */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

    /** The largest answer kept (a dump is a file of its own: {@link org.w3id.iasante.linkeddata.dataset.Dumps}). */
    private static final long ENTRY_BYTES = 1 << 20;

    @Bean
    FilterRegistrationBean<ResponseCache> responseCache(GraphStore store, SiteProperties site) {
        FilterRegistrationBean<ResponseCache> registration = new FilterRegistrationBean<>(
                new ResponseCache(store, site.cachedBytes().toBytes(), ENTRY_BYTES));
        // Right after the request's character encoding is set: a replayed answer needs none of the others.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns(
                // "" is the home page exactly (Servlet spec); "/" would be every request.
                "",
                "/id/*",
                "/doc/*",
                "/describe",
                "/def",
                "/def/*",
                "/def.ttl",
                "/def.jsonld",
                "/def.rdf",
                "/def.nt",
                "/search",
                "/sparql",
                "/dumps",
                "/dumps/*",
                "/.well-known/void",
                "/api/*",
                "/dataset");
        return registration;
    }
}
