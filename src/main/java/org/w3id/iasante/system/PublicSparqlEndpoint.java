package org.w3id.iasante.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.iasante.linkeddata.PublicAddress;
import org.w3id.iasante.linkeddata.SiteModel;
import org.w3id.iasante.linkeddata.SiteProperties;
import org.w3id.iasante.linkeddata.editor.SparqlExamples;
import org.w3id.iasante.store.RemoteStoreProperties;
import org.w3id.iasante.store.SparqlEndpoint;

/**
 * Tells the site where the public SPARQL endpoint is: configured, else our own Fuseki, else the
 * remote store's; and tells our own endpoint where the site serves its SPARQL examples.
 */
@Configuration(proxyBeanMethods = false)
class PublicSparqlEndpoint {

    @Bean
    SiteModel.SparqlEndpointUrl sparqlEndpointUrl(
            SiteProperties site, ObjectProvider<SparqlEndpoint> own, ObjectProvider<RemoteStoreProperties> remote) {
        if (site.sparqlEndpoint() != null && !site.sparqlEndpoint().isBlank()) {
            return new SiteModel.SparqlEndpointUrl(site.sparqlEndpoint());
        }
        SparqlEndpoint endpoint = own.getIfAvailable();
        if (endpoint != null) return new SiteModel.SparqlEndpointUrl(endpoint.queryUrl());
        RemoteStoreProperties properties = remote.getIfAvailable();
        return new SiteModel.SparqlEndpointUrl(
                properties != null && properties.queryEndpoint() != null
                        ? properties.queryEndpoint().toString()
                        : "");
    }

    /** Once the site serves (its port known), our endpoint's Service Description links to the examples. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> examplesLinkedFromTheServiceDescription(
            ObjectProvider<SparqlEndpoint> own, PublicAddress address) {
        return ready -> own.ifAvailable(endpoint -> endpoint.describeExamplesAt(address.url() + SparqlExamples.PATH));
    }
}
