package org.w3id.iasante.system;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.w3id.iasante.hdh.HdhFiles;
import org.w3id.iasante.hdh.HdhImport;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.KnowledgeLocation;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.load.SyncReport;
import org.w3id.iasante.store.ClientBudget;
import org.w3id.iasante.store.CompactionSchedule;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.store.EndpointProperties;
import org.w3id.iasante.store.SparqlEndpoint;
import org.w3id.iasante.store.StoreProperties;

/**
 * The default (not {@code remote}): the embedded TDB2 store, in line with the knowledge files
 * (and the HDH metadata when configured), served by Fuseki. Part of the {@link GraphContext}:
 * the endpoint serves as soon as the store is ready, before the site starts, and stops after it.
 */
@Profile("!remote")
class EmbeddedStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

    /** Opened and brought in line before anything reads it; closed with the application. */
    @Bean(destroyMethod = "close")
    EmbeddedStore embeddedStore(StoreProperties store, KnowledgeLocation knowledge, HdhProperties hdh) {
        log.info("Opening the store in {}", store.location());
        EmbeddedStore opened = EmbeddedStore.open(store.location());
        try {
            Loader loader = Loader.into(opened);
            SyncReport report = loader.sync(knowledge.allFiles());
            if (report.clean()) {
                log.info("Store {} in line with {}: {}", opened.location(), knowledge, report.describe());
            } else {
                log.warn("Store {} NOT fully in line with {}: {}", opened.location(), knowledge, report.describe());
            }
            if (hdh.location() != null && !hdh.location().toString().isBlank())
                importHdh(loader, hdh.location(), knowledge);
            return opened;
        } catch (RuntimeException e) {
            opened.close(); // release the folder's lock for the next attempt
            throw e;
        }
    }

    /**
     * Serving as soon as it is built, not in its lifecycle phase, which comes only once every other
     * bean of the context exists; its lifecycle still stops it after the web server.
     */
    @Bean
    SparqlEndpoint sparqlEndpoint(EmbeddedStore store, EndpointProperties properties, ClientBudget budget) {
        SparqlEndpoint endpoint = SparqlEndpoint.start(store, properties, budget);
        log.info(
                "SPARQL endpoint: {} (updates {})",
                endpoint.queryUrl(),
                properties.writable()
                        ? "at " + endpoint.datasetUrl() + "/update, with credentials"
                        : "disabled: no credentials configured");
        return endpoint;
    }

    /** Live compaction once enough writes have committed (off by default: ias.store.compact-after-writes). */
    @Bean
    CompactionSchedule compactionSchedule(EmbeddedStore store, StoreProperties properties) {
        return new CompactionSchedule(store, properties);
    }

    /** A failed import is reported and leaves the HDH graphs already in the store as they were. */
    private static void importHdh(Loader loader, Path folder, KnowledgeLocation knowledge) {
        try {
            long start = System.nanoTime();
            HdhFiles files = HdhFiles.in(folder);
            // Reading, mapping and validating take seconds: not at every start when the inputs did not change.
            if (loader.holdsImport(HdhImport.ORIGIN, HdhImport.digestOf(files), HdhImport.GRAPHS)) {
                log.info("HDH metadata in {} unchanged since the last import: nothing read", folder);
                return;
            }
            HdhImport hdh = HdhImport.read(files, KnowledgeBase.read(knowledge));
            boolean written = loader.replace(hdh.asImport());
            log.info(
                    "{}\n  {}",
                    hdh.describe(Duration.ofNanos(System.nanoTime() - start)),
                    written ? "imported" : "unchanged since the last import: nothing written");
        } catch (RuntimeException e) {
            log.error("HDH metadata in {} NOT imported; the store keeps what it had: {}", folder, e.getMessage());
        }
    }
}
