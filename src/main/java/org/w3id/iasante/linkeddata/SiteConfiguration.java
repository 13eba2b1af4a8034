package org.w3id.iasante.linkeddata;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.w3id.iasante.store.GraphStore;

/** Wires HTTP caching onto the pages, the RDF, the dumps and the JSON API (not onto static files). */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration implements WebMvcConfigurer {

    private final GraphStore store;

    SiteConfiguration(GraphStore store) {
        this.store = store;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HttpCaching(store))
                .addPathPatterns(
                        "/",
                        "/id/**",
                        "/doc/**",
                        "/describe",
                        "/def",
                        "/def/**",
                        "/def.*",
                        "/search",
                        "/sparql",
                        "/dumps",
                        "/dumps/**",
                        "/.well-known/void",
                        "/api/**");
    }
}
