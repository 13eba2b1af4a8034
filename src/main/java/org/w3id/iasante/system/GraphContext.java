package org.w3id.iasante.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.w3id.iasante.store.EndpointProperties;
import org.w3id.iasante.store.RemoteStoreProperties;
import org.w3id.iasante.store.StoreProperties;

/**
 * The graph's own application context: the store (embedded, or the remote engine's), the SPARQL
 * endpoint, the question catalogue and {@code RoadmapGraph}. The main command starts it before
 * the site, as the site's parent, so the endpoint answers before Spring has even read the site's
 * configuration (the first SPARQL answer came 3.1× later than stock Fuseki's when the store was
 * one more bean of the site's context; {@code bench/run trial start}). Tests that want the whole
 * application in one context name both: {@code classes = {GraphContext.class, IaSanteApplication.class}}.
 *
 * <p>Deliberately not a {@code @Configuration}, nor are the classes it imports: the site's
 * component scan must not open the store a second time.
 */
@EnableConfigurationProperties({
    StoreProperties.class,
    EndpointProperties.class,
    RemoteStoreProperties.class,
    KnowledgeProperties.class,
    HdhProperties.class
})
@Import({
    PathsAsWritten.class,
    GraphConfiguration.class,
    EmbeddedStoreConfiguration.class,
    RemoteStoreConfiguration.class
})
public final class GraphContext {

    private GraphContext() {}
}
