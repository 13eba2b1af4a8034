package org.w3id.iasante.system;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.w3id.iasante.hdh.HdhFiles;
import org.w3id.iasante.hdh.HdhImport;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.store.EndpointProperties;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.store.StoreProperties;
import org.w3id.iasante.store.SyncReport;

/**
 * The default: builds the embedded store, brings it in line with the knowledge files, and serves it
 * with Fuseki. The {@code remote} profile replaces all of it with {@link RemoteStoreConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!remote")
class EmbeddedStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedStore embeddedStore(StoreProperties properties, KnowledgeLocation location, HdhProperties hdh) {
        EmbeddedStore store = EmbeddedStore.open(properties.location());
        SyncReport report = store.sync(location.allFiles());
        if (report.clean()) {
            log.info("Store {} in line with {}: {}", store.location(), location, report.describe());
        } else {
            log.warn("Store {} NOT fully in line with {}: {}", store.location(), location, report.describe());
        }
        if (hdh.location() != null && !hdh.location().toString().isBlank()) importHdh(store, hdh.location(), location);
        return store;
    }

    /** A failed import is reported and leaves the HDH graphs already in the store as they were. */
    private static void importHdh(EmbeddedStore store, Path folder, KnowledgeLocation location) {
        try {
            long start = System.nanoTime();
            HdhImport hdh = HdhImport.read(HdhFiles.in(folder), KnowledgeBase.read(location));
            boolean written = store.replaceGraphs(HdhImport.ORIGIN, hdh.digest(), hdh.graphs());
            log.info(
                    "{}\n  {}",
                    hdh.describe(Duration.ofNanos(System.nanoTime() - start)),
                    written ? "imported" : "unchanged since the last import: nothing written");
        } catch (RuntimeException e) {
            log.error("HDH metadata in {} NOT imported; the store keeps what it had: {}", folder, e.getMessage());
        }
    }

    @Bean(destroyMethod = "close")
    SparqlEndpoint sparqlEndpoint(EmbeddedStore store, EndpointProperties properties) {
        SparqlEndpoint endpoint = SparqlEndpoint.start(store, properties);
        log.info(
                "SPARQL endpoint: {} (updates {})",
                endpoint.queryUrl(),
                properties.writable()
                        ? "at " + endpoint.datasetUrl() + "/update, with credentials"
                        : "disabled: no credentials configured");
        return endpoint;
    }
}
