package org.w3id.iasante.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
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
 * The default (not {@code remote}): opens the embedded store, brings it in line with the knowledge
 * files and serves it with Fuseki as soon as the configuration is read, before the rest of the
 * application (the site) starts — so the SPARQL endpoint answers first, in about the time stock
 * Fuseki takes. Then the HDH metadata, when configured. The store and endpoint become the beans
 * {@code embeddedStore} and {@code sparqlEndpoint}, closed with the application.
 */
public class EmbeddedStoreInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (List.of(environment.getActiveProfiles()).contains("remote")) return;
        Binder binder = Binder.get(environment);
        StoreProperties storeProperties =
                binder.bind("ias.store", StoreProperties.class).orElseGet(() -> new StoreProperties(null));
        EndpointProperties endpointProperties = binder.bind("ias.sparql", EndpointProperties.class)
                .orElseGet(() -> new EndpointProperties(null, null, null, null, null, null, null, null));
        KnowledgeLocation location = binder.bind("ias.knowledge", KnowledgeProperties.class)
                .orElseGet(() -> new KnowledgeProperties(null))
                .toLocation();
        Path hdh = binder.bind("ias.hdh", HdhProperties.class)
                .map(HdhProperties::location)
                .orElse(null);

        log.info("Opening the store in {}", storeProperties.location());
        EmbeddedStore store = EmbeddedStore.open(storeProperties.location());
        log.info("Store open; bringing it in line with {}", location);
        SyncReport report = store.sync(location.allFiles());
        if (report.clean()) {
            log.info("Store {} in line with {}: {}", store.location(), location, report.describe());
        } else {
            log.warn("Store {} NOT fully in line with {}: {}", store.location(), location, report.describe());
        }
        SparqlEndpoint endpoint;
        try {
            endpoint = SparqlEndpoint.start(store, endpointProperties);
        } catch (RuntimeException e) {
            store.close(); // e.g. the port is taken: release the store's lock for the next attempt
            throw e;
        }
        log.info(
                "SPARQL endpoint: {} (updates {})",
                endpoint.queryUrl(),
                endpointProperties.writable()
                        ? "at " + endpoint.datasetUrl() + "/update, with credentials"
                        : "disabled: no credentials configured");
        if (hdh != null && !hdh.toString().isBlank()) importHdh(store, hdh, location);

        context.getBeanFactory().registerSingleton("embeddedStore", store);
        context.getBeanFactory().registerSingleton("sparqlEndpoint", endpoint);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                endpoint.close();
                store.close();
            }
        });
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
}
