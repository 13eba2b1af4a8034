package org.w3id.iasante.linkeddata;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.w3id.iasante.api.RoadmapGraph;

/** Puts HTTP caching in front of the pages, the RDF, the dumps and the JSON API (not the static files). */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

    /** The largest answer kept (a dump is a file of its own: {@link org.w3id.iasante.linkeddata.dataset.Dumps}). */
    private static final long ENTRY_BYTES = 1 << 20;

    @Bean
    FilterRegistrationBean<ResponseCache> responseCache(
            RoadmapGraph graph, LocaleResolver localeResolver, SiteProperties site) {
        FilterRegistrationBean<ResponseCache> registration = new FilterRegistrationBean<>(new ResponseCache(
                graph::dataVersion, localeResolver, site.cachedBytes().toBytes(), ENTRY_BYTES));
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
