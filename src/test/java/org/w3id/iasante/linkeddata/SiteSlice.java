package org.w3id.iasante.linkeddata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What every page needs around a controller in a {@code @WebMvcTest} slice: the site's IRIs, its
 * language choice, and an endpoint URL for the page's links — no store, no Fuseki.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
@Import({SiteIris.class, ReaderLanguage.class, PublicAddress.class})
public class SiteSlice {

    public static final String ENDPOINT = "http://localhost:3030/ia-sante/sparql";

    @Bean
    SiteModel.SparqlEndpointUrl sparqlEndpointUrl() {
        return new SiteModel.SparqlEndpointUrl(ENDPOINT);
    }
}
