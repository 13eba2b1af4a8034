package org.w3id.iasante.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.store.SparqlEndpoint;

/** Says, once everything answers, where to point a browser and a SPARQL client. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final ObjectProvider<SparqlEndpoint> endpoint;
    private final RoadmapGraph graph;

    ReadyBanner(ObjectProvider<SparqlEndpoint> endpoint, RoadmapGraph graph) {
        this.endpoint = endpoint;
        this.graph = graph;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String site = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? "http://localhost:" + web.getWebServer().getPort() + "/"
                : "(no web server)";
        SparqlEndpoint own = endpoint.getIfAvailable();
        String sparql = own != null ? own.queryUrl() : "(none of its own: the graph is " + graph.describe() + ")";
        log.info("\n\n  ia-sante is ready\n    SPARQL endpoint : {}\n    site            : {}\n", sparql, site);
    }
}
