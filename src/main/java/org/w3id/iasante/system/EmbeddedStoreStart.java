package org.w3id.iasante.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
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
 * The embedded store, in line with the knowledge files, served by Fuseki: opened from the
 * configuration alone, so it can start before the rest of the application, then handed to the
 * application context as the beans {@code embeddedStore} and {@code sparqlEndpoint}, closed with it.
 */
final class EmbeddedStoreStart {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreStart.class);

    private final EmbeddedStore store;
    private final SparqlEndpoint endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedStoreStart(EmbeddedStore store, SparqlEndpoint endpoint) {
        this.store = store;
        this.endpoint = endpoint;
    }

    /** Whether the configuration asks for the embedded store (not the {@code remote} profile). */
    static boolean wanted(ConfigurableEnvironment environment) {
        return !List.of(environment.getActiveProfiles()).contains("remote");
    }

    static EmbeddedStoreStart open(ConfigurableEnvironment environment) {
        Binder binder = PathsAsWritten.binder(environment);
        // The records' constructors hold the defaults: bindOrCreate gives them nulls for what is not set.
        StoreProperties storeProperties = binder.bindOrCreate("ias.store", StoreProperties.class);
        EndpointProperties endpointProperties = binder.bindOrCreate("ias.sparql", EndpointProperties.class);
        KnowledgeLocation location =
                binder.bindOrCreate("ias.knowledge", KnowledgeProperties.class).toLocation();
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
        return new EmbeddedStoreStart(store, endpoint);
    }

    /** Whether {@code context} already holds a started store (the early start did it). */
    static boolean registeredIn(ConfigurableApplicationContext context) {
        return context.getBeanFactory().containsSingleton("embeddedStore");
    }

    void registerIn(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("embeddedStore", store);
        context.getBeanFactory().registerSingleton("sparqlEndpoint", endpoint);
        // A context that fails while refreshing is not "closed": its failure must release the store too.
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closing && closing.getApplicationContext() == context) close();
            if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() == context) close();
        });
    }

    /** Stops the endpoint and closes the store, once. */
    void close() {
        if (closed.getAndSet(true)) return;
        endpoint.close();
        store.close();
    }

    /** A failed import is reported and leaves the HDH graphs already in the store as they were. */
    private static void importHdh(EmbeddedStore store, Path folder, KnowledgeLocation location) {
        try {
            long start = System.nanoTime();
            HdhFiles files = HdhFiles.in(folder);
            // Reading, mapping and validating take seconds: not at every start when the inputs did not change.
            if (store.holdsImport(HdhImport.ORIGIN, HdhImport.digestOf(files), HdhImport.GRAPHS)) {
                log.info("HDH metadata in {} unchanged since the last import: nothing read", folder);
                return;
            }
            HdhImport hdh = HdhImport.read(files, KnowledgeBase.read(location));
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
